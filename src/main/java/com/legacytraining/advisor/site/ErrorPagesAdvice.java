package com.legacytraining.advisor.site;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders the site's own error pages for the failures controllers raise on purpose. Anything else
 * reaches the {@link SiteErrorController}, which uses the same templates under {@code error/}.
 * Exception handlers get no {@code @ModelAttribute}s, so the layout's needs are added here.
 */
@ControllerAdvice
class ErrorPagesAdvice {

    private final SiteProperties site;

    ErrorPagesAdvice(SiteProperties site) {
        this.site = site;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return errorPage("error/404", HttpStatus.NOT_FOUND);
    }

    /**
     * A path segment that is not of its kind, such as {@code /admin/scenarios/0x10} where ids are
     * plain decimals: no page lives there. A bad query or form value is a bad request.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView wrongType(MethodArgumentTypeMismatchException mismatch) {
        return mismatch.getParameter().hasParameterAnnotation(PathVariable.class)
                ? errorPage("error/404", HttpStatus.NOT_FOUND)
                : errorPage("error/4xx", HttpStatus.BAD_REQUEST);
    }

    /** Two saves of one item at the same instant: the loser is told, and the winner's work stands. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView concurrentSave() {
        return errorPage("error/409", HttpStatus.CONFLICT);
    }

    ModelAndView errorPage(String view, HttpStatus status) {
        ModelAndView page = new ModelAndView(view, status);
        page.addObject("site", site);
        page.addObject("section", "");
        return page;
    }
}
