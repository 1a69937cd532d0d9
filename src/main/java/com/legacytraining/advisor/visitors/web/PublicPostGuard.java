package com.legacytraining.advisor.visitors.web;

import com.legacytraining.advisor.site.SameOrigin;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Public forms carry no CSRF token (their pages are cached whole and carry nothing per visitor), so
 * their POSTs are checked here instead: a browser names the page a form came from in {@code Origin}
 * (and in {@code Sec-Fetch-Site}), and a form posted from another site is refused. A request with
 * neither header is not from a browser that another site could drive, so it passes; the honeypot and
 * the rate limit are there for scripts.
 */
final class PublicPostGuard {

    private PublicPostGuard() {
    }

    static void requireSameOrigin(HttpServletRequest request) {
        if (SameOrigin.fromAnotherSite(request)) {
            throw new CrossSiteRequestException();
        }
    }

    /** A form posted from another site. */
    @ResponseStatus(HttpStatus.FORBIDDEN)
    static class CrossSiteRequestException extends RuntimeException {
        CrossSiteRequestException() {
            super("Form posted from another origin");
        }
    }

    /** The hidden field only scripts fill in was filled in. */
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    static class HoneypotException extends RuntimeException {
        HoneypotException() {
            super("Honeypot field filled in");
        }
    }

    /** Too many posts from one address within the hour; carries the text typed, to show it back. */
    @ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
    static class RateLimitedException extends RuntimeException {

        private final String typed;

        RateLimitedException() {
            this(null);
        }

        RateLimitedException(String typed) {
            super("Rate limit reached");
            this.typed = typed;
        }

        /** The message or comment the visitor typed, or {@code null}. */
        String typed() {
            return typed;
        }
    }
}
