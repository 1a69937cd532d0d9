package com.legacytraining.advisor.admin.web;

import com.legacytraining.advisor.content.ContentDashboard;
import com.legacytraining.advisor.history.AuditLog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sign-in page, dashboard and audit log. */
@Controller
class AdminController {

    private final ContentDashboard content;
    private final AuditLog audit;

    AdminController(ContentDashboard content, AuditLog audit) {
        this.content = content;
        this.audit = audit;
    }

    @GetMapping("/admin/login")
    String login() {
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
