package com.legacytraining.advisor.site;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;

/**
 * Where a browser says a request came from. A browser names the page a form was posted from in
 * {@code Origin} and, in current browsers, tells in {@code Sec-Fetch-Site} whether it was this site;
 * another site cannot make a browser lie in either.
 */
public final class SameOrigin {

    private SameOrigin() {
    }

    /** Whether the browser says the request came from another site (a request naming no origin does not). */
    public static boolean fromAnotherSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return true;
        }
        String origin = request.getHeader("Origin");
        return origin != null && !matches(origin, request);
    }

    /** Whether the browser says the request came from a page of this site: the headers must say so, not just be missing. */
    public static boolean fromThisSite(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        return !fromAnotherSite(request)
                && ("same-origin".equals(request.getHeader("Sec-Fetch-Site")) || origin != null && matches(origin, request));
    }

    private static boolean matches(String origin, HttpServletRequest request) {
        try {
            URI uri = URI.create(origin);
            if (uri.getHost() == null || uri.getScheme() == null) {
                return false; // "null": a sandboxed frame, a file, a redirect from elsewhere
            }
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
            return uri.getScheme().equalsIgnoreCase(request.getScheme())
                    && uri.getHost().toLowerCase(Locale.ROOT).equals(request.getServerName().toLowerCase(Locale.ROOT))
                    && port == request.getServerPort();
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
