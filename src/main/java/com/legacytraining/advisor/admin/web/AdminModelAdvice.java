package com.legacytraining.advisor.admin.web;

import com.legacytraining.advisor.admin.PasswordChangeDue;
import com.legacytraining.advisor.admin.SecondFactor;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the admin layout needs: who is signed in and which area of the admin is open. */
@ControllerAdvice
class AdminModelAdvice {

    /** Absent in controller slices that leave the admin's security out. */
    private final ObjectProvider<SecondFactor> secondFactor;

    AdminModelAdvice(ObjectProvider<SecondFactor> secondFactor) {
        this.secondFactor = secondFactor;
    }

    /** Whether the admin still owes a second factor, so the menu offers only signing out. */
    @ModelAttribute("secondFactorOwed")
    boolean secondFactorOwed(Principal principal) {
        SecondFactor factor = secondFactor.getIfAvailable();
        return factor != null && principal instanceof Authentication authentication && factor.missing(authentication);
    }

    /** Whether the admin signed in with a password someone else set, so every page asks them to choose their own. */
    @ModelAttribute("passwordChangeDue")
    boolean passwordChangeDue(Principal principal) {
        return principal instanceof Authentication authentication && PasswordChangeDue.of(authentication);
    }

    @ModelAttribute("adminUser")
    String adminUser(Principal principal) {
        return principal == null ? null : principal.getName();
    }

    @ModelAttribute("adminSection")
    String adminSection(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/admin/questionnaire")) {
            return "questionnaire";
        }
        if (path.startsWith("/admin/scenarios")) {
            return "scenarios";
        }
        if (path.startsWith("/admin/advice") || path.matches("/admin/content/(rule-advice|caveat-advice|provider-question|advice-note)(/.*)?")) {
            return "advice";
        }
        for (String visitors : new String[] { "enquiries", "feedback", "statistics" }) {
            if (path.startsWith("/admin/" + visitors)) {
                return visitors;
            }
        }
        if (path.startsWith("/admin/audit")) {
            return "audit";
        }
        if (path.startsWith("/admin/users")) {
            return "users";
        }
        if (path.startsWith("/admin/backups")) {
            return "backups";
        }
        if (path.startsWith("/admin/account/passkeys")) {
            return "passkeys";
        }
        if (path.startsWith("/admin/account")) {
            return "account";
        }
        return path.equals("/admin") ? "dashboard" : "";
    }
}
