package com.legacytraining.advisor.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.legacytraining.advisor.Html;
import com.legacytraining.advisor.MockBrowser;
import com.legacytraining.advisor.WebIntegrationTest;
import com.legacytraining.advisor.content.ContentDashboard;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Sessions end when the rights behind them change: a disabled account, a changed password. */
@WebIntegrationTest
class SessionEndingTests {

    private static final String PASSWORD = "the first long passphrase";

    @Autowired
    MockMvc mvc;

    @Autowired
    AdminUserService users;

    @Autowired
    ContentDashboard dashboard;

    @Test
    void disablingAnAdminEndsTheirSessionAtOnce() throws Exception {
        String bob = newAdmin();
        MockBrowser bobs = signIn(bob, PASSWORD);
        bobs.perform(get("/admin")).andExpect(status().isOk());

        users.setEnabled(idOf(bob), false, "alice");

        bobs.perform(get("/admin")).andExpect(redirectedUrl("/admin/login?ended"));
        bobs.perform(post("/admin/users").with(csrf())
                        .param("username", "made-by-a-disabled-admin").param("password", PASSWORD))
                .andExpect(status().is3xxRedirection());
        bobs.perform(get("/admin")).andExpect(status().is3xxRedirection());
        assertThat(users.exists("made-by-a-disabled-admin")).isFalse();
    }

    @Test
    void changingAPasswordEndsTheAccountsOtherSessionsButNotThisOne() throws Exception {
        String carol = newAdmin();
        MockBrowser phone = signIn(carol, PASSWORD);
        MockBrowser desk = signIn(carol, PASSWORD);
        String newPassword = "a brand new long passphrase";

        desk.perform(post("/admin/account/password").with(csrf())
                        .param("currentPassword", PASSWORD).param("newPassword", newPassword)
                        .param("confirmPassword", newPassword))
                .andExpect(redirectedUrl("/admin"));

        desk.perform(get("/admin")).andExpect(status().isOk());
        phone.perform(get("/admin")).andExpect(redirectedUrl("/admin/login?ended"));
    }

    @Test
    void aFormPostedAfterThePasswordChangedElsewhereIsKeptForSigningInAgain() throws Exception {
        String erin = newAdmin();
        MockBrowser laptop = signIn(erin, PASSWORD);
        String newPassword = "a password changed on the phone";
        users.changePassword(erin, PASSWORD, newPassword);
        long faq = dashboard.overview().pages().get(0).faqs().get(0).id();
        String editor = "/admin/content/faq/" + faq;

        laptop.perform(post(editor).with(csrf()).header("Origin", "http://localhost")
                        .param("version", "0").param("fields[question]", "Typed on the laptop")
                        .param("fields[answer]", "An answer typed on the laptop.").param("action", "save"))
                .andExpect(redirectedUrl("/admin/login?ended"));

        laptop.perform(post("/admin/login").with(csrf()).param("username", erin)
                .param("password", newPassword).param("target", editor)).andExpect(redirectedUrl(editor));
        var page = Html.parse(laptop.perform(get(editor)).andExpect(status().isOk()).andReturn());
        assertThat(page.select("#field-answer").text())
                .isEqualTo("An answer typed on the laptop.");
    }

    private MockBrowser signIn(String name, String password) throws Exception {
        MockBrowser browser = new MockBrowser(mvc);
        browser.perform(post("/admin/login").with(csrf()).param("username", name)
                        .param("password", password)
                        .with(request -> {
                            request.setRemoteAddr("198.51.100." + (Math.abs(name.hashCode()) % 250));
                            return request;
                        }))
                .andExpect(redirectedUrl("/admin"));
        return browser;
    }

    private long idOf(String name) {
        return users.accounts().stream().filter(account -> account.username().equals(name)).findFirst()
                .orElseThrow().id();
    }

    private String newAdmin() {
        String name = "session-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(name, PASSWORD, "test");
        return name;
    }
}
