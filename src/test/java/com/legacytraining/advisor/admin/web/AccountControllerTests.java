package com.legacytraining.advisor.admin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import com.legacytraining.advisor.Html;
import com.legacytraining.advisor.SiteSliceConfiguration;
import com.legacytraining.advisor.admin.AdminUserService;
import com.legacytraining.advisor.history.Submissions;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The change-password and add-an-admin forms: the password policy, the confirmation, and what the service decides. */
@WebMvcTest(AccountController.class)
@Import(SiteSliceConfiguration.class)
class AccountControllerTests {

    private static final String GOOD = "a good new passphrase";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AdminUserService users;

    @Test
    void aNewPasswordOutsideTwelveToOneHundredAndTwentyEightCharactersIsRefused() throws Exception {
        mvc.perform(changePassword("current", "too short", "too short"))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/password"))
                .andExpect(model().attributeHasFieldErrorCode("form", "newPassword", "AcceptablePassword"))
                .andExpect(model().attributeErrorCount("form", 1));

        // Counted in characters, not UTF-16 units: twelve emoji are a long enough password.
        mvc.perform(changePassword("current", "\uD83D\uDE00".repeat(12), "\uD83D\uDE00".repeat(12)))
                .andExpect(model().hasNoErrors());

        Document page = Html.parse(mvc.perform(changePassword("", "x".repeat(129), "x".repeat(129))).andReturn());
        assertThat(page.title()).startsWith("Error:");
        assertThat(page.select(".error-summary a")).extracting(a -> a.attr("href"), a -> a.text()).containsExactly(
                tuple("#currentPassword", "Current password: Enter your current password"),
                tuple("#newPassword", "New password: Use 128 characters or fewer"));
        assertThat(page.select("input[type=password]")).allSatisfy(input -> assertThat(input.val()).isEmpty());
        assertThat(page.select("#newPassword").attr("aria-describedby")).isEqualTo("newPassword-hint newPassword-error");
    }

    @Test
    void theConfirmationMustMatchOnceTheNewPasswordIsAcceptable() throws Exception {
        Document page = Html.parse(mvc.perform(changePassword("current", GOOD, GOOD + "!"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "confirmPassword", "PasswordsMatch"))
                .andExpect(model().attributeErrorCount("form", 1))
                .andReturn());
        assertThat(page.select(".error-summary a").text())
                .isEqualTo("Confirm the new password: The two new passwords do not match");

        mvc.perform(changePassword("current", "short", "different"))
                .andExpect(model().attributeErrorCount("form", 1))
                .andExpect(model().attributeHasFieldErrors("form", "newPassword"));
        verify(users, never()).changePassword(anyString(), anyString(), anyString());
    }

    @Test
    void theServiceChecksTheCurrentPasswordLastAndAChangeGoesToTheDashboard() throws Exception {
        when(users.changePassword("alice", "not mine", GOOD)).thenReturn(Optional.of("password.currentWrong"));
        mvc.perform(changePassword("not mine", GOOD, GOOD))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "currentPassword", "password.currentWrong"));

        when(users.changePassword("alice", "mine", GOOD)).thenReturn(Optional.empty());
        mvc.perform(changePassword("mine", GOOD, GOOD))
                .andExpect(redirectedUrl("/admin"))
                .andExpect(flash().attribute("message", "password.changed"));
    }

    @Test
    void aNewAdminNeedsAUsableUsernameAndPassword() throws Exception {
        when(users.accounts()).thenReturn(List.of());

        Document page = Html.parse(mvc.perform(addAdmin("a b", "short"))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/users"))
                .andExpect(model().attributeHasFieldErrorCode("form", "username", "Pattern"))
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "AcceptablePassword"))
                .andExpect(model().attributeExists("accounts"))
                .andReturn());

        assertThat(page.select(".error-summary a")).extracting(a -> a.attr("href"))
                .containsExactly("#user-username", "#user-password");
        assertThat(page.select("#user-username").val()).isEqualTo("a b");
        verify(users, never()).create(anyString(), anyString(), anyString(), any());
    }

    @Test
    void aTakenUsernameIsRefusedAndSpacesAroundANewOneAreDropped() throws Exception {
        doThrow(new AdminUserService.UsernameTakenException()).when(users).create(eq("bob"), eq(GOOD), eq("alice"), any());
        when(users.create(eq("carol"), eq(GOOD), eq("alice"), any())).thenReturn(new Submissions.Created(8, false));
        mvc.perform(addAdmin("bob", GOOD))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "username", "users.error.taken"));

        mvc.perform(addAdmin("  carol  ", GOOD))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("message", "users.added"));
        verify(users).create(eq("carol"), eq(GOOD), eq("alice"), any());
    }

    private static MockHttpServletRequestBuilder changePassword(String current, String newPassword, String confirmation) {
        return post("/admin/account/password").with(csrf()).with(user("alice").roles("ADMIN"))
                .param("currentPassword", current).param("newPassword", newPassword)
                .param("confirmPassword", confirmation);
    }

    private static MockHttpServletRequestBuilder addAdmin(String username, String password) {
        return post("/admin/users").with(csrf()).with(user("alice").roles("ADMIN"))
                .param("username", username).param("password", password);
    }
}
