package com.legacytraining.advisor.content.web;

import com.legacytraining.advisor.content.ContentDashboard;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The list of advice texts; each opens in the content editor. */
@Controller
class AdviceAdminController {

    private final ContentDashboard dashboard;

    AdviceAdminController(ContentDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/admin/advice")
    String advice(Model model) {
        model.addAttribute("groups", dashboard.advice());
        return "admin/advice";
    }
}
