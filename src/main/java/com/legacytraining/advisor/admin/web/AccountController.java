package com.legacytraining.advisor.admin.web;

import com.legacytraining.advisor.admin.AdminUserService;
import com.legacytraining.advisor.admin.PasswordChangeDue;
import com.legacytraining.advisor.admin.SessionStamp;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An admin's own password, and the list of admins. */
@Controller
class AccountController {

    private final AdminUserService users;

    AccountController(AdminUserService users) {
        this.users = users;
    }

    @GetMapping("/admin/account/password")
    String passwordForm(Model model) {
        model.addAttribute("form", new PasswordForm());
        return "admin/password";
    }

    @PostMapping("/admin/account/password")
    String changePassword(@Valid @ModelAttribute("form") PasswordForm form, BindingResult binding, Principal who,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            users.changePassword(who.getName(), form.getCurrentPassword(), form.getNewPassword())
                    .ifPresent(problem -> binding.rejectValue(
                            AdminUserService.SAME_PASSWORD.equals(problem) ? "newPassword" : "currentPassword", problem));
        }
        if (binding.hasErrors()) {
            // Passwords are never sent back to the browser, so the fields are empty again.
            return "admin/password";
        }
        // This session goes on; every other session of this admin ends on its next request.
        SessionStamp.renew(request, users, who.getName());
        PasswordChangeDue.settled(request, response);
        redirect.addFlashAttribute("message", "password.changed");
        return "redirect:/admin";
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        model.addAttribute("accounts", users.accounts());
        model.addAttribute("form", new NewAdminForm());
        return "admin/users";
    }

    @PostMapping("/admin/users")
    String addUser(@Valid @ModelAttribute("form") NewAdminForm form, BindingResult binding, Principal who, Model model,
            RedirectAttributes redirect) {
        boolean repeated = false;
        if (!binding.hasErrors()) {
            try {
                repeated = users.create(form.getUsername().strip(), form.getPassword(), who.getName(),
                        form.getSubmission()).repeated();
            } catch (AdminUserService.UsernameTakenException taken) {
                binding.rejectValue("username", "users.error.taken");
            }
        }
        if (binding.hasErrors()) {
            model.addAttribute("accounts", users.accounts());
            return "admin/users";
        }
        redirect.addFlashAttribute("message", repeated ? "users.alreadyAdded" : "users.added");
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/enabled")
    String setEnabled(@PathVariable long id, @RequestParam boolean enabled, Principal who,
            RedirectAttributes redirect) {
        try {
            users.setEnabled(id, enabled, who.getName());
            redirect.addFlashAttribute("message", enabled ? "users.enabled" : "users.disabled");
        } catch (AdminUserService.CannotDisableYourselfException yourself) {
            redirect.addFlashAttribute("message", "users.error.yourself");
        }
        return "redirect:/admin/users";
    }
}
