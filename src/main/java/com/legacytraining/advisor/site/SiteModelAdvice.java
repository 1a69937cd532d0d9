package com.legacytraining.advisor.site;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page, so templates never reach into the request. */
@ControllerAdvice
class SiteModelAdvice {

    private final SiteProperties site;

    SiteModelAdvice(SiteProperties site) {
        this.site = site;
    }

    @ModelAttribute("site")
    SiteProperties site() {
        return site;
    }

    /** The first path segment ("guidance", "faq", "" for home), for marking the current page in the nav. */
    @ModelAttribute("section")
    String section(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String[] parts = path.split("/");
        return parts.length > 1 ? parts[1] : "";
    }

    /**
     * The page's path without its query, which the "Is this page useful?" form sends back. Only the
     * path: a query may hold one visitor's answers, and a rendered page is shared by its whole address.
     */
    @ModelAttribute("pagePath")
    String pagePath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /**
     * The page's own absolute address under the configured base URL (never the request's Host), for
     * the canonical link and Open Graph: just the path for a page search engines index, so tracking
     * parameters never split it; with the query for a noindex page such as a result, whose content
     * is its query.
     */
    @ModelAttribute("pageUrls")
    PageUrls pageUrls(HttpServletRequest request) {
        String path = pagePath(request);
        String query = request.getQueryString();
        return new PageUrls(site.absolute(path), query == null ? site.absolute(path) : site.absolute(path + "?" + query));
    }

    /** See {@link #pageUrls}: {@code canonical} has no query, {@code self} keeps it. */
    public record PageUrls(String canonical, String self) {
    }
}
