package com.legacytraining.advisor.visitors.web.admin;

import com.legacytraining.advisor.visitors.FeedbackService;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Page feedback: Yes and No per page (and per outcome on result pages), and the newest answers. */
@Controller
class FeedbackAdminController {

    static final int SHOWN = 200;

    private final FeedbackService feedback;
    private final Clock clock;

    FeedbackAdminController(FeedbackService feedback, Clock clock) {
        this.feedback = feedback;
        this.clock = clock;
    }

    @GetMapping("/admin/feedback")
    String feedback(@RequestParam(defaultValue = "") String page, Model model) {
        model.addAttribute("counts", feedback.counts(Instant.EPOCH, clock.instant().plusSeconds(1)));
        model.addAttribute("answers", feedback.recent(page, SHOWN));
        model.addAttribute("page", page);
        model.addAttribute("shown", SHOWN);
        return "admin/feedback";
    }
}
