package com.legacytraining.advisor.admin.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the admin layout needs: who is signed in and which area of the admin is open. */
@ControllerAdvice
class AdminModelAdvice {

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
        if (path.startsWith("/admin/account/passkeys")) {
            return "passkeys";
        }
        if (path.startsWith("/admin/account")) {
            return "account";
        }
        return path.equals("/admin") ? "dashboard" : "";
    }
}
