package com.legacytraining.advisor.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.legacytraining.advisor.Html;
import com.legacytraining.advisor.MockBrowser;
import com.legacytraining.advisor.WebIntegrationTest;
import com.legacytraining.advisor.history.AuditLog;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Passkeys, recovery codes and the second factor, as far as they go without an authenticator (the browser test
 * {@code PasskeyBrowserTests} makes and uses real passkeys).
 */
@WebIntegrationTest
class PasskeyTests {

    private static final String PASSWORD = "the first long passphrase";

    @Autowired
    MockMvc mvc;

    @Autowired
    AdminUserService users;

    @Autowired
    SecondFactorPolicy policy;

    @Autowired
    RecoveryCodes recoveryCodes;

    @Autowired
    AuditLog audit;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PublicKeyCredentialUserEntityRepository userEntities;

    @Autowired
    UserCredentialRepository credentials;

    @AfterEach
    void requirementOff() {
        policy.setRequired(false);
    }

    @Test
    void recoveryCodesAreShownOnceAndKeptOnlyAsHashes() throws Exception {
        String name = newAdmin();
        givePasskey(name, "Phone");
        MockBrowser browser = signIn(name);

        browser.perform(post("/admin/account/passkeys/recovery-codes").with(csrf()).param("password", PASSWORD))
                .andExpect(redirectedUrl("/admin/account/passkeys"));
        Document first = Html.parse(browser.perform(get("/admin/account/passkeys")).andExpect(status().isOk())
                .andReturn());
        List<String> codes = first.select(".recovery-codes__list code").eachText();
        // 16 letters from 31 are about 79 random bits: enough to be kept as a plain SHA-256 hash.
        assertThat(codes).hasSize(10).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}"));
        assertThat(first.text()).contains("You have 10 unused recovery codes.");

        Document again = Html.parse(browser.perform(get("/admin/account/passkeys")).andReturn());
        assertThat(again.select(".recovery-codes__list")).isEmpty();
        List<String> stored = jdbc.sql("select code_hash from admin_recovery_code where username = ?").param(name)
                .query(String.class).list();
        assertThat(stored).hasSize(10).noneMatch(hash -> codes.stream().anyMatch(hash::contains));
        assertThat(audit.recent(0).getContent()).anyMatch(entry -> entry.actor().equals(name)
                && entry.action().equals("recovery-codes-made"));
    }

    @Test
    void withoutTheRequirementAPasswordAloneOpensTheAdminArea() throws Exception {
        signIn(newAdmin()).perform(get("/admin")).andExpect(status().isOk());
    }

    @Test
    void withTheRequirementAnAdminWithoutAPasskeyCanOnlyMakeOne() throws Exception {
        policy.setRequired(true);
        String name = newAdmin();
        MockBrowser browser = signIn(name);

        browser.perform(get("/admin")).andExpect(redirectedUrl("/admin/account/passkeys"));
        browser.perform(post("/admin/users").with(csrf()).param("username", "made-without-second-factor")
                .param("password", PASSWORD)).andExpect(redirectedUrl("/admin/account/passkeys"));
        assertThat(users.exists("made-without-second-factor")).isFalse();
        Document page = Html.parse(browser.perform(get("/admin/account/passkeys")).andExpect(status().isOk())
                .andReturn());
        assertThat(page.select(".notice--warning").text()).contains("Every admin now needs a passkey");
        browser.perform(post("/admin/account/passkeys/options").with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rp.id").value("localhost"))
                .andExpect(jsonPath("$.user.name").value(name))
                .andExpect(jsonPath("$.authenticatorSelection.userVerification").value("required"));
    }

    @Test
    void withTheRequirementAnAdminWithAPasskeyIsAskedForIt() throws Exception {
        policy.setRequired(true);
        String name = newAdmin();
        givePasskey(name, "Work laptop");
        MockBrowser browser = signIn(name);

        browser.perform(get("/admin")).andExpect(redirectedUrl("/admin/login/second-factor"));
        browser.perform(get("/admin/account/passkeys")).andExpect(redirectedUrl("/admin/login/second-factor"));
        Document page = Html.parse(browser.perform(get("/admin/login/second-factor")).andExpect(status().isOk())
                .andReturn());
        assertThat(page.select("h1").text()).isEqualTo("Confirm it is you");
        assertThat(page.select("form input[name=code]")).hasSize(1);
    }

    @Test
    void aRecoveryCodeStandsInForThePasskeyOnce() throws Exception {
        policy.setRequired(true);
        String name = newAdmin();
        givePasskey(name, "Phone");
        String code = recoveryCodes.make(name).get(3);

        MockBrowser browser = signIn(name);
        browser.perform(post("/admin/login/second-factor").with(csrf()).param("code", " " + code.toUpperCase() + " "))
                .andExpect(redirectedUrl("/admin"));
        browser.perform(get("/admin")).andExpect(status().isOk());
        assertThat(recoveryCodes.remaining(name)).isEqualTo(9);
        assertThat(audit.recent(0).getContent()).anyMatch(entry -> entry.actor().equals(name)
                && entry.action().equals("recovery-code-used") && entry.detail().equals("9 codes left"));

        MockBrowser another = signIn(name);
        Document refused = Html.parse(another.perform(post("/admin/login/second-factor").with(csrf())
                .param("code", code)).andExpect(status().isOk()).andReturn());
        assertThat(refused.select(".error-summary").text()).contains("not correct, or has been used");
        another.perform(get("/admin")).andExpect(redirectedUrl("/admin/login/second-factor"));
    }

    @Test
    void aRecoveryCodeSentTwiceAtTheSameMomentWorksOnlyOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 30; round++) {
                String name = newAdmin();
                String code = recoveryCodes.make(name).get(0);
                String address = "192.0.2." + (100 + round);
                CountDownLatch start = new CountDownLatch(1);
                Callable<RecoveryCodes.Outcome> attempt = () -> {
                    start.await();
                    return recoveryCodes.use(name, code, address);
                };
                Future<RecoveryCodes.Outcome> first = pool.submit(attempt);
                Future<RecoveryCodes.Outcome> second = pool.submit(attempt);
                start.countDown();

                assertThat(List.of(first.get(), second.get())).as("round %d", round)
                        .containsOnlyOnce(RecoveryCodes.Outcome.ACCEPTED);
                assertThat(recoveryCodes.remaining(name)).isEqualTo(RecoveryCodes.COUNT - 1);
                assertThat(audit.recent(0).getContent()).filteredOn(entry -> entry.actor().equals(name)
                        && entry.action().equals("recovery-code-used")).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void thePageAskedForBeforeSigningInIsReachedThroughTheSecondFactor() throws Exception {
        policy.setRequired(true);
        String name = newAdmin();
        givePasskey(name, "Phone");
        String code = recoveryCodes.make(name).get(0);
        MockBrowser browser = new MockBrowser(mvc);
        browser.perform(get("/admin/backups")).andExpect(status().is3xxRedirection());
        String replay = browser.perform(post("/admin/login").with(csrf()).param("username", name)
                .param("password", PASSWORD)).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(replay).endsWith("/admin/backups?continue");

        browser.perform(get("/admin/backups?continue")).andExpect(redirectedUrl("/admin/login/second-factor"));
        Document page = Html.parse(browser.perform(get("/admin/login/second-factor")).andReturn());
        assertThat(page.select(".passkey-sign-in").attr("data-target")).isEqualTo("/admin/backups");
        browser.perform(post("/admin/login/second-factor").with(csrf()).param("code", code))
                .andExpect(redirectedUrl("/admin/backups"));
        browser.perform(get("/admin/backups")).andExpect(status().isOk());
    }

    @Test
    void anEmptyRecoveryCodeIsAskedForAgainWithoutCountingAsAFailure() throws Exception {
        policy.setRequired(true);
        String name = newAdmin();
        givePasskey(name, "Key");
        String code = recoveryCodes.make(name).get(0);
        MockBrowser browser = signIn(name);

        for (int i = 0; i <= SignInThrottle.MAX_FAILURES_PER_USERNAME; i++) {
            Document page = Html.parse(browser.perform(post("/admin/login/second-factor").with(csrf())
                    .param("code", i % 2 == 0 ? "" : "  ")).andExpect(status().isOk()).andReturn());
            assertThat(page.select(".error-summary").text()).contains("Enter a recovery code");
        }
        browser.perform(post("/admin/login/second-factor").with(csrf())).andExpect(status().isOk());
        browser.perform(post("/admin/login/second-factor").with(csrf()).param("code", code))
                .andExpect(redirectedUrl("/admin"));
    }

    @Test
    void wrongRecoveryCodesAreThrottledLikeWrongPasswords() throws Exception {
        policy.setRequired(true);
        String name = newAdmin();
        givePasskey(name, "Key");
        String code = recoveryCodes.make(name).get(0);
        MockBrowser browser = signIn(name);

        for (int i = 0; i < SignInThrottle.MAX_FAILURES_PER_USERNAME; i++) {
            browser.perform(post("/admin/login/second-factor").with(csrf()).param("code", "wron-gcod-e" + i))
                    .andExpect(status().isOk());
        }
        Document locked = Html.parse(browser.perform(post("/admin/login/second-factor").with(csrf())
                .param("code", code)).andExpect(status().isOk()).andReturn());
        assertThat(locked.select(".error-summary").text()).contains("Too many failed sign-in attempts");
        assertThat(recoveryCodes.remaining(name)).isEqualTo(10);
    }

    @Test
    void theLastPasskeyStaysWhileOneIsRequiredAndRemovingOneIsAudited() throws Exception {
        String name = newAdmin();
        String id = givePasskey(name, "Old phone");
        givePasskey(name, "Desk key");
        policy.setRequired(true);
        MockBrowser browser = signIn(name);
        recoveryCodes.make(name);
        String code = recoveryCodes.make(name).get(0);
        browser.perform(post("/admin/login/second-factor").with(csrf()).param("code", code))
                .andExpect(redirectedUrl("/admin"));

        Document confirm = Html.parse(browser.perform(get("/admin/account/passkeys/{id}/remove", id))
                .andExpect(status().isOk()).andReturn());
        assertThat(confirm.text()).contains("Old phone");
        browser.perform(post("/admin/account/passkeys/{id}/remove", id).with(csrf()))
                .andExpect(redirectedUrl("/admin/account/passkeys"));
        assertThat(Html.parse(browser.perform(get("/admin/account/passkeys")).andReturn()).select(".notice").text())
                .contains("The passkey has been removed.");
        String last = jdbc.sql("select c.credential_id from user_credentials c join user_entities u"
                + " on u.id = c.user_entity_user_id where u.name = ?").param(name).query(String.class).single();
        Document lastConfirm = Html.parse(browser.perform(get("/admin/account/passkeys/{id}/remove", last))
                .andExpect(status().isOk()).andReturn());
        assertThat(lastConfirm.select("[role=alert]").text()).contains("is your only passkey")
                .contains("cannot be removed");
        assertThat(lastConfirm.select("main form button")).isEmpty();
        browser.perform(post("/admin/account/passkeys/{id}/remove", last).with(csrf()))
                .andExpect(redirectedUrl("/admin/account/passkeys"));
        Document page = Html.parse(browser.perform(get("/admin/account/passkeys")).andReturn());
        assertThat(page.select("[role=alert]").text()).contains("cannot remove your last passkey");
        assertThat(page.select(".notice--success")).isEmpty();
        assertThat(page.select("table td:first-child").eachText()).containsExactly("Desk key");
        assertThat(audit.recent(0).getContent()).anyMatch(entry -> entry.actor().equals(name)
                && entry.action().equals("passkey-removed") && entry.detail().contains("Old phone"));
        browser.perform(get("/admin/account/passkeys/{id}/remove", "not-a-passkey-of-mine"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aBrokenPasskeyAnswerIsRefusedCountedAndAudited() throws Exception {
        MockBrowser browser = new MockBrowser(mvc);
        browser.perform(post("/admin/login/passkey/options").with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rpId").value("localhost"))
                .andExpect(jsonPath("$.userVerification").value("required"));

        browser.perform(post("/admin/login/passkey").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\": 1, \"response\": []}").with(request -> {
                            request.setRemoteAddr("203.0.113.77");
                            return request;
                        }))
                .andExpect(status().isUnauthorized()).andExpect(content().json("{\"error\":\"failed\"}"));
        assertThat(audit.recent(0).getContent()).anyMatch(entry -> entry.action().equals("sign-in-failed")
                && entry.detail().equals("from 203.0.113.77"));
    }

    @Test
    void anAddressLockedOutByFailedPasskeysIsRefusedBeforeAnyCheck() throws Exception {
        String address = "203.0.113.78";
        for (int i = 0; i < SignInThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
            throttle.recordPasskeyFailure(null, address);
        }
        MockBrowser browser = new MockBrowser(mvc);
        browser.perform(post("/admin/login/passkey/options").with(csrf())).andExpect(status().isOk());

        browser.perform(post("/admin/login/passkey").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{}").with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andExpect(status().isUnauthorized()).andExpect(content().json("{\"error\":\"locked\"}"));
        assertThat(audit.recent(0).getContent()).anyMatch(entry -> entry.action().equals("sign-in-refused")
                && entry.detail().contains(address));
    }

    @Test
    void aRegistrationThatWasNeverStartedIsRefusedPlainly() throws Exception {
        MockBrowser browser = signIn(newAdmin());
        browser.perform(post("/admin/account/passkeys/register").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"publicKey\": {\"label\": \"x\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().json("{\"error\":\"passkeys.error.notStarted\"}"));
        browser.perform(post("/admin/account/passkeys/options").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"password\": \"" + PASSWORD + "\"}")).andExpect(status().isOk());
        browser.perform(post("/admin/account/passkeys/register").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("not json at all"))
                .andExpect(status().isBadRequest()).andExpect(content().json("{\"error\":\"passkeys.error.failed\"}"));
    }

    @Test
    void removingAPasskeyEndsTheAdminsOtherSessions() throws Exception {
        String name = newAdmin();
        String id = givePasskey(name, "Lost phone");
        MockBrowser desk = signIn(name);
        MockBrowser laptop = signIn(name);

        desk.perform(post("/admin/account/passkeys/{id}/remove", id).with(csrf()))
                .andExpect(redirectedUrl("/admin/account/passkeys"));

        desk.perform(get("/admin")).andExpect(status().isOk());
        laptop.perform(get("/admin")).andExpect(redirectedUrl("/admin/login?ended"));
    }

    @Test
    void makingNewRecoveryCodesNeedsThePassword() throws Exception {
        String name = newAdmin();
        givePasskey(name, "Phone");
        MockBrowser browser = signIn(name);

        Document missing = Html.parse(browser.perform(post("/admin/account/passkeys/recovery-codes").with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(missing.select(".error-summary a[href=#codes-password]").text()).isEqualTo("Enter your password");
        assertThat(missing.title()).startsWith("Error:");
        Document wrong = Html.parse(browser.perform(post("/admin/account/passkeys/recovery-codes").with(csrf())
                .param("password", "not my password")).andExpect(status().isOk()).andReturn());
        assertThat(wrong.select("#codes-password-error").text()).isEqualTo("Error: Your password is not correct");
        assertThat(wrong.select("#codes-password").val()).isEmpty();
        assertThat(recoveryCodes.remaining(name)).isZero();
        assertThat(audit.recent(0).getContent()).anyMatch(entry -> entry.actor().equals(name)
                && entry.action().equals("sign-in-failed"));

        browser.perform(post("/admin/account/passkeys/recovery-codes").with(csrf()).param("password", PASSWORD))
                .andExpect(redirectedUrl("/admin/account/passkeys"));
        assertThat(recoveryCodes.remaining(name)).isEqualTo(RecoveryCodes.COUNT);
    }

    @Test
    void aRefusedRequestForNewRecoveryCodesIsShownAsEveryOtherRefusedForm() throws Exception {
        String name = newAdmin();
        givePasskey(name, "Phone");
        MockBrowser browser = signIn(name);
        String title = Html.parse(browser.perform(get("/admin/account/passkeys")).andReturn()).title();

        Document wrong = Html.parse(browser.perform(post("/admin/account/passkeys/recovery-codes").with(csrf())
                .param("password", "not my password")).andExpect(status().isOk()).andReturn());
        assertThat(wrong.title()).isEqualTo("Error: " + title);
        Element summary = wrong.selectFirst("main > .error-summary");
        assertThat(summary).as("the error summary").isNotNull();
        assertThat(summary.elementSiblingIndex()).as("the summary's place in main").isZero();
        assertThat(summary.hasAttr("autofocus")).as("the summary takes the focus").isTrue();
        assertThat(summary.attr("tabindex")).isEqualTo("-1");
        assertThat(summary.select("a[href=#codes-password]").text()).isEqualTo("Your password is not correct");
        Element field = wrong.getElementById("codes-password");
        assertThat(field.attr("aria-invalid")).isEqualTo("true");
        assertThat(field.attr("aria-describedby").split(" ")).contains("codes-password-hint", "codes-password-error");
        assertThat(field.val()).isEmpty();
        assertThat(wrong.getElementById("codes-password-error").text())
                .isEqualTo("Error: Your password is not correct");
    }

    @Test
    void thePasskeysPageWithoutARefusalMarksNothingInvalid() throws Exception {
        String name = newAdmin();
        givePasskey(name, "Phone");
        Document page = Html.parse(signIn(name).perform(get("/admin/account/passkeys")).andReturn());
        assertThat(page.title()).doesNotStartWith("Error:");
        assertThat(page.select("[aria-invalid]")).isEmpty();
        assertThat(page.select(".error-summary:not([hidden]), .error-message:not([hidden])")).isEmpty();
        // Adding a passkey has no form to send without JavaScript: it stays hidden and the page says why.
        assertThat(page.getElementById("passkey-register").hasAttr("hidden")).isTrue();
        assertThat(page.select("noscript").html()).contains("Adding a passkey needs JavaScript");
    }

    @Test
    void addingAPasskeyNeedsThePasswordAndWrongOnesAreThrottled() throws Exception {
        String name = newAdmin();
        MockBrowser browser = signIn(name);
        Document page = Html.parse(browser.perform(get("/admin/account/passkeys")).andReturn());
        assertThat(page.select("#passkey-register input[type=password][autocomplete=current-password]")).hasSize(1);

        browser.perform(post("/admin/account/passkeys/options").with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().json("{\"error\":\"passkeys.error.passwordRequired\"}"));
        for (int i = 0; i < SignInThrottle.MAX_FAILURES_PER_USERNAME; i++) {
            browser.perform(post("/admin/account/passkeys/options").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"password\": \"guess " + i + "\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().json("{\"error\":\"passkeys.error.passwordWrong\"}"));
        }
        browser.perform(post("/admin/account/passkeys/options").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\": \"" + PASSWORD + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(content().json("{\"error\":\"locked\"}"));
    }

    @Test
    void anAdminHeldAtThePasskeysPageJustAfterTheirPasswordIsNotAskedForItAgain() throws Exception {
        policy.setRequired(true);
        MockBrowser browser = signIn(newAdmin());

        Document page = Html.parse(browser.perform(get("/admin/account/passkeys")).andReturn());
        assertThat(page.select("input[type=password]")).isEmpty();
        assertThat(page.text()).doesNotContain("Make new recovery codes");
        assertThat(page.select("noscript").html()).contains("browser with JavaScript on")
                .doesNotContain("still works");
        browser.perform(post("/admin/account/passkeys/options").with(csrf())).andExpect(status().isOk());
    }

    @Test
    void aPasskeyNeverUsedSaysSo() throws Exception {
        String name = newAdmin();
        givePasskey(name, "Spare key");
        Document page = Html.parse(signIn(name).perform(get("/admin/account/passkeys")).andReturn());
        assertThat(page.select("table tbody td").eachText()).containsExactly("Spare key", "20 Nov 2026 09:30",
                "Never", "Remove Spare key");
    }

    private String givePasskey(String name, String label) {
        return StoredPasskeys.give(userEntities, credentials, name, label);
    }

    private MockBrowser signIn(String name) throws Exception {
        MockBrowser browser = new MockBrowser(mvc);
        browser.perform(post("/admin/login").with(csrf()).param("username", name).param("password", PASSWORD)
                        .with(request -> {
                            request.setRemoteAddr("198.51.100." + (Math.abs(name.hashCode()) % 250));
                            return request;
                        }))
                .andExpect(redirectedUrl("/admin"));
        return browser;
    }

    private String newAdmin() {
        String name = "passkey-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(name, PASSWORD, "test");
        return name;
    }
}
