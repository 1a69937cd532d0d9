package com.legacytraining.advisor.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.legacytraining.advisor.Html;
import com.legacytraining.advisor.WebIntegrationTest;
import com.legacytraining.advisor.content.ContentDashboard;
import com.legacytraining.advisor.content.ContentEditing;
import com.legacytraining.advisor.content.ContentKind;
import com.legacytraining.advisor.content.ContentOverview;
import com.legacytraining.advisor.content.ContentSnapshot;
import com.legacytraining.advisor.questionnaire.scenarios.ScenarioService;
import com.legacytraining.advisor.questionnaire.scenarios.ScenarioView;
import com.legacytraining.advisor.visitors.EnquiryService;
import com.legacytraining.advisor.visitors.NewEnquiry;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.util.Collections;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A session that ends while a page is open loses nothing: the sign-in page shows itself again with the
 * username and the destination kept, and an editor's text comes back in the form after signing in, not
 * yet saved. Sessions "end" here as they do for a browser whose session timed out: the request carries
 * no session, and the page's token belongs to a session that is gone.
 */
@WebIntegrationTest
class SessionExpiryTests {

    private static final String PASSWORD = "a long and careful passphrase";
    private static final String ORIGIN = "http://localhost";
    private static final String STALE_TOKEN = "a-token-of-a-session-that-has-ended";
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;

    @Autowired
    AdminUserService users;

    @Autowired
    ContentDashboard dashboard;

    @Autowired
    ContentEditing editing;

    @Autowired
    ScenarioService scenarios;

    @Autowired
    EnquiryService enquiries;

    @Test
    void anExpiredSignInPageShowsTheFormAgainWithTheUsernameAndTheDestinationKept() throws Exception {
        String name = newAdmin();
        String destination = "/admin/content/faq/" + firstFaq().id();

        MvcResult refused = mvc.perform(post("/admin/login").header("Origin", ORIGIN).param("_csrf", STALE_TOKEN)
                        .param("username", name).param("password", PASSWORD).param("target", destination))
                .andExpect(status().isSeeOther()).andExpect(redirectedUrl("/admin/login")).andReturn();

        MockHttpSession session = sessionOf(refused);
        Document form = Html.parse(mvc.perform(get("/admin/login").session(session)).andExpect(status().isOk())
                .andReturn());
        assertThat(form.select("h1").text()).isEqualTo("Sign in");
        assertThat(form.select("main .notice").text())
                .isEqualTo("This sign-in page was open too long, so it was refreshed to keep your account safe. "
                        + "Enter your password again.");
        assertThat(form.select("#username").attr("value")).isEqualTo(name);
        assertThat(form.select("#password").attr("value")).isEmpty();
        assertThat(form.select("input[name=target]").attr("value")).isEqualTo(destination);
        assertThat(form.select("input[name=_csrf]").attr("value")).isNotBlank().isNotEqualTo(STALE_TOKEN);

        mvc.perform(signIn(name, session).param("target", form.select("input[name=target]").attr("value")))
                .andExpect(redirectedUrl(destination));
        mvc.perform(get(destination).session(session)).andExpect(status().isOk());
    }

    @Test
    void theSignInPageCarriesThePageTheAdminAskedForThroughAnExpiry() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/admin/audit").session(session)).andExpect(redirectedUrl("/admin/login"));

        Document form = Html.parse(mvc.perform(get("/admin/login").session(session)).andReturn());

        assertThat(form.select("input[name=target]").attr("value")).isEqualTo("/admin/audit");
    }

    @ParameterizedTest
    @ValueSource(strings = { "//evil.example", "https://evil.example", "/\\evil.example", "/admin/../..//evil.example",
            "/admin//evil.example", "/administrator", "/admin/login", "javascript:alert(1)", " /admin/audit" })
    void signingInGoesToNoPageOutsideTheAdminArea(String target) throws Exception {
        String name = newAdmin();
        MvcResult refused = mvc.perform(post("/admin/login").header("Origin", ORIGIN).param("_csrf", STALE_TOKEN)
                .param("username", name).param("password", PASSWORD).param("target", target)).andReturn();
        MockHttpSession session = sessionOf(refused);
        Document form = Html.parse(mvc.perform(get("/admin/login").session(session)).andReturn());
        assertThat(form.select("input[name=target]")).isEmpty();

        mvc.perform(signIn(name, session).param("target", target)).andExpect(redirectedUrl("/admin"));
    }

    @Test
    void whatWasTypedIntoAnEditorComesBackAfterSigningInAgainNotYetSaved() throws Exception {
        ContentOverview.Item faq = firstFaq();
        ContentSnapshot before = editing.item(ContentKind.FAQ, faq.id());
        String editor = "/admin/content/faq/" + faq.id();

        MvcResult ended = mvc.perform(expired(post(editor)).param("version", String.valueOf(before.version()))
                        .param("fields[question]", "A question typed before the session ended")
                        .param("fields[answer]", "An answer that took twenty minutes to write.")
                        .param("changeNote", "Typed, not saved").param("action", "publish"))
                .andExpect(status().isSeeOther()).andExpect(redirectedUrl("/admin/login")).andReturn();

        MockHttpSession session = sessionOf(ended);
        Document signInPage = Html.parse(mvc.perform(get("/admin/login").session(session)).andReturn());
        assertThat(signInPage.select("main .notice").text()).isEqualTo("Your session ended before your changes were "
                + "saved. Sign in again and what you typed will be back in the form, not yet saved.");
        assertThat(signInPage.select("input[name=target]").attr("value")).isEqualTo(editor);

        mvc.perform(signIn(newAdmin(), session).param("target", editor)).andExpect(redirectedUrl(editor));
        Document page = Html.parse(mvc.perform(get(editor).session(session)).andExpect(status().isOk()).andReturn());

        assertThat(page.select("#field-question").val()).isEqualTo("A question typed before the session ended");
        assertThat(page.select("#field-answer").text()).isEqualTo("An answer that took twenty minutes to write.");
        assertThat(page.select("#field-changeNote").val()).isEqualTo("Typed, not saved");
        assertThat(page.select("input[name=version]").val()).isEqualTo(String.valueOf(before.version()));
        assertThat(page.select("main .notice--warning").text()).contains("not saved yet");
        assertThat(editing.item(ContentKind.FAQ, faq.id())).as("nothing saved without a fresh token")
                .isEqualTo(before);

        Document again = Html.parse(mvc.perform(get(editor).session(session)).andReturn());
        assertThat(again.select("#field-answer").text()).as("shown once").isEqualTo(before.working().get("answer"));
        assertThat(again.select("main .notice--warning")).isEmpty();
    }

    @Test
    void aNewItemsTextComesBackToTheNewItemForm() throws Exception {
        long pageId = dashboard.overview().pages().get(0).page().id();
        String form = "/admin/content/faq/new?page=" + pageId;

        Document page = afterSigningInAgain(expired(post("/admin/content/faq/new").queryParam("page", String.valueOf(pageId)))
                .param("fields[question]", "A brand new question").param("fields[answer]", "Its answer.")
                .param("action", "save"), form);

        assertThat(page.select("#field-question").val()).isEqualTo("A brand new question");
        assertThat(page.select("#field-answer").text()).isEqualTo("Its answer.");
    }

    @Test
    void aQuestionsTextComesBackToTheQuestionEditor() throws Exception {
        Document page = afterSigningInAgain(expired(post("/admin/questionnaire/questions/frequency"))
                .param("version", "0").param("text", "How often, honestly?").param("hint", "A new hint")
                .param("options[rarely].text", "Hardly ever").param("options[rarely].points", "-2")
                .param("options[rarely].position", "1"), "/admin/questionnaire/questions/frequency");

        assertThat(page.select("#q-text").text()).isEqualTo("How often, honestly?");
        assertThat(page.select("#q-hint").text()).isEqualTo("A new hint");
        assertThat(page.select("#opt-rarely-text").text()).isEqualTo("Hardly ever");
    }

    @Test
    void aScenarioComesBackToItsForm() throws Exception {
        ScenarioView seeded = scenarios.active().get(0);

        Document added = afterSigningInAgain(expired(post("/admin/scenarios/new")).param("name", "Night porters")
                .param("answers[setting]", "public-facing-office").param("recommendation", "BREAKAWAY"),
                "/admin/scenarios/new");
        assertThat(added.select("#scenario-name").val()).isEqualTo("Night porters");
        assertThat(added.select("#answer-setting option[selected]").val()).isEqualTo("public-facing-office");
        assertThat(added.select("#recommendation-BREAKAWAY").hasAttr("checked")).isTrue();

        Document edited = afterSigningInAgain(expired(post("/admin/scenarios/" + seeded.id()))
                .param("version", String.valueOf(seeded.version())).param("name", "Renamed while the session ended"),
                "/admin/scenarios/" + seeded.id());
        assertThat(edited.select("#scenario-name").val()).isEqualTo("Renamed while the session ended");
        assertThat(scenarios.find(seeded.id()).orElseThrow().name()).isEqualTo(seeded.name());
    }

    @Test
    void enquiryNotesComeBackToTheEnquiry() throws Exception {
        String reference = enquiries.submit(new NewEnquiry("Sam", "Notes Org " + UUID.randomUUID(), "sam@example.org",
                null, 3, "Hello", null), null);
        long id = enquiries.inbox(Set.of(), reference).get(0).id();

        Document page = afterSigningInAgain(expired(post("/admin/enquiries/" + id + "/notes"))
                .param("notes", "Rang back; they want a quote for 40 staff."), "/admin/enquiries/" + id);

        assertThat(page.select("#notes").text()).isEqualTo("Rang back; they want a quote for 40 staff.");
        assertThat(enquiries.find(id).notes()).isNull();
    }

    @Test
    void aNewAdminsUsernameComesBackButNoPasswordIsEverKept() throws Exception {
        String password = "the new admin's secret passphrase";
        MvcResult ended = mvc.perform(expired(post("/admin/users")).param("username", "kept-username")
                .param("password", password)).andExpect(redirectedUrl("/admin/login")).andReturn();
        MockHttpSession session = sessionOf(ended);
        assertThat(serialised(session)).doesNotContain(password);

        Document page = signInAgainAndOpen(session, "/admin/users");
        assertThat(page.select("#user-username").val()).isEqualTo("kept-username");
        assertThat(page.select("#user-password").val()).isEmpty();
        assertThat(users.exists("kept-username")).isFalse();
    }

    @Test
    void aPasswordChangeKeepsNothingButLeadsBackToItsPage() throws Exception {
        MvcResult ended = mvc.perform(expired(post("/admin/account/password"))
                .param("currentPassword", PASSWORD).param("newPassword", "another long passphrase")
                .param("confirmPassword", "another long passphrase")).andExpect(redirectedUrl("/admin/login"))
                .andReturn();
        MockHttpSession session = sessionOf(ended);
        assertThat(serialised(session)).doesNotContain("another long passphrase", PASSWORD);

        Document signInPage = Html.parse(mvc.perform(get("/admin/login").session(session)).andReturn());
        assertThat(signInPage.select("main .notice").text())
                .isEqualTo("Your session ended, so nothing was changed. Sign in and try again.");
        assertThat(signInPage.select("input[name=target]").val()).isEqualTo("/admin/account/password");
    }

    @Test
    void aFormPostedFromAnotherSiteIsNeverKept() throws Exception {
        ContentOverview.Item faq = firstFaq();
        String editor = "/admin/content/faq/" + faq.id();
        String stored = editing.item(ContentKind.FAQ, faq.id()).working().get("answer");

        MvcResult refused = mvc.perform(post(editor).header("Origin", "https://evil.example")
                .param("_csrf", STALE_TOKEN).param("version", "0").param("fields[question]", "Planted question")
                .param("fields[answer]", "Planted answer").param("action", "publish")).andReturn();
        MockHttpSession session = sessionOf(refused);

        Document signInPage = Html.parse(mvc.perform(get("/admin/login").session(session)).andReturn());
        assertThat(signInPage.select("main .notice").text())
                .isEqualTo("Your session ended, so nothing was changed. Sign in and try again.");
        assertThat(signInPage.select("input[name=target]")).as("another site chooses no page").isEmpty();
        mvc.perform(signIn(newAdmin(), session)).andExpect(redirectedUrl("/admin"));
        Document page = Html.parse(mvc.perform(get(editor).session(session)).andReturn());
        assertThat(page.select("#field-answer").text()).isEqualTo(stored);
        assertThat(page.select("main .notice--warning")).isEmpty();
    }

    @Test
    void aFormTooBigToKeepIsRefusedPlainly() throws Exception {
        MvcResult ended = mvc.perform(expired(post("/admin/content/faq/" + firstFaq().id())).param("version", "0")
                .param("fields[question]", "Q").param("fields[answer]", "x".repeat(100_000))
                .param("action", "save")).andExpect(redirectedUrl("/admin/login")).andReturn();

        Document signInPage = Html.parse(mvc.perform(get("/admin/login").session(sessionOf(ended))).andReturn());
        assertThat(signInPage.select("main .notice").text())
                .isEqualTo("Your session ended, so nothing was changed. Sign in and try again.");
    }

    @Test
    void aSignedInAdminsFormWithAnOldTokenComesBackWithAFreshOne() throws Exception {
        // Another tab signed in again after an expiry: this tab's form has the token of the session before.
        MockHttpSession session = new MockHttpSession();
        mvc.perform(signIn(newAdmin(), session)).andExpect(redirectedUrl("/admin"));
        ContentOverview.Item faq = firstFaq();
        String editor = "/admin/content/faq/" + faq.id();

        mvc.perform(expired(post(editor)).session(session).param("version", "0")
                        .param("fields[question]", "Q from the old tab").param("fields[answer]", "A from the old tab")
                        .param("action", "save"))
                .andExpect(status().isSeeOther()).andExpect(redirectedUrl(editor));

        Document page = Html.parse(mvc.perform(get(editor).session(session)).andReturn());
        assertThat(page.select("#field-answer").text()).isEqualTo("A from the old tab");
        assertThat(page.select("main .notice--warning").text()).contains("not saved yet");
    }

    private Document afterSigningInAgain(MockHttpServletRequestBuilder expiredPost, String editor) throws Exception {
        MvcResult ended = mvc.perform(expiredPost).andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/admin/login")).andReturn();
        Document page = signInAgainAndOpen(sessionOf(ended), editor);
        assertThat(page.select("main .notice--warning").text()).contains("not saved yet");
        return page;
    }

    /** Signs in with the target the sign-in page carries, which must be the editor, and opens it. */
    private Document signInAgainAndOpen(MockHttpSession session, String editor) throws Exception {
        Document signInPage = Html.parse(mvc.perform(get("/admin/login").session(session)).andReturn());
        assertThat(signInPage.select("input[name=target]").val()).isEqualTo(editor);
        mvc.perform(signIn(newAdmin(), session).param("target", editor)).andExpect(redirectedUrl(editor));
        return Html.parse(mvc.perform(get(editor).session(session)).andExpect(status().isOk()).andReturn());
    }

    /** The POST a browser sends from a page whose session has since ended. */
    private static MockHttpServletRequestBuilder expired(MockHttpServletRequestBuilder post) {
        return post.header("Origin", ORIGIN).header("Sec-Fetch-Site", "same-origin").param("_csrf", STALE_TOKEN);
    }

    private MockHttpServletRequestBuilder signIn(String name, MockHttpSession session) {
        String address = "203.0.113." + ADDRESSES.incrementAndGet() % 250;
        return post("/admin/login").session(session).with(csrf()).param("username", name).param("password", PASSWORD)
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    private static MockHttpSession sessionOf(MvcResult result) {
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        assertThat(session).as("the session the response started").isNotNull();
        return session;
    }

    private static String serialised(MockHttpSession session) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            for (String name : Collections.list(session.getAttributeNames())) {
                out.writeObject(session.getAttribute(name));
            }
        }
        return bytes.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private ContentOverview.Item firstFaq() {
        return dashboard.overview().pages().get(0).faqs().get(0);
    }

    private String newAdmin() {
        String name = "expiry-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(name, PASSWORD, "test");
        return name;
    }
}
