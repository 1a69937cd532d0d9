package com.legacytraining.advisor.visitors.web;

import com.legacytraining.advisor.questionnaire.scoring.Strength;
import com.legacytraining.advisor.questionnaire.scoring.TrainingType;
import com.legacytraining.advisor.visitors.FeedbackService;
import com.legacytraining.advisor.visitors.VisitorLimits;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * "Is this page useful?": Yes thanks the visitor; No stores the answer at once and offers an
 * optional "what was wrong" box, whose POST adds the comment to that answer. Plain HTML forms, so it
 * works without JavaScript; no cookie, session or token, since the pages they sit on are cached.
 */
@Controller
class FeedbackController {

    // A page path as the site's own addresses are written; anything else was not sent by our form.
    private static final String PAGE = "/[A-Za-z0-9/_.-]{0,299}";
    private static final Set<String> OUTCOMES = Arrays.stream(TrainingType.values())
            .flatMap(type -> Arrays.stream(Strength.values()).map(strength -> type.name() + "." + strength.name()))
            .collect(Collectors.toUnmodifiableSet());

    private final FeedbackService feedback;
    private final VisitorLimits limits;

    FeedbackController(FeedbackService feedback, VisitorLimits limits) {
        this.feedback = feedback;
        this.limits = limits;
    }

    @PostMapping("/feedback")
    String answer(@RequestParam(defaultValue = "") String page, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) Boolean useful, @RequestParam(defaultValue = "") String website,
            HttpServletRequest request, Model model) {
        guard(request, website);
        if (!page.matches(PAGE) || useful == null || (outcome != null && !OUTCOMES.contains(outcome))) {
            throw new BadFeedbackException();
        }
        rateLimit(request);
        Optional<String> token = feedback.record(page, outcome, useful);
        if (token.isEmpty()) {
            return "redirect:/feedback/thanks";
        }
        FeedbackCommentForm form = new FeedbackCommentForm();
        form.setToken(token.get());
        form.setPage(page);
        model.addAttribute("form", form);
        return commentPage(model);
    }

    @PostMapping("/feedback/comment")
    String comment(@Valid @ModelAttribute("form") FeedbackCommentForm form, BindingResult binding,
            HttpServletRequest request, Model model) {
        guard(request, form.getWebsite());
        if (binding.hasFieldErrors("token") || binding.hasFieldErrors("page")) {
            // Hidden fields our page fills in: one that does not fit was not sent by it.
            throw new BadFeedbackException();
        }
        if (!form.getPage().matches(PAGE)) {
            form.setPage("/");
        }
        if (binding.hasErrors()) {
            return commentPage(model);
        }
        rateLimit(request);
        if (!feedback.addComment(form.getToken(), form.getComment())) {
            throw new BadFeedbackException();
        }
        return "redirect:/feedback/thanks";
    }

    @GetMapping("/feedback/thanks")
    String thanks(Model model) {
        model.addAttribute("noFeedback", true);
        model.addAttribute("noindex", true);
        return "visitors/feedback-thanks";
    }

    private static String commentPage(Model model) {
        model.addAttribute("noFeedback", true);
        model.addAttribute("noindex", true);
        return "visitors/feedback-comment";
    }

    private static void guard(HttpServletRequest request, String website) {
        PublicPostGuard.requireSameOrigin(request);
        if (website != null && !website.isEmpty()) {
            throw new PublicPostGuard.HoneypotException();
        }
    }

    private void rateLimit(HttpServletRequest request) {
        if (!limits.feedback().tryAcquire(request.getRemoteAddr())) {
            throw new PublicPostGuard.RateLimitedException();
        }
    }

    /** Not what our form sends: answered with the site's 400 page. */
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    static class BadFeedbackException extends RuntimeException {
        BadFeedbackException() {
            super("Feedback not sent by the site's form");
        }
    }
}
