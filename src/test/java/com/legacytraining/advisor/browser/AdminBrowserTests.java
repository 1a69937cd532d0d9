package com.legacytraining.advisor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.legacytraining.advisor.admin.AdminUserService;
import com.legacytraining.advisor.content.ContentEditing;
import com.legacytraining.advisor.content.ContentKind;
import com.legacytraining.advisor.content.ContentSnapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The admin area as an editor uses it: sign-in, editing with preview and publish, history, compare, restore,
 * the conflict page and the account pages, each checked with axe and photographed.
 *
 * <p>Other browser test classes share this application and its database, so every test leaves the seeded
 * content exactly as it found it: what it publishes it publishes back, what it drafts it discards.
 */
class AdminBrowserTests extends BrowserTest {

    static final String USERNAME = "browser-admin";
    static final String PASSWORD = "a long test passphrase";

    static final String FIRST_QUESTION = "Is PMVA the same as breakaway training?";
    static final String SECOND_QUESTION = "Can some settings need PMVA rather than breakaway training?";
    static final String SEEDED_ANSWER = "No. PMVA is usually broader and includes prevention, de-escalation and "
            + "safer response, while breakaway training is usually more focused on disengagement and personal safety.";
    static final String EDITED_ANSWER = "No. PMVA covers prevention, de-escalation and safer response; "
            + "breakaway training covers disengagement only. Edited in a browser test.";

    private final AdminUserService admins;
    private final ContentEditing editing;
    private final Path backups;
    private final HttpClient http = HttpClient.newHttpClient();

    AdminBrowserTests(@Autowired AdminUserService admins, @Autowired ContentEditing editing,
            @Value("${advisor.backup.directory}") Path backups) {
        this.admins = admins;
        this.editing = editing;
        this.backups = backups;
    }

    @BeforeEach
    void createTheTestAdmin() {
        // The context is shared: the bootstrap admin has a random password, so bring our own.
        if (!admins.exists(USERNAME)) {
            admins.create(USERNAME, PASSWORD, "test");
        }
    }

    @Test
    void adminEditsPreviewsPublishesComparesAndRestoresAnFaqAnswer() {
        signOut();
        open("/admin/login");
        driver().findElement(By.id("username")).sendKeys(USERNAME);
        driver().findElement(By.id("password")).sendKeys(PASSWORD);
        navigate(button("Sign in"));

        assertThat(heading()).isEqualTo("Dashboard");
        check("dashboard");

        navigate(driver().findElement(By.linkText(FIRST_QUESTION)));
        String editPath = pathOf(driver().getCurrentUrl());
        long id = Long.parseLong(editPath.substring(editPath.lastIndexOf('/') + 1));
        Map<String, String> seed = editing.item(ContentKind.FAQ, id).published();
        assertThat(seed).containsEntry("answer", SEEDED_ANSWER);
        try {
            assertThat(heading()).isEqualTo("Edit FAQ entry: " + FIRST_QUESTION);
            check("edit");

            WebElement answer = driver().findElement(By.id("field-answer"));
            answer.clear();
            answer.sendKeys(EDITED_ANSWER);
            navigate(button("Preview"));

            assertThat(driver().findElement(By.cssSelector(".preview")).getText()).contains(EDITED_ANSWER);
            assertThat(driver().findElement(By.id("field-answer")).getDomProperty("value")).isEqualTo(EDITED_ANSWER);
            assertThat(publicFaq()).as("public FAQ after a preview").contains(SEEDED_ANSWER).doesNotContain(EDITED_ANSWER);
            check("edit-preview");

            driver().findElement(By.id("field-changeNote")).sendKeys("Shorter answer");
            navigate(button("Publish"));

            assertThat(successMessage()).isEqualTo("Published. The public site shows it now.");
            assertThat(publicFaq()).as("public FAQ after publishing").contains(EDITED_ANSWER).doesNotContain(SEEDED_ANSWER);

            navigate(driver().findElement(By.cssSelector(".state-bar")).findElement(By.linkText("History")));
            assertThat(heading()).isEqualTo("History: " + FIRST_QUESTION);
            assertThat(driver().findElement(By.cssSelector("table")).getText())
                    .contains("Revision 2", "Shorter answer", "Revision 1", "Original version");
            check("history");

            driver().findElement(By.id("from-1")).click();
            driver().findElement(By.id("to-2")).click();
            navigate(button("Compare selected revisions"));

            assertThat(heading()).isEqualTo("Compare revisions 1 and 2: " + FIRST_QUESTION);
            assertThat(driver().findElement(By.cssSelector(".diff-line--removed")).getText()).contains(SEEDED_ANSWER);
            assertThat(driver().findElement(By.cssSelector(".diff-line--added")).getText()).contains(EDITED_ANSWER);
            assertThat(driver().findElement(By.cssSelector(".diff-line--removed del")).getText().strip())
                    .isEqualTo("is usually broader and includes");
            assertThat(driver().findElement(By.cssSelector(".diff-line--added ins")).getText().strip()).isEqualTo("covers");
            check("compare");

            navigate(driver().findElement(By.linkText("Back to history")));
            navigate(driver().findElement(By.linkText("Revision 1")));

            assertThat(heading()).isEqualTo("Revision 1: " + FIRST_QUESTION);
            assertThat(mainText()).contains("Change note: Original version", SEEDED_ANSWER);
            check("revision");

            navigate(button("Restore as draft"));

            assertThat(pathOf(driver().getCurrentUrl())).isEqualTo(editPath);
            assertThat(successMessage()).startsWith("The old revision is loaded as a draft.");
            assertThat(driver().findElement(By.id("field-answer")).getDomProperty("value")).isEqualTo(SEEDED_ANSWER);
            assertThat(publicFaq()).as("public FAQ after restoring as a draft").contains(EDITED_ANSWER);

            driver().findElement(By.id("field-changeNote")).sendKeys("Back to the original");
            navigate(button("Publish"));

            assertThat(successMessage()).isEqualTo("Published. The public site shows it now.");
            assertThat(publicFaq()).as("public FAQ after publishing the restored revision")
                    .contains(SEEDED_ANSWER).doesNotContain(EDITED_ANSWER);
        }
        finally {
            putBack(id, seed);
        }
    }

    @Test
    void savingAFormThatSomeoneElseChangedShowsBothVersions() {
        signIn();
        open("/admin");
        navigate(driver().findElement(By.linkText(SECOND_QUESTION)));
        String editPath = pathOf(driver().getCurrentUrl());
        long id = Long.parseLong(editPath.substring(editPath.lastIndexOf('/') + 1));
        ContentSnapshot before = editing.item(ContentKind.FAQ, id);
        try {
            // Someone else saves a draft after this form was opened.
            Map<String, String> theirs = new LinkedHashMap<>(before.published());
            theirs.put("answer", "Their answer, saved while the form was open.");
            editing.saveDraft(ContentKind.FAQ, id, before.version(), theirs, "other-admin");

            WebElement answer = driver().findElement(By.id("field-answer"));
            answer.clear();
            answer.sendKeys("My answer, based on the old version.");
            navigate(button("Save draft"));

            assertThat(heading()).isEqualTo("Someone else changed this while you were editing");
            assertThat(mainText()).contains("other-admin", "Their answer, saved while the form was open.",
                    "My answer, based on the old version.");
            assertThat(driver().findElements(By.cssSelector(".compare-table ins")).stream().map(WebElement::getText))
                    .contains("My").doesNotContain("Their");
            assertThat(driver().findElements(By.cssSelector(".compare-table del")).stream().map(WebElement::getText))
                    .contains("Their").doesNotContain("My");
            assertThat(driver().findElement(By.id("field-answer")).getDomProperty("value"))
                    .isEqualTo("My answer, based on the old version.");
            assertThat(editing.item(ContentKind.FAQ, id).draft())
                    .containsEntry("answer", "Their answer, saved while the form was open.");
            check("conflict");
        }
        finally {
            ContentSnapshot now = editing.item(ContentKind.FAQ, id);
            if (now.hasDraft()) {
                editing.discardDraft(ContentKind.FAQ, id, now.version(), "browser-test");
            }
            assertThat(editing.item(ContentKind.FAQ, id).published()).isEqualTo(before.published());
        }
    }

    @Test
    void invalidFormShowsAnErrorSummaryAndKeepsWhatTheAdminTyped() {
        signIn();
        open("/admin");
        navigate(driver().findElement(By.linkText(FIRST_QUESTION)));
        String editPath = pathOf(driver().getCurrentUrl());
        long id = Long.parseLong(editPath.substring(editPath.lastIndexOf('/') + 1));

        driver().findElement(By.id("field-question")).clear();
        WebElement answer = driver().findElement(By.id("field-answer"));
        answer.clear();
        answer.sendKeys("An answer worth keeping.");
        driver().findElement(By.id("field-changeNote")).sendKeys("A note worth keeping");
        navigate(button("Save draft"));

        assertThat(driver().getTitle()).startsWith("Error: ");
        WebElement summary = driver().findElement(By.cssSelector(".error-summary"));
        assertThat(summary.getText()).contains("There is a problem", "Question: Enter a value");
        assertThat(focused()).as("focus on load").isEqualTo(summary);
        assertThat(driver().findElement(By.id("field-question")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver().findElement(By.id("field-question")).getAttribute("aria-describedby"))
                .contains("field-question-error");
        assertThat(driver().findElement(By.id("field-answer")).getDomProperty("value")).isEqualTo("An answer worth keeping.");
        assertThat(driver().findElement(By.id("field-changeNote")).getDomProperty("value")).isEqualTo("A note worth keeping");
        assertThat(editing.item(ContentKind.FAQ, id).hasDraft()).as("draft saved despite errors").isFalse();
        check("edit-errors");

        summary.findElement(By.linkText("Question: Enter a value")).click();
        assertThat(focused().getAttribute("id")).isEqualTo("field-question");
    }

    @Test
    void signInPageAndItsErrorSummaryAreAccessible() {
        signOut();
        open("/admin/login");
        assertThat(heading()).isEqualTo("Sign in");
        check("login");

        // A name no admin has, so the failure counts towards no real account's lockout.
        driver().findElement(By.id("username")).sendKeys("no-such-admin");
        driver().findElement(By.id("password")).sendKeys("not the password");
        navigate(button("Sign in"));

        assertThat(pathOf(driver().getCurrentUrl())).isEqualTo("/admin/login");
        assertThat(driver().getTitle()).startsWith("Error: ");
        WebElement summary = driver().findElement(By.cssSelector(".error-summary"));
        assertThat(summary.getText()).contains("Enter a correct username and password.");
        assertThat(focused()).as("focus on load").isEqualTo(summary);
        assertThat(driver().findElement(By.id("username")).getDomProperty("value")).isEqualTo("no-such-admin");
        assertThat(driver().findElement(By.id("password")).getDomProperty("value")).isEmpty();
        check("login-error");
    }

    @Test
    void signInFormCanBeCompletedWithTheKeyboardAlone() {
        signOut();
        open("/admin/login");

        WebElement focus = pressTab();
        for (int tabs = 1; tabs < 5 && !"username".equals(focus.getAttribute("id")); tabs++) {
            focus = pressTab();
        }
        assertThat(focus.getAttribute("id")).isEqualTo("username");
        press(USERNAME);
        assertThat(pressTab().getAttribute("id")).isEqualTo("password");
        press(PASSWORD);
        andWaitForNewPage(() -> press(Keys.ENTER));

        assertThat(pathOf(driver().getCurrentUrl())).isEqualTo("/admin");
        assertThat(heading()).isEqualTo("Dashboard");
    }

    @Test
    void auditLogAdminsAndPasswordPagesAreAccessible() {
        signIn();

        open("/admin/audit");
        assertThat(heading()).isEqualTo("Audit log");
        assertThat(mainText()).contains("sign-in");
        check("audit");

        open("/admin/users");
        assertThat(heading()).isEqualTo("Admins");
        assertThat(mainText()).contains(USERNAME);
        check("users");

        open("/admin/account/password");
        assertThat(heading()).isEqualTo("Change your password");
        check("password");
    }

    /** An admin added by another signs in with a password someone else knows: every page asks them to change it. */
    @Test
    void anAdminWithAPasswordSomeoneElseSetIsAskedToChooseTheirOwn() {
        signOut();
        String name = "handed-" + System.nanoTime();
        admins.create(name, PASSWORD, USERNAME, "browser-" + name);
        signInAsAdmin(name, PASSWORD);

        open("/admin");
        WebElement notice = driver().findElement(By.cssSelector(".password-change-due"));
        assertThat(notice.getText()).contains("someone else set");
        check("password-change-due");

        navigate(notice.findElement(By.linkText("change your password")));
        assertThat(heading()).isEqualTo("Change your password");
        assertThat(driver().findElement(By.cssSelector(".password-change-due")).getText()).contains("Choose your own below");
        check("password-change-due-here");
        driver().findElement(By.id("currentPassword")).sendKeys(PASSWORD);
        driver().findElement(By.id("newPassword")).sendKeys("my very own passphrase");
        driver().findElement(By.id("confirmPassword")).sendKeys("my very own passphrase");
        navigate(button("Change password"));

        assertThat(successMessage()).contains("Your password has been changed");
        assertThat(driver().findElements(By.cssSelector(".password-change-due"))).isEmpty();
    }

    /** The test database is in memory and cannot be backed up: the list shows a file put there, the button a failure. */
    @Test
    void backupsPageAndItsFailureNoticeAreAccessible() throws Exception {
        Files.createDirectories(backups);
        Path listed = backups.resolve("training-advisor-20261127-093000.zip");
        if (!Files.exists(listed)) {
            Files.write(listed, new byte[] { 'P', 'K', 5, 6 });
        }
        signIn();

        open("/admin/backups");
        assertThat(heading()).isEqualTo("Backups");
        assertThat(mainText()).contains("training-advisor-20261127-093000.zip");
        check("backups");

        navigate(button("Make a backup now"));
        assertThat(pathOf(driver().getCurrentUrl())).isEqualTo("/admin/backups");
        assertThat(mainText()).contains("The backup could not be written to");
        check("backups-failed");
    }

    private void check(String screenshotName) {
        checkPage("admin-" + screenshotName);
    }

    private void signIn() {
        signInAsAdmin(USERNAME, PASSWORD);
    }

    private void signOut() {
        open("/admin/login");
        driver().manage().deleteAllCookies();
    }

    /** Publishes the seeded text back if a failed run left anything else, so other classes see the seed. */
    private void putBack(long id, Map<String, String> seed) {
        ContentSnapshot now = editing.item(ContentKind.FAQ, id);
        if (!now.published().equals(seed)) {
            editing.publish(ContentKind.FAQ, id, now.version(), seed, "Put back after a failed browser test",
                    "browser-test");
        }
        else if (now.hasDraft()) {
            editing.discardDraft(ContentKind.FAQ, id, now.version(), "browser-test");
        }
    }

    private String successMessage() {
        return driver().findElement(By.cssSelector(".notice--success")).getText();
    }

    private String pathOf(String url) {
        return URI.create(url).getPath();
    }

    /** The public FAQ as a visitor who is not signed in gets it, outside the admin's browser. */
    private String publicFaq() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/faq")).build(),
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
}
