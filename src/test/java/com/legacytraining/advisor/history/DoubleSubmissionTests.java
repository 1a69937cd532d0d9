package com.legacytraining.advisor.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.legacytraining.advisor.Html;
import com.legacytraining.advisor.IsolatedWebIntegrationTest;
import com.legacytraining.advisor.MockBrowser;
import com.legacytraining.advisor.MutableClock;
import com.legacytraining.advisor.admin.AdminUserService;
import com.legacytraining.advisor.content.ContentDashboard;
import com.legacytraining.advisor.content.ContentEditing;
import com.legacytraining.advisor.content.ContentKind;
import com.legacytraining.advisor.content.ContentOverview;
import com.legacytraining.advisor.questionnaire.QuestionnaireService;
import com.legacytraining.advisor.questionnaire.editing.QuestionnaireEditing;
import com.legacytraining.advisor.questionnaire.scenarios.ScenarioService;
import com.legacytraining.advisor.questionnaire.scenarios.ScenarioView;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The same form sent twice (a double click, a resend) creates, saves or publishes once, and the second
 * answer says so plainly; it is never "someone else changed this". Each test sends what the page's own
 * form holds, its submission token included, as a browser would.
 */
@IsolatedWebIntegrationTest
class DoubleSubmissionTests {

    private static final RequestPostProcessor ALICE = user("alice").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    ContentDashboard dashboard;

    @Autowired
    ContentEditing editing;

    @Autowired
    QuestionnaireEditing questionnaireEditing;

    @Autowired
    QuestionnaireService questionnaire;

    @Autowired
    ScenarioService scenarios;

    @Autowired
    AdminUserService users;

    @Autowired
    MutableClock clock;

    @Test
    void aNewFaqSentTwiceIsCreatedOnce() throws Exception {
        String question = "Asked once, sent twice " + UUID.randomUUID();
        Document form = page("/admin/content/faq/new?page=" + firstPageId());

        MvcResult first = send(form, "form", Map.of("fields[question]", question, "fields[answer]", "Once.",
                "action", "save"));
        MvcResult second = send(form, "form", Map.of("fields[question]", question, "fields[answer]", "Once.",
                "action", "save"));

        assertThat(faqsAsked(question)).hasSize(1);
        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl())
                .isEqualTo("/admin/content/faq/" + faqsAsked(question).get(0).id());
        assertThat(messageAfter(first)).isEqualTo("Saved as a draft. It is not on the public site until you publish it.");
        assertThat(messageAfter(second)).isEqualTo("This FAQ entry was already created; it was not created twice.");
    }

    @Test
    void publishingTheSameFormTwicePublishesOnceAndSaysSo() throws Exception {
        long id = newFaq("Published once?");
        int revisions = editing.history(ContentKind.FAQ, id).size();
        Document form = page("/admin/content/faq/" + id);

        MvcResult first = send(form, "form[action$=/" + id + "]", Map.of("fields[answer]", "Yes, once.",
                "action", "publish"));
        MvcResult second = send(form, "form[action$=/" + id + "]", Map.of("fields[answer]", "Yes, once.",
                "action", "publish"));

        assertThat(editing.history(ContentKind.FAQ, id)).hasSize(revisions + 1);
        assertThat(editing.item(ContentKind.FAQ, id).published()).containsEntry("answer", "Yes, once.");
        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo("/admin/content/faq/" + id);
        assertThat(messageAfter(first)).isEqualTo("Published. The public site shows it now.");
        assertThat(messageAfter(second)).isEqualTo("This was already published; nothing changed.");
    }

    @Test
    void savingTheSameDraftTwiceSavesOnceAndSaysSo() throws Exception {
        long id = newFaq("Drafted once?");
        Document form = page("/admin/content/faq/" + id);

        send(form, "form[action$=/" + id + "]", Map.of("fields[answer]", "A draft.", "action", "save"));
        MvcResult second = send(form, "form[action$=/" + id + "]", Map.of("fields[answer]", "A draft.",
                "action", "save"));

        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo("/admin/content/faq/" + id);
        assertThat(messageAfter(second)).isEqualTo("This draft was already saved; nothing changed.");
        assertThat(editing.item(ContentKind.FAQ, id).draft()).containsEntry("answer", "A draft.");

        Document withDraft = page("/admin/content/faq/" + id);
        send(withDraft, "form[action$=/" + id + "]", Map.of("action", "discard"));
        MvcResult discardedAgain = send(withDraft, "form[action$=/" + id + "]", Map.of("action", "discard"));
        assertThat(messageAfter(discardedAgain)).isEqualTo("This draft was already discarded; nothing changed.");
        assertThat(editing.item(ContentKind.FAQ, id).hasDraft()).isFalse();
    }

    @Test
    void anotherAdminsChangeMeanwhileIsStillAConflict() throws Exception {
        long id = newFaq("Changed by two?");
        Document form = page("/admin/content/faq/" + id);
        var stored = editing.item(ContentKind.FAQ, id);
        editing.saveDraft(ContentKind.FAQ, id, stored.version(), Map.of("question", "Changed by two?",
                "answer", "Bob's answer."), "bob");

        MvcResult mine = send(form, "form[action$=/" + id + "]", Map.of("fields[answer]", "Alice's answer.",
                "action", "publish"));

        assertThat(Html.parse(mine).select("h1").text()).isEqualTo("Someone else changed this while you were editing");
        assertThat(editing.item(ContentKind.FAQ, id).draft()).containsEntry("answer", "Bob's answer.");
    }

    @Test
    void aQuestionSavedTwiceAndTheQuestionnairePublishedTwiceChangeItOnce() throws Exception {
        int version = questionnaire.current().version();
        Document question = page("/admin/questionnaire/questions/setting");
        Map<String, String> hint = Map.of("hint", "Said twice, saved once.");

        send(question, "form", hint);
        MvcResult savedAgain = send(question, "form", hint);
        assertThat(messageAfter(savedAgain)).isEqualTo("This change was already saved to the draft; nothing changed.");

        Document preview = page("/admin/questionnaire/preview");
        MvcResult published = send(preview, "form[action$=/publish]", Map.of("changeNote", "Hint reworded"));
        MvcResult publishedAgain = send(preview, "form[action$=/publish]", Map.of("changeNote", "Hint reworded"));

        assertThat(questionnaire.current().version()).isEqualTo(version + 1);
        assertThat(questionnaireEditing.history()).filteredOn(revision -> "Hint reworded".equals(revision.changeNote()))
                .hasSize(1);
        assertThat(messageAfter(published)).isEqualTo("Published. Visitors now get the new version.");
        assertThat(messageAfter(publishedAgain)).isEqualTo("This version was already published; nothing changed.");

        send(page("/admin/questionnaire/questions/setting"), "form", Map.of("hint", "A draft to throw away."));
        Document overview = page("/admin/questionnaire");
        send(overview, "form[action$=/discard]", Map.of());
        MvcResult discardedAgain = send(overview, "form[action$=/discard]", Map.of());
        assertThat(messageAfter(discardedAgain)).isEqualTo("The draft was already discarded; nothing changed.");
    }

    @Test
    void aScenarioSentTwiceIsAddedOnceAndSavedOnce() throws Exception {
        String name = "Twice-sent porters " + UUID.randomUUID();
        Document form = page("/admin/scenarios/new");
        Map<String, String> scenario = new java.util.HashMap<>(Map.of("name", name, "recommendation", "BREAKAWAY",
                "strength", "STRONG"));
        questionnaire.current().questions().forEach(q -> scenario.put("answers[" + q.key() + "]",
                q.options().get(q.options().size() - 1).key()));

        send(form, "form", scenario);
        MvcResult again = send(form, "form", scenario);

        assertThat(scenarios.active()).filteredOn(view -> view.name().equals(name)).hasSize(1);
        assertThat(messageAfter(again)).isEqualTo("This scenario was already added; it was not added twice.");

        ScenarioView added = scenarios.active().stream().filter(view -> view.name().equals(name)).findFirst()
                .orElseThrow();
        Document edit = page("/admin/scenarios/" + added.id());
        send(edit, "form[action$=/" + added.id() + "]", Map.of("name", name + " (renamed)"));
        MvcResult savedAgain = send(edit, "form[action$=/" + added.id() + "]", Map.of("name", name + " (renamed)"));
        assertThat(messageAfter(savedAgain)).isEqualTo("This scenario was already saved; nothing changed.");
    }

    @Test
    void anAdminAddedTwiceIsAddedOnceWithoutATakenUsernameError() throws Exception {
        String username = "twice-" + UUID.randomUUID().toString().substring(0, 8);
        Document form = page("/admin/users");
        Map<String, String> account = Map.of("username", username, "password", "a long enough passphrase");

        send(form, "form[action=/admin/users]", account);
        MvcResult again = send(form, "form[action=/admin/users]", account);

        assertThat(users.accounts()).filteredOn(a -> a.username().equals(username)).hasSize(1);
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/admin/users");
        assertThat(messageAfter(again)).isEqualTo("This admin was already added; they were not added twice.");
    }

    @Test
    void aFormIsRecognisedForADayAndThenForgotten() throws Exception {
        String question = "Sent again after two days " + UUID.randomUUID();
        Document form = page("/admin/content/faq/new?page=" + firstPageId());
        Map<String, String> faq = Map.of("fields[question]", question, "fields[answer]", "Late.", "action", "save");
        send(form, "form", faq);

        clock.advance(Duration.ofHours(23));
        submissions.forgetOld();
        send(form, "form", faq);
        assertThat(faqsAsked(question)).as("within a day").hasSize(1);

        clock.advance(Duration.ofHours(2));
        submissions.forgetOld();
        send(form, "form", faq);
        assertThat(faqsAsked(question)).as("a day later the form is a new one").hasSize(2);
    }

    @Autowired
    Submissions submissions;

    /** Sends the page's form, with these values in place of what it shows, as a browser would. */
    private MvcResult send(Document page, String formSelector, Map<String, String> typed) throws Exception {
        Element form = page.selectFirst("main " + formSelector);
        assertThat(form).as("form %s", formSelector).isNotNull();
        assertThat(form.select("input[name=submission]").val()).as("the form's submission token").isNotBlank();
        MockHttpServletRequestBuilder post = post(form.attr("action")).with(csrf()).with(ALICE);
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            String name = field.attr("name");
            if (name.equals("_csrf") || typed.containsKey(name)
                    || field.is("input[type=checkbox], input[type=radio]") && !field.hasAttr("checked")) {
                continue;
            }
            if (field.is("select")) {
                Element selected = field.selectFirst("option[selected]");
                post.param(name, selected == null ? "" : selected.val());
            } else {
                post.param(name, field.val());
            }
        }
        typed.forEach(post::param);
        return mvc.perform(post).andReturn();
    }

    private Document page(String path) throws Exception {
        return Html.parse(mvc.perform(get(path).with(ALICE)).andExpect(status().isOk()).andReturn());
    }

    /** The message the page a form was sent to shows after it: it travels in the session the form's answer named. */
    private String messageAfter(MvcResult sent) throws Exception {
        assertThat(sent.getResponse().getStatus()).as("redirected after the form").isEqualTo(302);
        Cookie session = sent.getResponse().getCookie(MockBrowser.COOKIE);
        assertThat(session).as("the session holding the message").isNotNull();
        return Html.parse(mvc.perform(get(sent.getResponse().getRedirectedUrl()).with(ALICE).cookie(session))
                .andReturn()).select(".notice--success").text();
    }

    private java.util.List<ContentOverview.Item> faqsAsked(String question) {
        return dashboard.overview().pages().stream().flatMap(page -> page.faqs().stream())
                .filter(faq -> faq.label().equals(question)).toList();
    }

    private long newFaq(String question) {
        return editing.create(ContentKind.FAQ, firstPageId(), Map.of("question", question, "answer", "Start."), true,
                null, "test");
    }

    private long firstPageId() {
        return dashboard.overview().pages().get(0).page().id();
    }
}
