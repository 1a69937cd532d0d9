package com.legacytraining.advisor.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * The page an admin is on the way to when they sign in. The sign-in form carries it in a hidden field,
 * since the request Spring Security saved dies with a session that ends while the form is open. It
 * comes back from the browser, so only a path inside the admin area is taken: never another site
 * ({@code //evil.example}, {@code https://evil.example}, {@code /\evil.example}), never a path that
 * climbs out ({@code /admin/../x}), never the sign-in page itself.
 */
public final class SignInTarget {

    static final int MAX_LENGTH = 300;

    /** {@code /admin}, then segments of plain characters, then at most a plain query. */
    private static final Pattern ADMIN_PAGE = Pattern.compile(
            "/admin(/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)*(\\?[A-Za-z0-9._~=&%-]*)?");

    private SignInTarget() {
    }

    /** The candidate when it is a page of the admin area to go to after signing in. */
    public static Optional<String> of(String candidate) {
        if (candidate == null || candidate.length() > MAX_LENGTH || !ADMIN_PAGE.matcher(candidate).matches()) {
            return Optional.empty();
        }
        String path = candidate.contains("?") ? candidate.substring(0, candidate.indexOf('?')) : candidate;
        return path.equals("/admin/login") || path.equals("/admin/logout") ? Optional.empty() : Optional.of(candidate);
    }

    /** The admin page whose request Spring Security saved when it sent this browser to sign in. */
    public static Optional<String> saved(HttpServletRequest request) {
        // Its redirect URL would add Spring Security's "continue" marker; the saved path and query are the page.
        if (!(new HttpSessionRequestCache().getRequest(request, null) instanceof DefaultSavedRequest saved)
                || !"GET".equals(saved.getMethod()) || !saved.getRequestURI().startsWith(request.getContextPath())) {
            return Optional.empty();
        }
        String path = saved.getRequestURI().substring(request.getContextPath().length());
        return of(saved.getQueryString() == null ? path : path + "?" + saved.getQueryString());
    }

    /** A page without Spring Security's {@code continue} marker, which it adds when replaying a saved request. */
    static String withoutContinue(String pathAndQuery) {
        int query = pathAndQuery.indexOf('?');
        if (query < 0) {
            return pathAndQuery;
        }
        String kept = Arrays.stream(pathAndQuery.substring(query + 1).split("&"))
                .filter(parameter -> !parameter.equals("continue") && !parameter.startsWith("continue="))
                .collect(Collectors.joining("&"));
        return kept.isEmpty() ? pathAndQuery.substring(0, query) : pathAndQuery.substring(0, query + 1) + kept;
    }

    /** The path of this request inside the application, with its query when it has one. */
    static String pathAndQuery(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
