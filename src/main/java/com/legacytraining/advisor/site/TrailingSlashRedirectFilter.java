package com.legacytraining.advisor.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /faq/} and {@code /guidance/some-page/} are the pages without the slash: a GET or HEAD
 * is sent there permanently (301), query string kept, so a mistyped or copied link still works and
 * every page has one address. It answers before Spring Security, so it sends the security headers
 * itself.
 */
class TrailingSlashRedirectFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                || path.length() <= 1 || !path.endsWith("/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().replaceAll("/+$", "").replaceAll("^/+", "/");
        if (path.isEmpty()) {
            path = "/";
        }
        String query = request.getQueryString();
        SecurityHeaders.ALL.forEach(response::setHeader);
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        // A path, never a host: "//evil.example/" must not become a link to another site.
        response.setHeader(HttpHeaders.LOCATION, query == null ? path : path + "?" + query);
    }
}
