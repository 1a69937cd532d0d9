package com.legacytraining.advisor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.legacytraining.advisor.admin.AdminUserService;
import com.legacytraining.advisor.content.ContentDashboard;
import com.legacytraining.advisor.content.ContentEditing;
import com.legacytraining.advisor.content.ContentKind;
import com.legacytraining.advisor.content.ContentOverview;
import com.legacytraining.advisor.content.ContentSnapshot;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A session that ends while a page is open, as a person meets it: they typed, went away, came back and
 * pressed the button. The session "ends" by the browser losing its session cookie, as after a timeout.
 * Nothing typed is lost, and nothing is saved without signing in again.
 */
class SessionExpiryBrowserTests extends BrowserTest {

    static final String USERNAME = "expiry-browser-admin";
    static final String PASSWORD = "a long expiry passphrase";

    private final AdminUserService admins;
    private final ContentEditing editing;
    private final ContentDashboard dashboard;

    SessionExpiryBrowserTests(@Autowired AdminUserService admins, @Autowired ContentEditing editing,
            @Autowired ContentDashboard dashboard) {
        this.admins = admins;
        this.editing = editing;
        this.dashboard = dashboard;
    }

    @BeforeEach
    void startSignedOut() {
        if (!admins.exists(USERNAME)) {
            admins.create(USERNAME, PASSWORD, "test");
        }
        open("/admin/login");
        driver().manage().deleteAllCookies();
    }

    @Test
    void anExpiredSignInPageComesBackWithTheUsernameAndGoesOnToThePageAskedFor() {
        ContentOverview.Item faq = lastFaq();
        String editor = "/admin/content/faq/" + faq.id();
        open(editor);
        assertThat(path()).isEqualTo("/admin/login");
        driver().findElement(By.id("username")).sendKeys(USERNAME);

        sessionEnds();
        driver().findElement(By.id("password")).sendKeys(PASSWORD);
        navigate(button("Sign in"));

        assertThat(path()).isEqualTo("/admin/login");
        assertThat(heading()).isEqualTo("Sign in");
        assertThat(mainText()).contains("This sign-in page was open too long, so it was refreshed to keep your "
                + "account safe. Enter your password again.");
        assertThat(driver().findElement(By.id("username")).getDomProperty("value")).isEqualTo(USERNAME);
        assertThat(driver().findElement(By.id("password")).getDomProperty("value")).isEmpty();
        checkPage("sign-in-expired");

        driver().findElement(By.id("password")).sendKeys(PASSWORD);
        navigate(button("Sign in"));

        assertThat(path()).isEqualTo(editor);
        assertThat(heading()).isEqualTo("Edit FAQ entry: " + faq.label());
    }

    @Test
    void whatWasTypedIntoAnEditorWhenTheSessionEndedIsBackAfterSigningInAndSavesWithTheNextPress() {
        ContentOverview.Item faq = lastFaq();
        String editor = "/admin/content/faq/" + faq.id();
        ContentSnapshot before = editing.item(ContentKind.FAQ, faq.id());
        String typed = "An answer typed over twenty minutes, before the session ended.";
        try {
            signInAsAdmin(USERNAME, PASSWORD);
            open(editor);
            WebElement answer = driver().findElement(By.id("field-answer"));
            answer.clear();
            answer.sendKeys(typed);
            driver().findElement(By.id("field-changeNote")).sendKeys("Typed before the break");

            sessionEnds();
            navigate(button("Save draft"));

            assertThat(path()).isEqualTo("/admin/login");
            assertThat(mainText()).contains("Your session ended before your changes were saved. Sign in again and "
                    + "what you typed will be back in the form, not yet saved.");
            checkPage("sign-in-kept");
            assertThat(editing.item(ContentKind.FAQ, faq.id())).as("nothing saved").isEqualTo(before);

            driver().findElement(By.id("username")).sendKeys(USERNAME);
            driver().findElement(By.id("password")).sendKeys(PASSWORD);
            navigate(button("Sign in"));

            assertThat(path()).isEqualTo(editor);
            assertThat(driver().findElement(By.cssSelector(".notice--warning")).getText())
                    .contains("Your session ended before this was saved.", "not saved yet");
            assertThat(driver().findElement(By.id("field-answer")).getDomProperty("value")).isEqualTo(typed);
            assertThat(driver().findElement(By.id("field-changeNote")).getDomProperty("value"))
                    .isEqualTo("Typed before the break");
            checkPage("edit-kept");

            navigate(button("Save draft"));

            assertThat(driver().findElement(By.cssSelector(".notice--success")).getText())
                    .isEqualTo("Draft saved. The public site still shows the published version.");
            assertThat(editing.item(ContentKind.FAQ, faq.id()).draft()).containsEntry("answer", typed);
        }
        finally {
            ContentSnapshot now = editing.item(ContentKind.FAQ, faq.id());
            if (now.hasDraft() && !before.hasDraft()) {
                editing.discardDraft(ContentKind.FAQ, faq.id(), now.version(), "browser-test");
            }
            assertThat(editing.item(ContentKind.FAQ, faq.id()).published()).isEqualTo(before.published());
        }
    }

    /** The session ends as after a timeout: the browser's session cookie no longer names a live session. */
    private void sessionEnds() {
        driver().manage().deleteCookieNamed("SESSION");
    }

    /** An FAQ entry the other admin browser tests leave alone. */
    private ContentOverview.Item lastFaq() {
        List<ContentOverview.Item> faqs = dashboard.overview().pages().get(0).faqs();
        return faqs.get(faqs.size() - 1);
    }

    private String path() {
        return URI.create(driver().getCurrentUrl()).getPath();
    }
}
