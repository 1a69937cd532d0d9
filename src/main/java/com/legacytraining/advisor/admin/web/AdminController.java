package com.legacytraining.advisor.admin.web;

import com.legacytraining.advisor.admin.KeptForms;
import com.legacytraining.advisor.admin.SecondFactorPolicy;
import com.legacytraining.advisor.admin.SignInTarget;
import com.legacytraining.advisor.content.ContentDashboard;
import com.legacytraining.advisor.history.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sign-in page, dashboard and audit log. */
@Controller
class AdminController {

    private final ContentDashboard content;
    private final AuditLog audit;

    private final SecondFactorPolicy secondFactorPolicy;

    AdminController(ContentDashboard content, AuditLog audit, SecondFactorPolicy secondFactorPolicy) {
        this.content = content;
        this.audit = audit;
        this.secondFactorPolicy = secondFactorPolicy;
    }

    /**
     * The sign-in form. It carries the page to go on to: one a failed or expired sign-in named (in the
     * flash), else the editor whose text waits in this session, else the page that sent the browser here.
     */
    @GetMapping("/admin/login")
    String login(HttpServletRequest request, Model model) {
        Optional<String> kept = KeptForms.waiting(request);
        if (!model.containsAttribute("target")) {
            kept.or(() -> SignInTarget.saved(request)).ifPresent(page -> model.addAttribute("target", page));
        }
        if (kept.isPresent() && !model.containsAttribute("signInNotice")) {
            model.addAttribute("signInNotice", "signIn.kept");
        }
        // While a second factor is required, the password comes first and the passkey is asked for after it.
        model.addAttribute("passkeyRequired", secondFactorPolicy.isRequired());
        return "admin/login";
    }

    @GetMapping("/admin")
    String dashboard(Model model) {
        model.addAttribute("overview", content.overview());
        return "admin/dashboard";
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("entries", audit.recent(page));
        return "admin/audit";
    }
}
