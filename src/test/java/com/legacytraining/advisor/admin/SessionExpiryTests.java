package com.legacytraining.advisor.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.legacytraining.advisor.EndedSessions;
import com.legacytraining.advisor.Html;
import com.legacytraining.advisor.MockBrowser;
import com.legacytraining.advisor.WebIntegrationTest;
import com.legacytraining.advisor.content.ContentDashboard;
import com.legacytraining.advisor.content.ContentEditing;
import com.legacytraining.advisor.content.ContentKind;
import com.legacytraining.advisor.content.ContentOverview;
import com.legacytraining.advisor.content.ContentReviews;
import com.legacytraining.advisor.content.ContentSnapshot;
import com.legacytraining.advisor.questionnaire.scenarios.ScenarioService;
import com.legacytraining.advisor.questionnaire.scenarios.ScenarioView;
import com.legacytraining.advisor.visitors.EnquiryService;
import com.legacytraining.advisor.visitors.NewEnquiry;
import java.util.Set;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
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
    private static final String ORIGIN = EndedSessions.ORIGIN;
    private static final String STALE_TOKEN = EndedSessions.STALE_TOKEN;

    @Autowired
    MockMvc mvc;

    @Autowired
    AdminUserService users;

    @Autowired
    ContentDashboard dashboard;

    @Autowired
    ContentEditing editing;

    @Autowired
    ContentReviews reviews;

    @Autowired
    ScenarioService scenarios;

    @Autowired
    EnquiryService enquiries;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anExpiredSignInPageShowsTheFormAgainWithTheUsernameAndTheDestinationKept() throws Exception {
        String name = newAdmin();
        String destination = "/admin/content/faq/" + firstFaq().id();

        MockBrowser browser = new MockBrowser(mvc);
        browser.perform(post("/admin/login").header("Origin", ORIGIN).param("_csrf", STALE_TOKEN)
                        .param("username", name).param("password", PASSWORD).param("target", destination))
                .andExpect(status().isSeeOther()).andExpect(redirectedUrl("/admin/login"));

        Document form = Html.parse(browser.perform(get("/admin/login")).andExpect(status().isOk())
                .andReturn());
        assertThat(form.select("h1").text()).isEqualTo("Sign in");
        assertThat(form.select("main .notice").text())
                .isEqualTo("This sign-in page was open too long, so it was refreshed to keep your account safe. "
                        + "Enter your password again.");
        assertThat(form.select("#username").attr("value")).isEqualTo(name);
        assertThat(form.select("#password").attr("value")).isEmpty();
        assertThat(form.select("input[name=target]").attr("value")).isEqualTo(destination);
        assertThat(form.select("input[name=_csrf]").attr("value")).isNotBlank().isNotEqualTo(STALE_TOKEN);

        browser.perform(signIn(name).param("target", form.select("input[name=target]").attr("value")))
                .andExpect(redirectedUrl(destination));
        browser.perform(get(destination)).andExpect(status().isOk());
    }

    @Test
    void theSignInPageCarriesThePageTheAdminAskedForThroughAnExpiry() throws Exception {
        MockBrowser browser = new MockBrowser(mvc);
        browser.perform(get("/admin/audit")).andExpect(redirectedUrl("/admin/login"));

        Document form = Html.parse(browser.perform(get("/admin/login")).andReturn());

        assertThat(form.select("input[name=target]").attr("value")).isEqualTo("/admin/audit");
    }

    @ParameterizedTest
    @ValueSource(strings = { "//evil.example", "https://evil.example", "/\\evil.example", "/admin/../..//evil.example",
            "/admin//evil.example", "/administrator", "/admin/login", "javascript:alert(1)", " /admin/audit" })
    void signingInGoesToNoPageOutsideTheAdminArea(String target) throws Exception {
        String name = newAdmin();
        MockBrowser browser = new MockBrowser(mvc);
        browser.perform(post("/admin/login").header("Origin", ORIGIN).param("_csrf", STALE_TOKEN)
                .param("username", name).param("password", PASSWORD).param("target", target));
        Document form = Html.parse(browser.perform(get("/admin/login")).andReturn());
        assertThat(form.select("input[name=target]")).isEmpty();

        browser.perform(signIn(name).param("target", target)).andExpect(redirectedUrl("/admin"));
    }

    @Test
    void whatWasTypedIntoAnEditorComesBackAfterSigningInAgainNotYetSaved() throws Exception {
        ContentOverview.Item faq = firstFaq();
        ContentSnapshot before = editing.item(ContentKind.FAQ, faq.id());
        String editor = "/admin/content/faq/" + faq.id();

        MockBrowser browser = new MockBrowser(mvc);
        browser.perform(expired(post(editor)).param("version", String.valueOf(before.version()))
                        .param("fields[question]", "A question typed before the session ended")
                        .param("fields[answer]", "An answer that took twenty minutes to write.")
                        .param("changeNote", "Typed, not saved").param("action", "publish"))
                .andExpect(status().isSeeOther()).andExpect(redirectedUrl("/admin/login"));

        Document signInPage = Html.parse(browser.perform(get("/admin/login")).andReturn());
        assertThat(signInPage.select("main .notice").text()).isEqualTo("Your session ended before your changes were "
                + "saved. Sign in again and what you typed will be back in the form, not yet saved.");
        assertThat(signInPage.select("input[name=target]").attr("value")).isEqualTo(editor);

        browser.perform(signIn(newAdmin()).param("target", editor)).andExpect(redirectedUrl(editor));
        Document page = Html.parse(browser.perform(get(editor)).andExpect(status().isOk()).andReturn());

        assertThat(page.select("#field-question").val()).isEqualTo("A question typed before the session ended");
        assertThat(page.select("#field-answer").text()).isEqualTo("An answer that took twenty minutes to write.");
        assertThat(page.select("#field-changeNote").val()).isEqualTo("Typed, not saved");
        assertThat(page.select("input[name=version]").val()).isEqualTo(String.valueOf(before.version()));
        assertThat(page.select("main .notice--warning").text()).contains("not saved yet");
        assertThat(editing.item(ContentKind.FAQ, faq.id())).as("nothing saved without a fresh token")
                .isEqualTo(before);

        Document again = Html.parse(browser.perform(get(editor)).andReturn());
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
    void aReviewNoteAndIntervalComeBackToTheGuidancePageNotYetRecorded() throws Exception {
        long pageId = dashboard.overview().pages().get(0).page().id();
        String editor = "/admin/content/page/" + pageId;
        ContentReviews.ReviewState before = reviews.state(pageId);

        Document page = afterSigningInAgain(expired(post(editor + "/review")).param("intervalMonths", "18")
                .param("note", "Checked against the new NICE guideline").param("submission", "a-review-token"),
                editor);

        assertThat(page.select("#field-intervalMonths").val()).isEqualTo("18");
        assertThat(page.select("#field-reviewNote").val()).isEqualTo("Checked against the new NICE guideline");
        assertThat(page.select("#field-changeNote").val()).as("the editor's own form keeps its text").isEmpty();
        assertThat(reviews.state(pageId)).as("nothing recorded without a fresh token").isEqualTo(before);
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
        MockBrowser browser = new MockBrowser(mvc);
        browser.perform(expired(post("/admin/users")).param("username", "kept-username")
                .param("password", password)).andExpect(redirectedUrl("/admin/login"));
        assertThat(stored(browser)).contains("kept-username").doesNotContain(password);

        Document page = signInAgainAndOpen(browser, "/admin/users");
        assertThat(page.select("#user-username").val()).isEqualTo("kept-username");
        assertThat(page.select("#user-password").val()).isEmpty();
        assertThat(users.exists("kept-username")).isFalse();
    }

    @Test
    void aPasswordChangeKeepsNothingButLeadsBackToItsPage() throws Exception {
        MockBrowser browser = new MockBrowser(mvc);
        browser.perform(expired(post("/admin/account/password"))
                .param("currentPassword", PASSWORD).param("newPassword", "another long passphrase")
                .param("confirmPassword", "another long passphrase")).andExpect(redirectedUrl("/admin/login"));
        assertThat(stored(browser)).contains("/admin/account/password")
                .doesNotContain("another long passphrase", PASSWORD);

        Document signInPage = Html.parse(browser.perform(get("/admin/login")).andReturn());
        assertThat(signInPage.select("main .notice").text())
                .isEqualTo("Your session ended, so nothing was changed. Sign in and try again.");
        assertThat(signInPage.select("input[name=target]").val()).isEqualTo("/admin/account/password");
    }

    @Test
    void aFormPostedFromAnotherSiteIsNeverKept() throws Exception {
        ContentOverview.Item faq = firstFaq();
        String editor = "/admin/content/faq/" + faq.id();
        String stored = editing.item(ContentKind.FAQ, faq.id()).working().get("answer");

        MockBrowser browser = new MockBrowser(mvc);
        browser.perform(post(editor).header("Origin", "https://evil.example")
                .param("_csrf", STALE_TOKEN).param("version", "0").param("fields[question]", "Planted question")
                .param("fields[answer]", "Planted answer").param("action", "publish"));

        Document signInPage = Html.parse(browser.perform(get("/admin/login")).andReturn());
        assertThat(signInPage.select("main .notice").text())
                .isEqualTo("Your session ended, so nothing was changed. Sign in and try again.");
        assertThat(signInPage.select("input[name=target]")).as("another site chooses no page").isEmpty();
        browser.perform(signIn(newAdmin())).andExpect(redirectedUrl("/admin"));
        Document page = Html.parse(browser.perform(get(editor)).andReturn());
        assertThat(page.select("#field-answer").text()).isEqualTo(stored);
        assertThat(page.select("main .notice--warning")).isEmpty();
    }

    @Test
    void aFormTooBigToKeepIsRefusedPlainly() throws Exception {
        MockBrowser browser = new MockBrowser(mvc);
        browser.perform(expired(post("/admin/content/faq/" + firstFaq().id())).param("version", "0")
                .param("fields[question]", "Q").param("fields[answer]", "x".repeat(100_000))
                .param("action", "save")).andExpect(redirectedUrl("/admin/login"));

        Document signInPage = Html.parse(browser.perform(get("/admin/login")).andReturn());
        assertThat(signInPage.select("main .notice").text())
                .isEqualTo("Your session ended, so nothing was changed. Sign in and try again.");
    }

    @Test
    void aSignedInAdminsFormWithAnOldTokenComesBackWithAFreshOne() throws Exception {
        // Another tab signed in again after an expiry: this tab's form has the token of the session before.
        MockBrowser browser = new MockBrowser(mvc);
        browser.perform(signIn(newAdmin())).andExpect(redirectedUrl("/admin"));
        ContentOverview.Item faq = firstFaq();
        String editor = "/admin/content/faq/" + faq.id();

        browser.perform(expired(post(editor)).param("version", "0")
                        .param("fields[question]", "Q from the old tab").param("fields[answer]", "A from the old tab")
                        .param("action", "save"))
                .andExpect(status().isSeeOther()).andExpect(redirectedUrl(editor));

        Document page = Html.parse(browser.perform(get(editor)).andReturn());
        assertThat(page.select("#field-answer").text()).isEqualTo("A from the old tab");
        assertThat(page.select("main .notice--warning").text()).contains("not saved yet");
    }

    private Document afterSigningInAgain(MockHttpServletRequestBuilder expiredPost, String editor) throws Exception {
        MockBrowser browser = new MockBrowser(mvc);
        browser.perform(expiredPost).andExpect(status().isSeeOther()).andExpect(redirectedUrl("/admin/login"));
        Document page = signInAgainAndOpen(browser, editor);
        assertThat(page.select("main .notice--warning").text()).contains("not saved yet");
        return page;
    }

    /** Signs in with the target the sign-in page carries, which must be the editor, and opens it. */
    private Document signInAgainAndOpen(MockBrowser browser, String editor) throws Exception {
        Document signInPage = Html.parse(browser.perform(get("/admin/login")).andReturn());
        assertThat(signInPage.select("input[name=target]").val()).isEqualTo(editor);
        browser.perform(signIn(newAdmin()).param("target", editor)).andExpect(redirectedUrl(editor));
        return Html.parse(browser.perform(get(editor)).andExpect(status().isOk()).andReturn());
    }

    private static MockHttpServletRequestBuilder expired(MockHttpServletRequestBuilder post) {
        return EndedSessions.expired(post);
    }

    private static MockHttpServletRequestBuilder signIn(String name) {
        return EndedSessions.signIn(name, PASSWORD);
    }

    private String stored(MockBrowser browser) {
        return EndedSessions.stored(jdbc, browser);
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
