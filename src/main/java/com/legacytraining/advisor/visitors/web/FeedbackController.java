package com.legacytraining.advisor.visitors.web;

import com.legacytraining.advisor.questionnaire.scoring.Strength;
import com.legacytraining.advisor.questionnaire.scoring.TrainingType;
import com.legacytraining.advisor.visitors.FeedbackService;
import com.legacytraining.advisor.visitors.VisitorLimits;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "Is this page useful?": Yes thanks the visitor; No stores the answer at once and redirects to a
 * page that thanks them and offers an optional "what was wrong" box (Post/Redirect/Get, so reloading
 * it never counts the No twice). That page's address carries the random token {@link FeedbackService}
 * issued for the No, which lets one comment be added within the hour, and nothing else: no cookie,
 * session or CSRF token, since the forms sit on pages cached for everyone. Plain HTML forms, so it
 * works without JavaScript.
 */
@Controller
class FeedbackController {

    // A page path as the site's own addresses are written; anything else was not sent by our form.
    // Never "//": a browser reads that as another host, and the page is linked back to.
    private static final String PAGE = "/(?!/)[A-Za-z0-9/_.-]{0,299}";
    private static final Set<String> OUTCOMES = Arrays.stream(TrainingType.values())
            .flatMap(type -> Arrays.stream(Strength.values()).map(strength -> type.name() + "." + strength.name()))
            .collect(Collectors.toUnmodifiableSet());
    private static final String COMMENT_PATH = "/feedback/comment";

    private final FeedbackService feedback;
    private final VisitorLimits limits;

    FeedbackController(FeedbackService feedback, VisitorLimits limits) {
        this.feedback = feedback;
        this.limits = limits;
    }

    @PostMapping("/feedback")
    String answer(@RequestParam(defaultValue = "") String page, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) Boolean useful, @RequestParam(defaultValue = "") String website,
            HttpServletRequest request) {
        guard(request, website);
        if (!page.matches(PAGE) || useful == null || (outcome != null && !OUTCOMES.contains(outcome))) {
            throw new BadFeedbackException();
        }
        rateLimit(request);
        return feedback.record(page, outcome, useful)
                .map(token -> "redirect:" + UriComponentsBuilder.fromPath(COMMENT_PATH).queryParam("token", token)
                        .encode().build().toUriString())
                .orElseGet(() -> thanksFor(page));
    }

    /** The thank-you after a No, with the comment box; personal to one answer, so never kept by any cache. */
    @GetMapping(COMMENT_PATH)
    String commentForm(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
        String page = feedback.commentablePage(token).orElseThrow(UnusableCommentLinkException::new);
        FeedbackCommentForm form = new FeedbackCommentForm();
        form.setToken(token);
        model.addAttribute("form", form);
        return commentPage(page, model, response);
    }

    @PostMapping(COMMENT_PATH)
    String comment(@Valid @ModelAttribute("form") FeedbackCommentForm form, BindingResult binding,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        guard(request, form.getWebsite());
        Optional<String> page = feedback.commentablePage(form.getToken());
        if (page.isEmpty()) {
            throw new SpentCommentException(form.getComment());
        }
        if (binding.hasErrors()) {
            return commentPage(page.get(), model, response);
        }
        rateLimit(request, form.getComment());
        if (!feedback.addComment(form.getToken(), form.getComment())) {
            throw new SpentCommentException(form.getComment()); // spent or expired in the meantime
        }
        return thanksFor(page.get());
    }

    /**
     * Thanks the visitor, with a link back to the page they were reading. Not kept by any cache: any
     * path can be asked for, and the page cache must not fill up with them.
     */
    @GetMapping("/feedback/thanks")
    String thanks(@RequestParam(defaultValue = "") String page, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("page", page.matches(PAGE) ? page : null);
        model.addAttribute("noFeedback", true);
        model.addAttribute("noindex", true);
        return "visitors/feedback-thanks";
    }

    private static String thanksFor(String page) {
        return "redirect:" + UriComponentsBuilder.fromPath("/feedback/thanks").queryParam("page", page).encode().build()
                .toUriString();
    }

    private static String commentPage(String page, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("page", page);
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
        rateLimit(request, null);
    }

    private void rateLimit(HttpServletRequest request, String typed) {
        if (!limits.feedback().tryAcquire(request.getRemoteAddr())) {
            throw new PublicPostGuard.RateLimitedException(typed);
        }
    }

    /** A comment page address whose token is unknown, used or more than an hour old. */
    static class UnusableCommentLinkException extends RuntimeException {
        UnusableCommentLinkException() {
            super("Comment link unknown, used or expired");
        }
    }

    /** A comment sent with a token that is unknown, used or too old; keeps the text so the page can show it. */
    static class SpentCommentException extends RuntimeException {

        private final String comment;

        SpentCommentException(String comment) {
            super("Comment sent with an unknown, used or expired token");
            this.comment = comment;
        }

        String comment() {
            return comment;
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
