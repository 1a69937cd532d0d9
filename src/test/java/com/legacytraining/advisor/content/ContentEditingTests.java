package com.legacytraining.advisor.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.legacytraining.advisor.Html;
import com.legacytraining.advisor.IsolatedWebIntegrationTest;
import com.legacytraining.advisor.history.AuditLog;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Editing through the admin forms, checked on the public site. Each test works on items it creates;
 * publishing an FAQ still dates its guidance page, so this class has a database of its own.
 */
@IsolatedWebIntegrationTest
class ContentEditingTests {

    private static final RequestPostProcessor ALICE = user("alice").roles("ADMIN");
    private static final RequestPostProcessor BOB = user("bob").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    ContentEditing editing;

    @Autowired
    ContentArrangement arrangement;

    @Autowired
    ContentDashboard dashboard;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private final List<Long> createdFaqs = new ArrayList<>();

    /** Other tests share this database and read the public FAQ: leave nothing of ours on it. */
    @AfterEach
    void archiveWhatThisTestCreated() {
        createdFaqs.forEach(id -> arrangement.archive(ContentKind.FAQ, id, "test"));
    }

    @Test
    void aDraftStaysOffThePublicSiteUntilItIsPublished() throws Exception {
        long id = newFaq("Draft question " + unique(), "The first answer.");
        assertThat(publicFaq()).doesNotContain("The first answer.");

        publishFaq(id, "Published question " + unique(), "Now everyone can read this.", ALICE);
        assertThat(publicFaq()).contains("Now everyone can read this.");

        mvc.perform(save(id, "faq", Map.of("question", "Q", "answer", "A later draft."), "save", ALICE))
                .andExpect(status().isFound());
        assertThat(publicFaq()).contains("Now everyone can read this.").doesNotContain("A later draft.");
        assertThat(editing.item(ContentKind.FAQ, id).state()).isEqualTo(ContentState.DRAFT_PENDING);
    }

    @Test
    void restoringAnOldRevisionMakesADraftThatPublishesTheOldText() throws Exception {
        long id = newFaq("Restore question " + unique(), "Version one.");
        publishFaq(id, "Restore question", "Version one, published.", ALICE);
        publishFaq(id, "Restore question", "Version two, published.", ALICE);

        mvc.perform(post("/admin/content/faq/{id}/history/1/restore", id).with(csrf()).with(ALICE))
                .andExpect(status().isFound());
        assertThat(publicFaq()).contains("Version two, published.");
        assertThat(editing.item(ContentKind.FAQ, id).draft()).containsEntry("answer", "Version one, published.");

        publishFaq(id, "Restore question", "Version one, published.", ALICE);
        assertThat(publicFaq()).contains("Version one, published.").doesNotContain("Version two, published.");
        assertThat(editing.history(ContentKind.FAQ, id)).hasSize(3);
    }

    @Test
    void historyListsRevisionsAndComparesThemLineByLine() throws Exception {
        long id = newFaq("Diff question " + unique(), "x");
        publishFaq(id, "Diff question", "Line one\nLine two", ALICE);
        publishFaq(id, "Diff question", "Line one\nLine 2", BOB);

        Document history = Html.parse(mvc.perform(get("/admin/content/faq/{id}/history", id).with(ALICE)).andReturn());
        assertThat(history.select("tbody tr")).hasSize(2);
        assertThat(history.text()).contains("alice", "bob");

        Document compare = Html.parse(mvc.perform(get("/admin/content/faq/{id}/compare", id)
                .param("from", "1").param("to", "2").with(ALICE)).andExpect(status().isOk()).andReturn());
        assertThat(compare.select(".diff-line--removed").text()).contains("Line two");
        assertThat(compare.select(".diff-line--added").text()).contains("Line 2");
        assertThat(compare.select(".diff-line--same").text()).contains("Line one");
        assertThat(compare.select(".diff-line--removed del").text()).isEqualTo("two");
        assertThat(compare.select(".diff-line--added ins").text()).isEqualTo("2");
        assertThat(compare.select(".diff-line--removed del").attr("data-start")).isEqualTo("Removed words:");
        assertThat(compare.select(".diff-line--added ins").attr("data-start")).isEqualTo("Added words:");
    }

    @Test
    void comparingShowsHtmlInTheTextAsTextNotMarkup() throws Exception {
        long id = newFaq("Markup question " + unique(), "x");
        publishFaq(id, "Markup question", "Use <b>bold</b> & <script>alert(1)</script> here.", ALICE);
        publishFaq(id, "Markup question", "Use <i>bold</i> &amp; <img src=x onerror=alert(2)> here.", ALICE);

        MvcResult result = mvc.perform(get("/admin/content/faq/{id}/compare", id).param("from", "1").param("to", "2")
                .with(ALICE)).andExpect(status().isOk()).andReturn();
        Document compare = Html.parse(result);

        assertThat(compare.select(".diff script, .diff b, .diff i, .diff img")).isEmpty();
        assertThat(compare.select(".diff-line--removed").text()).contains("Use <b>bold</b> & <script>alert(1)</script> here.");
        assertThat(compare.select(".diff-line--added").text()).contains("Use <i>bold</i> &amp; <img src=x onerror=alert(2)> here.");
        assertThat(compare.select(".diff-line--added ins").eachText()).containsExactly("i", "i", "amp;", "img src=x onerror=", "2");
        assertThat(result.getResponse().getContentAsString()).doesNotContain("<script>alert", "<img src=x", "<b>bold");
    }

    @Test
    void aRenamedPageAnswersItsOldAddressWithAPermanentRedirect() throws Exception {
        String slug = "rename-me-" + unique();
        long id = editing.create(ContentKind.PAGE, null, pageFields("A page to rename", slug), true, null, "alice");

        long version = editing.item(ContentKind.PAGE, id).version();
        mvc.perform(post("/admin/content/page/{id}", id).with(csrf()).with(ALICE)
                        .params(form(pageFields("A page to rename", slug + "-renamed")))
                        .param("version", String.valueOf(version)).param("action", "publish"))
                .andExpect(status().isFound());

        mvc.perform(get("/guidance/" + slug)).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/guidance/" + slug + "-renamed"));
        mvc.perform(get("/guidance/" + slug + "-renamed")).andExpect(status().isOk());
        arrangement.archive(ContentKind.PAGE, id, "alice");
    }

    @Test
    void archivingTakesAnItemOffTheSiteAndRestoringBringsItBack() throws Exception {
        long id = newFaq("Archive question " + unique(), "x");
        publishFaq(id, "Archive question", "Soon archived.", ALICE);

        mvc.perform(post("/admin/content/faq/{id}/archive", id).with(csrf()).with(ALICE)).andExpect(status().isFound());
        assertThat(publicFaq()).doesNotContain("Soon archived.");
        assertThat(editing.item(ContentKind.FAQ, id).state()).isEqualTo(ContentState.ARCHIVED);

        mvc.perform(post("/admin/content/faq/{id}/unarchive", id).with(csrf()).with(ALICE)).andExpect(status().isFound());
        assertThat(publicFaq()).contains("Soon archived.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert('xss')</script>",
            "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<p onmouseover=\"alert(1)\">hover</p>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<svg><script>alert(1)</script></svg>",
    })
    void markdownPayloadsNeverReachAPageUnsanitised(String payload) throws Exception {
        String marker = "Safe " + unique();
        long id = newFaq(marker, "x");
        publishFaq(id, marker, marker + " " + payload, ALICE);

        Document page = Html.parse(mvc.perform(get("/faq")).andReturn());
        assertThat(page.text()).contains(marker);
        assertThat(page.select("main script, main img, main iframe, main svg, main [onerror], main [onmouseover]")).isEmpty();
        assertThat(page.select("main a[href]")).allSatisfy(link ->
                assertThat(link.attr("href").toLowerCase()).doesNotContain("javascript:", "vbscript:"));
    }

    /**
     * The editor refuses a Markdown link to a refused scheme (MarkdownLimitsTests); one stored before it
     * did, or published without the form, shows on the public page as its text, not as a dead link.
     */
    @ParameterizedTest
    @ValueSource(strings = { "[click here](javascript:alert(1))", "[click here](vbscript:msgbox(1))" })
    void aStoredMarkdownLinkToARefusedSchemeShowsAsPlainText(String link) throws Exception {
        String marker = "Linked " + unique();
        long id = newFaq(marker, "x");
        editing.publish(ContentKind.FAQ, id, editing.item(ContentKind.FAQ, id).version(),
                Map.of("question", marker, "answer", "Please " + link + " now."), null, "alice");

        Document page = Html.parse(mvc.perform(get("/faq")).andReturn());
        assertThat(page.select("main *:containsOwn(Please)").text()).contains("Please click here now.");
        assertThat(page.select("main a:contains(click here)")).isEmpty();
        assertThat(page.select("main a[href='']")).isEmpty();
    }

    @Test
    void validationErrorsRedisplayTheFormWithTheAdminsText() throws Exception {
        long id = newFaq("Validation question " + unique(), "x");
        long version = editing.item(ContentKind.FAQ, id).version();

        Document page = Html.parse(mvc.perform(save(id, "faq",
                Map.of("question", "  ", "answer", "Text I must not lose."), "publish", ALICE, version))
                .andExpect(status().isOk()).andReturn());

        assertThat(page.title()).startsWith("Error:");
        assertThat(page.select(".error-summary a").attr("href")).isEqualTo("#field-question");
        assertThat(page.select("#field-answer").text()).isEqualTo("Text I must not lose.");
        assertThat(page.select("#field-question").attr("aria-describedby")).contains("field-question-error");
        assertThat(editing.item(ContentKind.FAQ, id).version()).isEqualTo(version);
    }

    @Test
    void previewRendersMarkdownAndSavesNothing() throws Exception {
        long id = newFaq("Preview question " + unique(), "x");
        long version = editing.item(ContentKind.FAQ, id).version();

        Document page = Html.parse(mvc.perform(save(id, "faq",
                Map.of("question", "Preview question", "answer", "Some **bold** words."), "preview", ALICE, version))
                .andExpect(status().isOk()).andReturn());

        assertThat(page.select(".preview strong").text()).isEqualTo("bold");
        assertThat(editing.item(ContentKind.FAQ, id).version()).isEqualTo(version);
    }

    @Test
    void theSecondOfTwoAdminsEditingOneItemGetsTheConflictPageAndTheFirstPublishSurvives() throws Exception {
        long id = newFaq("Conflict question " + unique(), "x");
        publishFaq(id, "Conflict question", "Original text.", ALICE);
        long bothOpenedAt = editing.item(ContentKind.FAQ, id).version();
        int revisionsBefore = editing.history(ContentKind.FAQ, id).size();

        mvc.perform(save(id, "faq", Map.of("question", "Conflict question", "answer", "Alice's text."), "publish",
                ALICE, bothOpenedAt)).andExpect(status().isFound());
        Document conflict = Html.parse(mvc.perform(save(id, "faq",
                Map.of("question", "Conflict question", "answer", "Bob's text."), "publish", BOB, bothOpenedAt))
                .andExpect(status().isOk()).andReturn());

        assertThat(conflict.select("h1").text()).isEqualTo("Someone else changed this while you were editing");
        assertThat(conflict.select("table").text()).contains("Alice's text.", "Bob's text.");
        assertThat(conflict.select("textarea#field-answer").text()).isEqualTo("Bob's text.");
        assertThat(conflict.select("table ins").eachText()).containsExactly("Bob");
        assertThat(conflict.select("table del").eachText()).containsExactly("Alice");
        assertThat(conflict.select("table ins").attr("data-start")).isEqualTo("Only in your version:");
        assertThat(publicFaq()).contains("Alice's text.").doesNotContain("Bob's text.");
        assertThat(editing.history(ContentKind.FAQ, id)).hasSize(revisionsBefore + 1);
    }

    @Test
    void anAdminCreatesAnFaqThroughTheFormAndMovesItUp() throws Exception {
        long pageId = dashboard.overview().pages().get(0).page().id();
        String question = "Created question " + unique();

        String location = mvc.perform(post("/admin/content/faq/new").param("page", String.valueOf(pageId))
                        .with(csrf()).with(ALICE).params(form(Map.of("question", question, "answer", "Created answer.")))
                        .param("action", "publish"))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        createdFaqs.add(id);
        assertThat(publicFaqQuestions()).last().isEqualTo(question);

        mvc.perform(post("/admin/content/faq/{id}/move", id).param("direction", "up").with(csrf()).with(ALICE))
                .andExpect(status().isFound());

        var questions = publicFaqQuestions();
        assertThat(questions.get(questions.size() - 2)).isEqualTo(question);
    }

    @Test
    void everyPublishIsInTheAuditLog() throws Exception {
        long id = newFaq("Audit question " + unique(), "x");
        publishFaq(id, "Audit question", "Audited.", BOB);

        assertThat(audit.recent(0).getContent()).anySatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("bob");
            assertThat(entry.action()).isEqualTo("published");
            assertThat(entry.subject()).contains("faq " + id);
        });
    }

    @Test
    void theAuditLogSaysWhatHappenedInWordsAndShowsOlderEntriesAsTheyWereWritten() throws Exception {
        long id = newFaq("Audited question " + unique(), "x");
        long version = editing.item(ContentKind.FAQ, id).version();
        mvc.perform(save(id, "faq", Map.of("question", "Audited", "answer", "Yes."), "publish", BOB, version)
                .param("changeNote", "The answer's clearer")).andExpect(status().isFound());
        arrangement.move(ContentKind.FAQ, id, true, "bob");
        // An entry from before details were message keys: its words are shown as they were stored.
        jdbc.sql("insert into audit_entry (occurred_at, actor, action, subject, detail) values (?, ?, ?, ?, ?)")
                .params(OffsetDateTime.now(clock), "carol", "published", "faq " + id + " (old)", "revision 7: it's older")
                .update();

        Document log = Html.parse(mvc.perform(get("/admin/audit").with(ALICE)).andReturn());

        assertThat(log.select("tbody tr").eachText())
                .anySatisfy(row -> assertThat(row).contains("bob", "Published", "faq " + id,
                        "revision 1: The answer's clearer"))
                .anySatisfy(row -> assertThat(row).contains("bob", "Order changed", "faq " + id, "moved up"))
                .anySatisfy(row -> assertThat(row).contains("carol", "Published", "revision 7: it's older"));
    }

    @Test
    void theSlugHintKeepsItsApostrophe() throws Exception {
        Document form = Html.parse(mvc.perform(get("/admin/content/page/new").with(ALICE)).andReturn());

        assertThat(form.select("#field-slug-hint").text()).startsWith("The page's address after /guidance/.");
    }

    @Test
    void theDashboardShowsEachItemsState() throws Exception {
        String question = "Dashboard question " + unique();
        newFaq(question, "x");

        Document dashboard = Html.parse(mvc.perform(get("/admin").with(ALICE)).andExpect(status().isOk()).andReturn());

        assertThat(dashboard.select("tr:contains(" + question + ")").text()).contains("Not yet published");
        assertThat(dashboard.select("tr:contains(Is PMVA the same as breakaway training?)").text()).contains("Published");
    }

    private long newFaq(String question, String answer) {
        long pageId = dashboard.overview().pages().get(0).page().id();
        long id = editing.create(ContentKind.FAQ, pageId, Map.of("question", question, "answer", answer), false, null,
                "alice");
        createdFaqs.add(id);
        return id;
    }

    private void publishFaq(long id, String question, String answer, RequestPostProcessor who) throws Exception {
        long version = editing.item(ContentKind.FAQ, id).version();
        mvc.perform(save(id, "faq", Map.of("question", question, "answer", answer), "publish", who, version))
                .andExpect(status().isFound());
    }

    private MockHttpServletRequestBuilder save(long id, String kind, Map<String, String> fields, String action,
            RequestPostProcessor who) {
        return save(id, kind, fields, action, who, editing.item(ContentKind.fromPath(kind).orElseThrow(), id).version());
    }

    private MockHttpServletRequestBuilder save(long id, String kind, Map<String, String> fields, String action,
            RequestPostProcessor who, long version) {
        return post("/admin/content/{kind}/{id}", kind, id).with(csrf()).with(who)
                .params(form(fields)).param("version", String.valueOf(version)).param("action", action);
    }

    private static org.springframework.util.MultiValueMap<String, String> form(Map<String, String> fields) {
        var params = new org.springframework.util.LinkedMultiValueMap<String, String>();
        fields.forEach((name, value) -> params.add("fields[" + name + "]", value));
        return params;
    }

    private static Map<String, String> pageFields(String title, String slug) {
        return Map.of("title", title, "slug", slug, "category", "Test", "summary", "A summary for a test page.",
                "intro", "An introduction.", "keyPointsIntro", "Points.");
    }

    private List<String> publicFaqQuestions() throws Exception {
        return Html.parse(mvc.perform(get("/faq")).andReturn()).select(".faq-entry h3").eachText();
    }

    private String publicFaq() throws Exception {
        return Html.visibleText(mvc.perform(get("/faq")).andReturn());
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
