package com.legacytraining.advisor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.legacytraining.advisor.admin.AdminUserService;
import com.legacytraining.advisor.questionnaire.scoring.Answers;
import com.legacytraining.advisor.questionnaire.scoring.QuestionDefinition;
import com.legacytraining.advisor.questionnaire.scoring.QuestionnaireDefinition;
import com.legacytraining.advisor.questionnaire.Scenarios;
import com.legacytraining.advisor.questionnaire.editing.QuestionnaireEditing;
import com.legacytraining.advisor.questionnaire.editing.Workspace;
import com.legacytraining.advisor.questionnaire.QuestionnaireService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Editing the questionnaire and its scenarios as an admin does: a points change saved to the draft, its impact
 * previewed, published with a note and a confirmation, seen by visitors, and undone from the history; each admin
 * page checked with axe and photographed.
 *
 * <p>Other browser test classes share this application and expect the seeded questionnaire, so every test
 * leaves it as seeded: the journey restores it through the admin pages, and {@link #putBackTheSeed()} does so
 * directly if a test failed half-way.
 */
class QuestionnaireAdminBrowserTests extends BrowserTest {

    static final String USERNAME = "browser-questionnaire-admin";
    static final String PASSWORD = "another long test passphrase";

    static final int AE_NURSES = 5;
    static final String STRONG_PMVA = "PMVA training is strongly recommended";
    static final String MODERATE_PMVA = "PMVA training is moderately recommended";
    static final String SCORING_CHANGED = "The scoring has changed since this link was made";

    private final AdminUserService admins;
    private final QuestionnaireEditing editing;
    private final QuestionnaireService questionnaire;
    private final HttpClient http = HttpClient.newHttpClient();

    QuestionnaireAdminBrowserTests(@Autowired AdminUserService admins, @Autowired QuestionnaireEditing editing,
            @Autowired QuestionnaireService questionnaire) {
        this.admins = admins;
        this.editing = editing;
        this.questionnaire = questionnaire;
    }

    @BeforeEach
    void createTheTestAdmin() {
        // The context is shared: the bootstrap admin has a random password, so bring our own.
        if (!admins.exists(USERNAME)) {
            admins.create(USERNAME, PASSWORD, "test");
        }
    }

    @Test
    void adminLowersEmergencyPointsPreviewsTheImpactPublishesAndRestoresTheOriginal() {
        QuestionnaireDefinition seed = questionnaire.current();
        String aeNurses = query(seed, scenario(AE_NURSES));
        String oldLink = "/questionnaire/result?" + aeNurses + "&v=" + seed.version();

        signIn();
        navigate(driver().findElement(By.linkText("Questionnaire")));
        assertThat(heading()).isEqualTo("Questionnaire");
        assertThat(mainText()).doesNotContain("Discard the draft");
        check("overview");

        navigate(driver().findElement(By.linkText(seed.question("physical-intervention").orElseThrow().text())));
        assertThat(heading()).isEqualTo("Edit question: physical-intervention");
        WebElement points = driver().findElement(By.id("opt-emergency-points"));
        assertThat(points.getDomProperty("value")).isEqualTo("3");
        check("question");

        points.clear();
        points.sendKeys("-10");
        navigate(button("Save to the draft"));

        assertThat(heading()).isEqualTo("Questionnaire");
        assertThat(successMessage()).startsWith("Saved to the draft.");
        assertThat(stateOf("physical-intervention")).isEqualTo("Changed in draft");
        assertThat(stateOf("setting")).isEqualTo("As published");
        assertThat(publicResult(aeNurses, seed.version())).as("public result while only a draft")
                .contains(STRONG_PMVA).doesNotContain(MODERATE_PMVA);
        check("overview-draft");

        navigate(driver().findElement(By.linkText("Preview the impact and publish")));
        assertThat(heading()).isEqualTo("What publishing the draft would change");
        WebElement aeRow = driver().findElement(By.xpath("//tr[td[contains(., 'A&E nurses')]]"));
        assertThat(aeRow.getText()).contains("Advice changes", "PMVA, strongly recommended",
                "PMVA, moderately recommended");
        check("preview");

        navigate(button("Publish the new version"));
        assertThat(driver().getTitle()).startsWith("Error: ");
        WebElement summary = driver().findElement(By.cssSelector(".error-summary"));
        assertThat(summary.getText()).contains("There is a problem", "Say what changed and why",
                "Confirm that the questionnaire should change the advice");
        assertThat(focused()).as("focus after a refused publish").isEqualTo(summary);
        assertThat(questionnaire.current().version()).as("version after a refused publish").isEqualTo(seed.version());
        check("preview-errors");

        driver().findElement(By.id("changeNote")).sendKeys("Emergency-only holds weigh less");
        driver().findElement(By.id("confirm")).click();
        navigate(button("Publish the new version"));

        assertThat(heading()).isEqualTo("Questionnaire");
        assertThat(successMessage()).isEqualTo("Published. Visitors now get the new version.");
        int published = questionnaire.current().version();
        assertThat(published).isEqualTo(seed.version() + 1);
        assertThat(publicResult(aeNurses, published)).as("public result after publishing")
                .contains(MODERATE_PMVA).doesNotContain(STRONG_PMVA).doesNotContain(SCORING_CHANGED);

        open(oldLink);
        assertThat(heading()).isEqualTo(MODERATE_PMVA);
        assertThat(mainText()).contains(SCORING_CHANGED);
        assertHeadingsInOrder();
        assertAccessible();
        assertNoRequestLeavesTheSite();
        assertFitsAPhoneScreen();
        screenshot("qadmin-result-scoring-changed");

        open("/admin/scenarios/run");
        assertThat(driver().findElement(By.cssSelector(".suite-summary")).getText()).contains("17 of 19 scenarios match");
        assertThat(driver().findElement(By.xpath("//tr[th/a[normalize-space()='A&E nurses']]")).getText())
                .contains("PMVA, strong", "PMVA, moderate", "Mismatch");
        check("scenario-run-mismatch");

        open("/admin/questionnaire");
        navigate(driver().findElement(By.linkText("History of published versions")));
        assertThat(heading()).isEqualTo("Questionnaire history");
        assertThat(driver().findElement(By.cssSelector("table")).getText())
                .contains("Revision 1", "Original version", "Revision 2", "Emergency-only holds weigh less");
        check("history");

        navigate(button("Compare selected revisions"));
        assertThat(heading()).isEqualTo("Compare questionnaire revisions 1 and 2");
        assertThat(mainText()).contains("Question 5 (Might they need to hold, restrain, escort or physically stop someone?): "
                + "option \"Possibly, in an emergency to prevent serious harm\": points");
        assertThat(driver().findElement(By.cssSelector(".diff-line--removed")).getText()).contains("3");
        assertThat(driver().findElement(By.cssSelector(".diff-line--added")).getText()).contains("-10");
        assertThat(driver().findElement(By.cssSelector(".diff-line--removed del")).getText()).isEqualTo("3");
        assertThat(driver().findElement(By.cssSelector(".diff-line--added ins")).getText()).isEqualTo("-10");
        check("compare");

        navigate(driver().findElement(By.linkText("Back to history")));
        navigate(driver().findElement(By.linkText("Revision 1")));
        assertThat(heading()).isEqualTo("Questionnaire revision 1");
        assertThat(mainText()).contains("Original version");
        check("revision");

        navigate(button("Restore as draft"));
        assertThat(heading()).isEqualTo("Questionnaire");
        assertThat(stateOf("physical-intervention")).isEqualTo("Changed in draft");
        navigate(driver().findElement(By.linkText("Preview the impact and publish")));
        assertThat(driver().findElement(By.xpath("//tr[td[contains(., 'A&E nurses')]]")).getText())
                .contains("Advice changes");
        driver().findElement(By.id("changeNote")).sendKeys("Back to the original scoring");
        driver().findElement(By.id("confirm")).click();
        navigate(button("Publish the new version"));

        assertThat(successMessage()).isEqualTo("Published. Visitors now get the new version.");
        assertThat(questionnaire.current().questions()).as("questions after restoring").isEqualTo(seed.questions());
        assertThat(publicResult(aeNurses, questionnaire.current().version())).as("public result after restoring")
                .contains(STRONG_PMVA).doesNotContain(MODERATE_PMVA);
    }

    @Test
    void pointsOutsideTheRangeShowAnErrorSummaryAndSaveNothing() {
        signIn();
        open("/admin/questionnaire/questions/physical-intervention");
        WebElement points = driver().findElement(By.id("opt-emergency-points"));
        points.clear();
        points.sendKeys("11");
        navigate(button("Save to the draft"));

        assertThat(driver().getTitle()).startsWith("Error: ");
        WebElement summary = driver().findElement(By.cssSelector(".error-summary"));
        assertThat(summary.getText()).contains("There is a problem", "Enter points as a whole number from -10 to 10");
        assertThat(focused()).as("focus on load").isEqualTo(summary);
        assertThat(driver().findElement(By.id("opt-emergency-points")).getDomProperty("value")).isEqualTo("11");
        assertThat(driver().findElement(By.id("opt-emergency-points")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(editing.workspace().hasDraft()).as("draft saved despite errors").isFalse();
        check("question-errors");

        summary.findElement(By.linkText("Enter points as a whole number from -10 to 10")).click();
        assertThat(focused().getDomAttribute("id")).isEqualTo("opt-emergency-points");
    }

    @Test
    void scenarioListFormAndSuiteRunAreAccessible() {
        signIn();
        navigate(driver().findElement(By.linkText("Scenarios")));
        assertThat(heading()).isEqualTo("Scenarios");
        assertThat(driver().findElement(By.id("active-scenarios")).getText()).contains("A&E nurses");
        check("scenarios");

        navigate(driver().findElement(By.linkText("Add a scenario")));
        assertThat(heading()).isEqualTo("Add a scenario");
        check("scenario-new");

        driver().findElement(By.id("scenario-name")).sendKeys("Half-filled scenario");
        navigate(button("Save scenario"));
        assertThat(driver().getTitle()).startsWith("Error: ");
        WebElement summary = driver().findElement(By.cssSelector(".error-summary"));
        assertThat(summary.getText()).contains("There is a problem", "Choose the expected recommendation");
        assertThat(focused()).as("focus on load").isEqualTo(summary);
        assertThat(driver().findElement(By.id("scenario-name")).getDomProperty("value")).isEqualTo("Half-filled scenario");
        check("scenario-errors");

        open("/admin/scenarios/run");
        assertThat(heading()).isEqualTo("Run the suite");
        assertThat(driver().findElement(By.cssSelector(".suite-summary")).getText()).contains("scenarios match");
        assertThat(driver().findElements(By.cssSelector(".suite-row--mismatch"))).as("mismatches with the seed").isEmpty();
        check("scenario-run");
    }

    /** Publishes revision 1 (the seed) again if a failed test left anything else live, and drops any draft. */
    @AfterEach
    void putBackTheSeed() {
        var original = editing.revision(1);
        if (original.isPresent()
                && !editing.definitionOf(original.get()).questions().equals(questionnaire.current().questions())) {
            editing.restoreAsDraft(1, "browser-test");
            editing.publish(editing.workspace().version(), "Put back after a failed browser test", true, "browser-test");
        }
        Workspace workspace = editing.workspace();
        if (workspace.hasDraft()) {
            editing.discardDraft(workspace.version(), "browser-test");
        }
    }

    private void check(String screenshotName) {
        checkPage("qadmin-" + screenshotName);
    }

    private void signIn() {
        signInAsAdmin(USERNAME, PASSWORD);
    }

    /** The text in the State column of a question's row on the overview. */
    private String stateOf(String questionKey) {
        return driver().findElement(By.xpath("//tr[td/code[normalize-space()='" + questionKey + "']]/td[4]")).getText();
    }

    private String successMessage() {
        return driver().findElement(By.cssSelector(".notice--success")).getText();
    }

    /** The result page as a visitor who is not signed in gets it, outside the admin's browser. */
    private String publicResult(String answers, int version) {
        try {
            URI uri = URI.create(baseUrl() + "/questionnaire/result?" + answers + "&v=" + version);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** The letters of a scenario in {@code scenarios.csv}, such as {@code "CCDCCACCCADB"}. */
    private static String scenario(int id) {
        return Scenarios.letters(id);
    }

    /** Letter N answers question N, A-E its options in order. */
    private static String query(QuestionnaireDefinition definition, String letters) {
        assertThat(letters).hasSize(definition.questions().size());
        Answers answers = Answers.none(definition);
        for (int i = 0; i < letters.length(); i++) {
            QuestionDefinition question = definition.questions().get(i);
            answers = answers.with(question.key(), question.options().get(letters.charAt(i) - 'A').key());
        }
        return answers.toQueryString();
    }
}
