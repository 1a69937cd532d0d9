package com.legacytraining.advisor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.legacytraining.advisor.admin.AdminUserService;
import com.legacytraining.advisor.admin.SecondFactorPolicy;
import com.legacytraining.advisor.history.AuditLog;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Passkeys in a real browser, with Chromium's virtual authenticator standing in for a phone or a security key:
 * registering one, the recovery codes shown once, signing in with it, and, with a second factor required,
 * password and passkey, or password and recovery code.
 */
class PasskeyBrowserTests extends BrowserTest {

    private static final String PASSWORD = "a long passkey test passphrase";

    private final AdminUserService admins;
    private final SecondFactorPolicy policy;
    private final AuditLog audit;
    private VirtualAuthenticator authenticator;

    PasskeyBrowserTests(@Autowired AdminUserService admins, @Autowired SecondFactorPolicy policy,
            @Autowired AuditLog audit) {
        this.admins = admins;
        this.policy = policy;
        this.audit = audit;
    }

    @BeforeEach
    void addAuthenticator() {
        authenticator = driver().addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                .setHasResidentKey(true)
                .setHasUserVerification(true)
                .setIsUserVerified(true)
                .setIsUserConsenting(true));
    }

    @AfterEach
    void removeAuthenticator() {
        policy.setRequired(false);
        driver().removeVirtualAuthenticator(authenticator);
        open("/admin/login");
        driver().manage().deleteAllCookies();
    }

    @Test
    void anAdminAddsAPasskeySeesTheirCodesOnceAndSignsInWithIt() {
        String name = newAdmin("passkey-browser");
        signInWithPassword(name);

        open("/admin/account/passkeys");
        assertThat(heading()).isEqualTo("Passkeys");
        assertThat(mainText()).contains("You have no passkeys yet.");
        checkPage("admin-passkeys-none");

        List<String> codes = addPasskey("Work laptop");
        assertThat(codes).hasSize(10);
        assertThat(driver().findElement(By.cssSelector("table")).getText()).contains("Work laptop");
        assertThat(driver().findElements(By.cssSelector("main h1, main h2")).stream().filter(WebElement::isDisplayed)
                .findFirst().orElseThrow().getTagName()).as("the first heading shown").isEqualTo("h1");
        assertThat(driver().findElement(By.cssSelector("table")).getText()).contains("Never");
        checkPage("admin-passkeys-codes");
        open("/admin/account/passkeys");
        assertThat(driver().findElements(By.cssSelector(".recovery-codes__list"))).isEmpty();
        assertThat(mainText()).contains("You have 10 unused recovery codes.");

        signOut();
        open("/admin/login");
        checkPage("admin-sign-in-passkey");
        String before = sessionCookie();
        assertThat(before).as("session id before signing in").isNotNull();
        andWaitForNewPage(button("Sign in with a passkey")::click);
        assertThat(heading()).isEqualTo("Dashboard");
        assertThat(driver().findElement(By.cssSelector(".site-nav")).getText()).contains(name);
        assertThat(sessionCookie()).as("session id after signing in with a passkey").isNotEqualTo(before);
        assertThat(audit.recent(0).getContent()).anyMatch(entry -> entry.actor().equals(name)
                && entry.action().equals("passkey-sign-in"));

        // A passkey session ends like a password one when the account is disabled.
        admins.setEnabled(idOf(name), false, "test");
        open("/admin");
        assertThat(driver().getCurrentUrl()).endsWith("/admin/login?ended");
    }

    @Test
    void aPasskeyAloneIsRefusedWithAClearMessageOnceASecondFactorIsRequired() {
        String name = newAdmin("passkey-alone");
        signInWithPassword(name);
        addPasskey("Tablet");
        signOut();
        open("/admin/login");
        policy.setRequired(true);

        button("Sign in with a passkey").click();
        WebElement alert = driver().findElement(By.cssSelector(".passkey-sign-in [role=alert]"));
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(d -> alert.isDisplayed());
        assertThat(alert.getText()).contains("Sign in with your password first");
        assertThat(driver().switchTo().activeElement()).isEqualTo(alert);
        checkPage("admin-sign-in-passkey-refused");
        assertThat(audit.recent(0).getContent()).anyMatch(entry -> entry.actor().equals(name)
                && entry.action().equals("second-factor-missing"));
    }

    @Test
    void withASecondFactorRequiredAnAdminUsesTheirPasskeyOrARecoveryCodeAfterThePassword() {
        String name = newAdmin("passkey-mfa");
        signInWithPassword(name);
        List<String> codes = addPasskey("Phone");
        signOut();
        policy.setRequired(true);

        open("/admin/backups");
        assertThat(driver().findElements(By.cssSelector(".passkey-sign-in"))).isEmpty();
        typePassword(name);
        assertThat(heading()).isEqualTo("Confirm it is you");
        checkPage("admin-second-factor");
        andWaitForNewPage(button("Use your passkey")::click);
        assertThat(heading()).as("the page asked for before signing in").isEqualTo("Backups");

        signOut();
        open("/admin/users");
        typePassword(name);
        driver().findElement(By.id("code")).sendKeys("wron-gcod-eeee");
        navigate(button("Use this code"));
        assertThat(driver().findElement(By.cssSelector(".error-summary")).getText())
                .contains("That recovery code is not correct");
        checkPage("admin-second-factor-wrong-code");
        driver().findElement(By.id("code")).sendKeys(codes.get(0));
        navigate(button("Use this code"));
        assertThat(heading()).as("the page asked for before signing in").isEqualTo("Admins");

        open("/admin/account/passkeys");
        navigate(driver().findElement(By.partialLinkText("Remove")));
        assertThat(driver().findElement(By.cssSelector("main [role=alert]")).getText())
                .contains("is your only passkey");
        assertThat(driver().findElements(By.cssSelector("main form"))).isEmpty();
        checkPage("admin-passkey-remove-last");
    }

    @Test
    void anAdminWithoutAPasskeyIsTakenToMakeOneWhenOneIsRequired() {
        String name = newAdmin("passkey-first");
        policy.setRequired(true);
        open("/admin/users");
        typePassword(name);

        assertThat(heading()).isEqualTo("Passkeys");
        assertThat(mainText()).contains("Every admin now needs a passkey");
        assertThat(driver().findElements(By.id("passkey-password"))).as("password just typed").isEmpty();
        List<String> codes = addPasskey("Security key");
        assertThat(codes).hasSize(10);
        andWaitForNewPage(driver().findElement(By.linkText("I have stored my codes: continue"))::click);
        assertThat(heading()).as("the page asked for before signing in").isEqualTo("Admins");
    }

    @Test
    void aWrongPasswordForANewPasskeyIsShownAsEveryOtherRefusedFormShowsIt() {
        String name = newAdmin("passkey-checks");
        signInWithPassword(name);
        open("/admin/account/passkeys");
        String title = driver().getTitle();
        driver().findElement(By.id("label")).sendKeys("Desk");
        driver().findElement(By.id("passkey-password")).sendKeys("not my password");
        button("Add a passkey").click();

        WebElement summary = waitForSummaryOf("passkey-password", "Your password is not correct");
        assertThat(driver().getTitle()).isEqualTo("Error: " + title);
        assertThat(focused()).as("focus after the refusal").isEqualTo(summary);
        assertInvalid("passkey-password", "Your password is not correct");
        assertThat(driver().findElement(By.id("passkey-password")).getDomProperty("value")).as("password").isEmpty();
        assertThat(driver().findElement(By.id("label")).getDomProperty("value")).isEqualTo("Desk");
        assertThat(button("Add a passkey").isEnabled()).isTrue();
        assertThat(driver().findElement(By.id("passkey-unsupported")).isDisplayed()).isFalse();
        checkPage("admin-passkeys-wrong-password");

        summary.findElement(By.linkText("Your password is not correct")).click();
        assertThat(focused().getDomAttribute("id")).isEqualTo("passkey-password");
        driver().findElement(By.id("passkey-password")).sendKeys(PASSWORD);
        andWaitForNewPage(button("Add a passkey")::click);
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(d -> heading().equals("Passkeys"));
        assertThat(driver().getTitle()).isEqualTo(title);
        assertThat(driver().findElement(By.cssSelector("table")).getText()).contains("Desk");
        assertThat(driver().findElements(By.cssSelector("[aria-invalid]"))).isEmpty();
        assertThat(driver().findElements(By.cssSelector(".error-summary"))).noneMatch(WebElement::isDisplayed);
    }

    @Test
    void theSameDeviceTwiceIsNamedAndAnEarlierWrongPasswordNoLongerMarked() {
        String name = newAdmin("passkey-twice");
        signInWithPassword(name);
        addPasskey("Desk");
        open("/admin/account/passkeys");
        String title = driver().getTitle();
        driver().findElement(By.id("label")).sendKeys("Desk again");
        driver().findElement(By.id("passkey-password")).sendKeys("not my password");
        button("Add a passkey").click();
        waitForSummaryOf("passkey-password", "Your password is not correct");

        driver().findElement(By.id("passkey-password")).sendKeys(PASSWORD);
        button("Add a passkey").click();
        WebElement summary = waitForSummaryOf(null, "This device already has a passkey for your account");
        assertThat(summary.getText()).doesNotContain("Your password is not correct");
        assertThat(focused()).as("focus after the refusal").isEqualTo(summary);
        assertThat(driver().getTitle()).isEqualTo("Error: " + title);
        WebElement password = driver().findElement(By.id("passkey-password"));
        assertThat(password.getDomAttribute("aria-invalid")).as("the password, now right").isNull();
        assertThat(password.getDomAttribute("aria-describedby")).isEqualTo("passkey-password-hint");
        assertThat(driver().findElement(By.id("passkey-password-error")).isDisplayed()).isFalse();
        assertThat(button("Add a passkey").isEnabled()).isTrue();
        checkPage("admin-passkeys-already");
    }

    @Test
    void aMissingNameIsShownAsEveryOtherRefusedFormShowsIt() {
        String name = newAdmin("passkey-unnamed");
        signInWithPassword(name);
        open("/admin/account/passkeys");
        String title = driver().getTitle();
        driver().findElement(By.id("passkey-password")).sendKeys(PASSWORD);
        button("Add a passkey").click();

        WebElement summary = waitForSummaryOf("label", "Enter a name for the passkey");
        assertThat(driver().getTitle()).isEqualTo("Error: " + title);
        assertThat(focused()).as("focus after the refusal").isEqualTo(summary);
        assertInvalid("label", "Enter a name for the passkey");
        assertThat(driver().findElement(By.id("passkey-password")).getDomProperty("value"))
                .as("a password is never kept in the page").isEmpty();
        checkPage("admin-passkeys-no-name");

        driver().findElement(By.id("label")).sendKeys("Tablet");
        driver().findElement(By.id("passkey-password")).sendKeys(PASSWORD);
        andWaitForNewPage(button("Add a passkey")::click);
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(d -> heading().equals("Passkeys"));
        assertThat(driver().findElement(By.cssSelector("table")).getText()).contains("Tablet");
    }

    @Test
    void aRefusedRequestForNewRecoveryCodesPutsTheFocusOnItsErrorSummary() {
        String name = newAdmin("passkey-codes");
        signInWithPassword(name);
        addPasskey("Laptop");
        open("/admin/account/passkeys");
        String title = driver().getTitle();
        driver().findElement(By.id("codes-password")).sendKeys("not my password");
        navigate(button("Make new recovery codes"));

        assertRefusedCodes(title);
        checkPage("admin-passkeys-codes-wrong-password");
    }

    /** A refusal of "Add a passkey" after refused recovery codes: the newer is the one shown and marked. */
    @Test
    void onlyTheLatestRefusalOnThePageIsShown() {
        String name = newAdmin("passkey-two-refusals");
        signInWithPassword(name);
        addPasskey("Laptop");
        open("/admin/account/passkeys");
        driver().findElement(By.id("codes-password")).sendKeys("not my password");
        navigate(button("Make new recovery codes"));
        driver().findElement(By.id("label")).sendKeys("Tablet");
        button("Add a passkey").click();

        WebElement summary = waitForSummaryOf("passkey-password", "Enter your password");
        assertThat(driver().findElements(By.cssSelector("main .error-summary")).stream().filter(WebElement::isDisplayed))
                .containsExactly(summary);
        assertThat(focused()).isEqualTo(summary);
        assertThat(driver().findElement(By.id("codes-password")).getDomAttribute("aria-invalid")).isNull();
        assertThat(driver().findElement(By.id("codes-password-error")).isDisplayed()).isFalse();
        checkPage("admin-passkeys-second-refusal");
    }

    @Test
    void aBrowserWithoutPasskeysSaysSoWithoutTakingTheFocusFromARefusal() {
        String name = newAdmin("passkey-unsupported");
        signInWithPassword(name);
        addPasskey("Laptop");
        // As in a browser without WebAuthn, or a page served over plain HTTP from anywhere but localhost.
        Object withoutPasskeys = cdp("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", "delete window.PublicKeyCredential;")).get("identifier");
        try {
            open("/admin/account/passkeys");
            String title = driver().getTitle();
            driver().findElement(By.id("codes-password")).sendKeys("not my password");
            navigate(button("Make new recovery codes"));
            assertRefusedCodes(title);
            assertUnsupportedSaid();
            checkPage("admin-passkeys-unsupported-codes-refused");

            open("/admin/account/passkeys");
            assertThat(driver().getTitle()).as("no refusal").isEqualTo(title);
            assertThat(focused().getTagName()).as("focus on load").isEqualTo("body");
            assertUnsupportedSaid();
        } finally {
            cdp("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", withoutPasskeys));
        }
    }

    /** The passkeys page says this browser cannot add a passkey, and offers no form to add one. */
    private void assertUnsupportedSaid() {
        WebElement unsupported = driver().findElement(By.id("passkey-unsupported"));
        assertThat(unsupported.isDisplayed()).isTrue();
        assertThat(unsupported.getText())
                .isEqualTo("This browser cannot use passkeys. Use a recent version of Chrome, Edge, Firefox"
                        + " or Safari.");
        assertThat(driver().findElement(By.id("passkey-register")).isDisplayed()).isFalse();
    }

    /** The passkeys page has just refused new recovery codes for a wrong password, as the site refuses a form. */
    private void assertRefusedCodes(String title) {
        WebElement summary = topOfMain();
        assertThat(summary.getText()).contains("There is a problem", "Your password is not correct");
        assertThat(summary.findElement(By.linkText("Your password is not correct")).getDomAttribute("href"))
                .isEqualTo("#codes-password");
        assertThat(driver().getTitle()).isEqualTo("Error: " + title);
        assertThat(focused()).as("focus on load").isEqualTo(summary);
        assertInvalid("codes-password", "Your password is not correct");
        assertThat(driver().findElement(By.id("codes-password")).getDomProperty("value")).isEmpty();
    }

    /** Adds a passkey on the passkeys page; the recovery codes shown, if any. */
    private List<String> addPasskey(String label) {
        open("/admin/account/passkeys");
        driver().findElement(By.id("label")).sendKeys(label);
        driver().findElements(By.id("passkey-password")).forEach(field -> field.sendKeys(PASSWORD));
        andWaitForNewPage(button("Add a passkey")::click);
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(d -> heading().equals("Passkeys"));
        return driver().findElements(By.cssSelector(".recovery-codes__list code")).stream()
                .map(WebElement::getText).toList();
    }

    /**
     * Waits for the error summary at the top of main to say this, and returns it; with a field id, its words
     * link to that field.
     */
    private WebElement waitForSummaryOf(String fieldId, String problem) {
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(d -> topOfMain().isDisplayed()
                && topOfMain().getText().contains(problem));
        WebElement summary = topOfMain();
        assertThat(summary.getText()).contains("There is a problem");
        if (fieldId != null) {
            assertThat(summary.findElement(By.linkText(problem)).getDomAttribute("href")).isEqualTo("#" + fieldId);
        }
        return summary;
    }

    /** The first thing shown in main, where every page of the site shows its error summary. */
    private WebElement topOfMain() {
        return (WebElement) script("return Array.from(document.querySelector('main').children)"
                + ".find(child => getComputedStyle(child).display !== 'none');");
    }

    /** The field is marked invalid and described by its error message, which is shown beside it. */
    private void assertInvalid(String fieldId, String problem) {
        WebElement field = driver().findElement(By.id(fieldId));
        assertThat(field.getDomAttribute("aria-invalid")).as("aria-invalid of %s", fieldId).isEqualTo("true");
        assertThat(field.getDomAttribute("aria-describedby")).as("aria-describedby of %s", fieldId)
                .contains(fieldId + "-error");
        WebElement message = driver().findElement(By.id(fieldId + "-error"));
        assertThat(message.isDisplayed()).isTrue();
        assertThat(message.getDomProperty("textContent").replaceAll("\\s+", " ").trim()).isEqualTo("Error: " + problem);
    }

    private void signInWithPassword(String name) {
        signInAsAdmin(name, PASSWORD);
    }

    private void typePassword(String name) {
        driver().findElement(By.id("username")).sendKeys(name);
        driver().findElement(By.id("password")).sendKeys(PASSWORD);
        navigate(button("Sign in"));
    }

    private void signOut() {
        open("/admin/login");
        driver().manage().deleteAllCookies();
    }

    private String newAdmin(String prefix) {
        String name = prefix + "-" + Long.toString(System.nanoTime(), 36);
        admins.create(name, PASSWORD, "test");
        return name;
    }

    private String sessionCookie() {
        Cookie cookie = driver().manage().getCookieNamed("SESSION");
        return cookie == null ? null : cookie.getValue();
    }

    private long idOf(String name) {
        return admins.accounts().stream().filter(account -> account.username().equals(name)).findFirst()
                .orElseThrow().id();
    }
}
