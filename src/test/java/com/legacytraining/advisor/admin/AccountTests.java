package com.legacytraining.advisor.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.legacytraining.advisor.Html;
import com.legacytraining.advisor.MockBrowser;
import com.legacytraining.advisor.WebIntegrationTest;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Changing one's own password, adding and disabling admins, signing out. */
@WebIntegrationTest
class AccountTests {

    private static final String PASSWORD = "the first long passphrase";

    @Autowired
    MockMvc mvc;

    @Autowired
    AdminUserService users;

    @Test
    void anAdminChangesTheirPasswordAndOnlyTheNewOneWorks() throws Exception {
        String name = newAdmin();
        String longPassphrase = "a passphrase well beyond seventy-two bytes: ".repeat(2) + "é".repeat(10);

        mvc.perform(post("/admin/account/password").with(csrf()).with(user(name).roles("ADMIN"))
                        .param("currentPassword", PASSWORD).param("newPassword", longPassphrase)
                        .param("confirmPassword", longPassphrase))
                .andExpect(redirectedUrl("/admin"));

        mvc.perform(signIn(name, PASSWORD)).andExpect(redirectedUrl("/admin/login"));
        mvc.perform(signIn(name, longPassphrase)).andExpect(redirectedUrl("/admin"));
    }

    @Test
    void aPasswordChangeIsRefusedWithClearMessages() throws Exception {
        String name = newAdmin();

        Document page = Html.parse(mvc.perform(post("/admin/account/password").with(csrf())
                        .with(user(name).roles("ADMIN"))
                        .param("currentPassword", "not my password").param("newPassword", "too short")
                        .param("confirmPassword", "too short"))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select(".error-summary a")).extracting(a -> a.text())
                .containsExactly("New password: Use at least 12 characters");

        page = Html.parse(mvc.perform(post("/admin/account/password").with(csrf()).with(user(name).roles("ADMIN"))
                        .param("currentPassword", "not my password").param("newPassword", "x".repeat(129))
                        .param("confirmPassword", "x".repeat(129)))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select(".error-summary a")).extracting(a -> a.text())
                .containsExactly("New password: Use 128 characters or fewer");

        page = Html.parse(mvc.perform(post("/admin/account/password").with(csrf()).with(user(name).roles("ADMIN"))
                        .param("currentPassword", "not my password").param("newPassword", "a good new passphrase")
                        .param("confirmPassword", "a good new passphrase"))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select(".error-summary a")).extracting(a -> a.text())
                .containsExactly("Current password: Your current password is not correct");
        assertThat(page.select("input[type=password]")).allSatisfy(input -> assertThat(input.val()).isEmpty());
        mvc.perform(signIn(name, PASSWORD)).andExpect(redirectedUrl("/admin"));
    }

    @Test
    void anAdminAddsAnotherWhoCanThenSignIn() throws Exception {
        String name = "added-" + UUID.randomUUID().toString().substring(0, 8);

        mvc.perform(post("/admin/users").with(csrf()).with(user("alice").roles("ADMIN"))
                        .param("username", name).param("password", PASSWORD))
                .andExpect(redirectedUrl("/admin/users"));

        mvc.perform(signIn(name, PASSWORD)).andExpect(redirectedUrl("/admin"));
        Document page = Html.parse(mvc.perform(post("/admin/users").with(csrf()).with(user("alice").roles("ADMIN"))
                .param("username", name).param("password", PASSWORD)).andExpect(status().isOk()).andReturn());
        assertThat(page.select(".error-summary").text()).contains("already exists");
        assertThat(page.select("#user-username").val()).isEqualTo(name);
    }

    /**
     * A password another admin typed (or one generated and logged for the first admin) is known to someone
     * else: every admin page asks its owner to choose their own, until they do.
     */
    @Test
    void anAdminAddedByAnotherIsAskedOnEveryPageToChooseTheirOwnPasswordUntilTheyDo() throws Exception {
        String name = "handed-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/admin/users").with(csrf()).with(user("alice").roles("ADMIN"))
                        .param("username", name).param("password", PASSWORD))
                .andExpect(redirectedUrl("/admin/users"));
        MockBrowser browser = new MockBrowser(mvc);
        browser.perform(signIn(name, PASSWORD)).andExpect(redirectedUrl("/admin"));

        for (String page : new String[] { "/admin", "/admin/audit", "/admin/users" }) {
            Document shown = Html.parse(browser.perform(get(page)).andExpect(status().isOk()).andReturn());
            assertThat(shown.select(".password-change-due a[href=/admin/account/password]")).as(page).hasSize(1);
            assertThat(shown.select(".password-change-due").text()).as(page).contains("someone else set");
        }
        Document passwordPage = Html.parse(browser.perform(get("/admin/account/password")).andReturn());
        assertThat(passwordPage.select(".password-change-due").text()).contains("someone else set");
        assertThat(passwordPage.select(".password-change-due a")).as("no link to the page itself").isEmpty();

        Document same = Html.parse(browser.perform(post("/admin/account/password").with(csrf())
                .param("currentPassword", PASSWORD).param("newPassword", PASSWORD).param("confirmPassword", PASSWORD))
                .andExpect(status().isOk()).andReturn());
        assertThat(same.select(".error-summary a")).extracting(a -> a.text())
                .containsExactly("New password: Choose a password different from your current one");
        assertThat(same.select(".password-change-due").text()).as("still asked").contains("someone else set");

        browser.perform(post("/admin/account/password").with(csrf()).param("currentPassword", PASSWORD)
                .param("newPassword", "a passphrase of my own").param("confirmPassword", "a passphrase of my own"))
                .andExpect(redirectedUrl("/admin"));
        assertThat(Html.visibleText(browser.perform(get("/admin")).andReturn())).doesNotContain("someone else set");

        MockBrowser later = new MockBrowser(mvc);
        later.perform(signIn(name, "a passphrase of my own")).andExpect(redirectedUrl("/admin"));
        assertThat(Html.visibleText(later.perform(get("/admin")).andReturn())).doesNotContain("someone else set");
    }

    @Test
    void anAdminWhoChoseTheirPasswordIsNotAskedToChangeIt() throws Exception {
        String name = newAdmin();
        MockBrowser browser = new MockBrowser(mvc);
        browser.perform(signIn(name, PASSWORD)).andExpect(redirectedUrl("/admin"));

        assertThat(Html.visibleText(browser.perform(get("/admin")).andReturn())).doesNotContain("someone else set");
    }

    @Test
    void theAdminsAreListedAlphabeticallyWhateverTheCaseOfTheirNamesAndTheDatabase() throws Exception {
        String prefix = "listed-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        users.create(prefix + "Bob", PASSWORD, "alice");
        users.create(prefix + "alice", PASSWORD, "alice");
        users.create(prefix + "Carol", PASSWORD, "alice");

        String list = Html.parse(mvc.perform(get("/admin/users").with(user("alice").roles("ADMIN"))).andReturn())
                .select("main").text();

        assertThat(list).containsSubsequence(prefix + "alice", prefix + "Bob", prefix + "Carol");
    }

    @Test
    void aDisabledAdminCannotSignInAndNobodyCanDisableThemselves() throws Exception {
        String name = newAdmin();
        long id = users.accounts().stream().filter(account -> account.username().equals(name)).findFirst()
                .orElseThrow().id();

        mvc.perform(post("/admin/users/{id}/enabled", id).param("enabled", "false").with(csrf())
                .with(user("alice").roles("ADMIN"))).andExpect(redirectedUrl("/admin/users"));
        mvc.perform(signIn(name, PASSWORD)).andExpect(redirectedUrl("/admin/login"));

        mvc.perform(post("/admin/users/{id}/enabled", id).param("enabled", "true").with(csrf())
                .with(user(name).roles("ADMIN"))).andExpect(redirectedUrl("/admin/users"));
        assertThat(users.accounts()).filteredOn(account -> account.username().equals(name))
                .singleElement().extracting(AdminUserService.Account::enabled).isEqualTo(false);
    }

    @Test
    void signingOutIsAPostThatEndsTheSession() throws Exception {
        mvc.perform(get("/admin/logout").with(user("alice").roles("ADMIN"))).andExpect(status().isNotFound());
        mvc.perform(post("/admin/logout").with(csrf()).with(user("alice").roles("ADMIN")))
                .andExpect(redirectedUrl("/admin/login?signedOut"));
    }

    private String newAdmin() {
        String name = "account-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(name, PASSWORD, "test");
        return name;
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signIn(String name,
            String password) {
        return post("/admin/login").param("username", name).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr("198.51.100." + (Math.abs(name.hashCode()) % 250));
                    return request;
                });
    }
}
