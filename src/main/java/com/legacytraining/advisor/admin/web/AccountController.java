package com.legacytraining.advisor.admin.web;

import com.legacytraining.advisor.admin.AdminUserService;
import com.legacytraining.advisor.admin.PasswordPolicy;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An admin's own password, and the list of admins. */
@Controller
class AccountController {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,100}");

    private final AdminUserService users;

    AccountController(AdminUserService users) {
        this.users = users;
    }

    @GetMapping("/admin/account/password")
    String passwordForm() {
        return "admin/password";
    }

    @PostMapping("/admin/account/password")
    String changePassword(@RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String confirmPassword,
            Principal who, Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (currentPassword.isEmpty()) {
            errors.put("currentPassword", "password.currentRequired");
        }
        PasswordPolicy.problem(newPassword).ifPresent(problem -> errors.put("newPassword", problem));
        if (!errors.containsKey("newPassword") && !newPassword.equals(confirmPassword)) {
            errors.put("confirmPassword", "password.mismatch");
        }
        if (errors.isEmpty()) {
            users.changePassword(who.getName(), currentPassword, newPassword)
                    .ifPresent(problem -> errors.put("currentPassword", problem));
        }
        if (!errors.isEmpty()) {
            // Passwords are never sent back to the browser, so the fields are empty again.
            model.addAttribute("errors", errors);
            return "admin/password";
        }
        redirect.addFlashAttribute("message", "password.changed");
        return "redirect:/admin";
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        model.addAttribute("accounts", users.accounts());
        return "admin/users";
    }

    @PostMapping("/admin/users")
    String addUser(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
            Principal who, Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!USERNAME.matcher(username.strip()).matches()) {
            errors.put("username", "users.error.username");
        }
        PasswordPolicy.problem(password).ifPresent(problem -> errors.put("password", problem));
        if (errors.isEmpty()) {
            try {
                users.create(username.strip(), password, who.getName());
            } catch (AdminUserService.UsernameTakenException taken) {
                errors.put("username", "users.error.taken");
            }
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            model.addAttribute("username", username);
            model.addAttribute("accounts", users.accounts());
            return "admin/users";
        }
        redirect.addFlashAttribute("message", "users.added");
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
