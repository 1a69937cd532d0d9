package com.legacytraining.advisor.site;

import java.util.Map;

/**
 * The security headers every response carries, in one place: Spring Security sends them on what
 * the application answers, and the container's own error page ({@link ServerErrorPages}) on what
 * Tomcat refuses before the application sees it.
 */
public final class SecurityHeaders {

    /** No inline script or style anywhere, and nothing from another origin. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** No camera, microphone, location or interest cohort for any page. */
    public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), interest-cohort=()";

    /** Every header with its value, as Spring Security sends them. */
    public static final Map<String, String> ALL = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "Permissions-Policy", PERMISSIONS_POLICY,
            "Referrer-Policy", "strict-origin-when-cross-origin",
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "X-XSS-Protection", "0");

    private SecurityHeaders() {
    }
}
