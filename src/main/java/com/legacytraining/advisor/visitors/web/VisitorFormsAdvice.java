package com.legacytraining.advisor.visitors.web;

import com.legacytraining.advisor.site.SiteProperties;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A clear page for a refused public form: from another site (403), the honeypot (400) or too many
 * in an hour (429). Exception handlers get no {@code @ModelAttribute}s, so the layout's are added here.
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

    @ExceptionHandler(PublicPostGuard.RateLimitedException.class)
    ModelAndView rateLimited() {
        return refused("rateLimited", HttpStatus.TOO_MANY_REQUESTS);
    }

    private ModelAndView refused(String reason, HttpStatus status) {
        ModelAndView page = new ModelAndView("visitors/refused", status);
        page.addObject("reason", reason);
        page.addObject("site", site);
        page.addObject("section", "");
        page.addObject("noindex", true);
        return page;
    }
}
