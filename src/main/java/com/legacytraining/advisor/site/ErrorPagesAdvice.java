package com.legacytraining.advisor.site;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
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
    ModelAndView notFound(HttpServletRequest request) {
        return errorPage(request, "error/404", HttpStatus.NOT_FOUND);
    }

    /**
     * A path segment that is not of its kind, such as {@code /admin/scenarios/0x10} where ids are
     * plain decimals: no page lives there. A bad query or form value is a bad request.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView wrongType(MethodArgumentTypeMismatchException mismatch, HttpServletRequest request) {
        return mismatch.getParameter().hasParameterAnnotation(PathVariable.class)
                ? errorPage(request, "error/404", HttpStatus.NOT_FOUND)
                : errorPage(request, "error/4xx", HttpStatus.BAD_REQUEST);
    }

    /** Two saves of one item at the same instant: the loser is told, and the winner's work stands. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView concurrentSave(HttpServletRequest request) {
        return errorPage(request, "error/409", HttpStatus.CONFLICT);
    }

    private ModelAndView errorPage(HttpServletRequest request, String view, HttpStatus status) {
        return errorPage(view, status, request.getRequestURI().substring(request.getContextPath().length()),
                request.getUserPrincipal());
    }

    /**
     * The site's page for an error, or under {@code /admin} the admin area's: in its layout, saying what
     * went wrong in an admin's terms, with the way back to the dashboard, or to sign in when not signed in.
     *
     * @param view the site's page for the error
     * @param path the address that failed
     */
    ModelAndView errorPage(String view, HttpStatus status, String path, Principal signedIn) {
        boolean admin = path.equals("/admin") || path.startsWith("/admin/");
        ModelAndView page = new ModelAndView(admin ? "error/admin" : view, status);
        page.addObject("site", site);
        page.addObject("section", "");
        if (admin) {
            page.addObject("adminUser", signedIn == null ? null : signedIn.getName());
            page.addObject("adminSection", "");
            AdminWords words = switch (status) {
                case FORBIDDEN -> new AdminWords("error.admin.403.title", "error.admin.403.text");
                case NOT_FOUND -> new AdminWords("error.admin.404.title", "error.admin.404.text");
                case CONFLICT -> new AdminWords("error.409.title", "error.409.text");
                default -> status.is4xxClientError() ? new AdminWords("error.4xx.title", "error.4xx.text")
                        : new AdminWords("error.500.title", "error.500.text");
            };
            page.addObject("errorTitle", words.title());
            page.addObject("errorText", words.text());
        }
        return page;
    }

    /** The message keys of an admin error page's heading and text. */
    private record AdminWords(String title, String text) {
    }
}
