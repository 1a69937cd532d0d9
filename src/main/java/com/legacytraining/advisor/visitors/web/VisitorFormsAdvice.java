package com.legacytraining.advisor.visitors.web;

import com.legacytraining.advisor.site.SiteProperties;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A clear page for a refused public form: from another site (403), the honeypot (400), too many
 * in an hour (429), or a feedback comment link that is unknown, used or too old (404, or 400 for its
 * form, showing the comment back so nothing typed is lost). Exception handlers get no {@code @ModelAttribute}s, so the layout's are added here.
 */
@ControllerAdvice(assignableTypes = { EnquiryController.class, FeedbackController.class })
class VisitorFormsAdvice {

    private final SiteProperties site;

    VisitorFormsAdvice(SiteProperties site) {
        this.site = site;
    }

    @ExceptionHandler(PublicPostGuard.CrossSiteRequestException.class)
    ModelAndView crossSite() {
        return refused("crossSite", HttpStatus.FORBIDDEN);
    }

    @ExceptionHandler(PublicPostGuard.HoneypotException.class)
    ModelAndView honeypot() {
        return refused("honeypot", HttpStatus.BAD_REQUEST);
    }

    /** Nothing is saved, but the message typed is shown back to be copied. */
    @ExceptionHandler(PublicPostGuard.RateLimitedException.class)
    ModelAndView rateLimited(PublicPostGuard.RateLimitedException limited, HttpServletResponse response) {
        return noStore(refused("rateLimited", HttpStatus.TOO_MANY_REQUESTS).addObject("comment", limited.typed()),
                response);
    }

    @ExceptionHandler(FeedbackController.UnusableCommentLinkException.class)
    ModelAndView unusableCommentLink(HttpServletResponse response) {
        return noStore(refused("commentLink", HttpStatus.NOT_FOUND), response);
    }

    /** The comment cannot be added, but what the visitor typed is shown back to them. */
    @ExceptionHandler(FeedbackController.SpentCommentException.class)
    ModelAndView spentComment(FeedbackController.SpentCommentException spent, HttpServletResponse response) {
        return noStore(refused("commentLink", HttpStatus.BAD_REQUEST).addObject("comment", spent.comment()), response);
    }

    private static ModelAndView noStore(ModelAndView page, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return page;
    }

    private ModelAndView refused(String reason, HttpStatus status) {
        ModelAndView page = new ModelAndView("visitors/refused", status);
        page.addObject("reason", reason);
        page.addObject("site", site);
        page.addObject("section", "refused"); // no item of the menu is the current page
        page.addObject("noindex", true);
        return page;
    }
}
