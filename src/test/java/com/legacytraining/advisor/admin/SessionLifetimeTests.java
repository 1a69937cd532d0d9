package com.legacytraining.advisor.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.legacytraining.advisor.Html;
import com.legacytraining.advisor.IsolatedWebIntegrationTest;
import com.legacytraining.advisor.MockBrowser;
import com.legacytraining.advisor.MutableClock;
import com.legacytraining.advisor.content.ContentDashboard;
import java.time.Duration;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A session ends eight hours after signing in however busy it was, and nothing typed is lost to that.
 * Each test moves the clock on by hours, so the class has a context (and a clock) of its own.
 */
@IsolatedWebIntegrationTest
class SessionLifetimeTests {

    private static final String PASSWORD = "a passphrase for a long day";

    @Autowired
    MockMvc mvc;

    @Autowired
    AdminUserService users;

    @Autowired
    ContentDashboard dashboard;

    @Autowired
    MutableClock clock;

    @Autowired
    SecondFactorPolicy policy;

    @Autowired
    RecoveryCodes recoveryCodes;

    @Autowired
    PublicKeyCredentialUserEntityRepository userEntities;

    @Autowired
    UserCredentialRepository credentials;

    @Test
    void aSessionEndsEightHoursAfterSigningInHoweverBusyItWas() throws Exception {
        MockBrowser browser = signIn(newAdmin(), PASSWORD);
        clock.advance(Duration.ofHours(8).minusSeconds(1));
        browser.perform(get("/admin/audit")).andExpect(status().isOk());

        clock.advance(Duration.ofSeconds(1));
        browser.perform(get("/admin/audit")).andExpect(status().isSeeOther()).andExpect(redirectedUrl("/admin/login"));

        Document signInPage = Html.parse(browser.perform(get("/admin/login")).andReturn());
        assertThat(signInPage.select("main .notice").text()).isEqualTo("You have been "
                + "signed in for as long as one session may last, so you were signed out to keep your account safe. "
                + "Sign in again to carry on.");
        assertThat(signInPage.select("input[name=target]").val())
                .isEqualTo("/admin/audit");
        browser.perform(get("/admin")).andExpect(redirectedUrl("/admin/login"));
    }

    @Test
    void signingInAgainStartsANewLifetime() throws Exception {
        String frank = newAdmin();
        MockBrowser browser = signIn(frank, PASSWORD);
        clock.advance(Duration.ofHours(9));
        browser.perform(get("/admin")).andExpect(redirectedUrl("/admin/login"));

        browser.perform(post("/admin/login").with(csrf()).param("username", frank).param("password", PASSWORD)
                .param("target", "/admin/audit")).andExpect(redirectedUrl("/admin/audit"));
        browser.perform(get("/admin/audit")).andExpect(status().isOk());
    }

    @Test
    void changingThePasswordDoesNotLengthenTheSession() throws Exception {
        String grace = newAdmin();
        MockBrowser browser = signIn(grace, PASSWORD);
        clock.advance(Duration.ofHours(5));
        String newPassword = "a password changed after five hours";
        browser.perform(post("/admin/account/password").with(csrf()).param("currentPassword", PASSWORD)
                .param("newPassword", newPassword).param("confirmPassword", newPassword))
                .andExpect(redirectedUrl("/admin"));
        browser.perform(get("/admin")).andExpect(status().isOk());

        clock.advance(Duration.ofHours(3));
        browser.perform(get("/admin")).andExpect(redirectedUrl("/admin/login"));
    }

    @Test
    void whatWasTypedWhenTheLifetimeEndedIsBackAfterSigningIn() throws Exception {
        String henry = newAdmin();
        MockBrowser browser = signIn(henry, PASSWORD);
        String editor = "/admin/content/faq/" + dashboard.overview().pages().get(0).faqs().get(0).id();
        clock.advance(Duration.ofHours(8));

        browser.perform(post(editor).with(csrf()).header("Origin", "http://localhost").param("version", "0")
                        .param("fields[question]", "Typed in the ninth hour")
                        .param("fields[answer]", "An answer typed as the session ran out.").param("action", "save"))
                .andExpect(status().isSeeOther()).andExpect(redirectedUrl("/admin/login"));
        Document signInPage = Html.parse(browser.perform(get("/admin/login")).andReturn());
        assertThat(signInPage.select("main .notice").text()).startsWith(
                "Your session ended before your changes were saved.");

        browser.perform(post("/admin/login").with(csrf()).param("username", henry).param("password", PASSWORD)
                .param("target", signInPage.select("input[name=target]").val())).andExpect(redirectedUrl(editor));
        Document page = Html.parse(browser.perform(get(editor)).andExpect(status().isOk()).andReturn());
        assertThat(page.select("#field-answer").text())
                .isEqualTo("An answer typed as the session ran out.");
    }

    @Test
    void anAdminHeldAtThePasskeysPageIsAskedForTheirPasswordAgainAfterFiveMinutes() throws Exception {
        policy.setRequired(true);
        try {
            MockBrowser browser = signIn(newAdmin(), PASSWORD);
            clock.advance(Duration.ofMinutes(5));
            browser.perform(post("/admin/account/passkeys/options").with(csrf())).andExpect(status().isOk());

            clock.advance(Duration.ofSeconds(1));
            browser.perform(post("/admin/account/passkeys/options").with(csrf()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().json("{\"error\":\"passkeys.error.passwordRequired\"}"));
        } finally {
            policy.setRequired(false);
        }
    }

    @Test
    void whatWasTypedWhenTheLifetimeEndedIsBackAfterTheSecondFactor() throws Exception {
        String iris = newAdmin();
        StoredPasskeys.give(userEntities, credentials, iris, "Phone");
        String code = recoveryCodes.make(iris).get(0);
        MockBrowser browser = signIn(iris, PASSWORD);
        String editor = "/admin/content/faq/" + dashboard.overview().pages().get(0).faqs().get(0).id();
        clock.advance(Duration.ofHours(8));
        policy.setRequired(true);
        try {
            browser.perform(post(editor).with(csrf()).header("Origin", "http://localhost").param("version", "0")
                            .param("fields[question]", "Typed before the second factor")
                            .param("fields[answer]", "An answer kept through the recovery code.")
                            .param("action", "save"))
                    .andExpect(redirectedUrl("/admin/login"));
            String target = Html.parse(browser.perform(get("/admin/login")).andReturn())
                    .select("input[name=target]").val();
            browser.perform(post("/admin/login").with(csrf()).param("username", iris).param("password", PASSWORD)
                    .param("target", target)).andExpect(redirectedUrl(editor));
            browser.perform(get(editor)).andExpect(redirectedUrl("/admin/login/second-factor"));
            browser.perform(post("/admin/login/second-factor").with(csrf()).param("code", code))
                    .andExpect(redirectedUrl(editor));

            Document page = Html.parse(browser.perform(get(editor)).andExpect(status().isOk()).andReturn());
            assertThat(page.select("#field-answer").text()).isEqualTo("An answer kept through the recovery code.");
        } finally {
            policy.setRequired(false);
        }
    }

    private MockBrowser signIn(String name, String password) throws Exception {
        MockBrowser browser = new MockBrowser(mvc);
        browser.perform(post("/admin/login").with(csrf()).param("username", name).param("password", password))
                .andExpect(redirectedUrl("/admin"));
        return browser;
    }

    private String newAdmin() {
        String name = "lifetime-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(name, PASSWORD, "test");
        return name;
    }
}
