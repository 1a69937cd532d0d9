package com.legacytraining.advisor.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Render once, serve many. The first filter of every request: a GET or HEAD of a public address
 * whose response is already in the {@link PageCache} for the current content generation is
 * answered from there, before security, MVC or Thymeleaf run, with the very headers the rendered
 * response had (every security header included), its ETag, a 304 for a matching
 * {@code If-None-Match}, and the gzipped body when the client accepts it. Otherwise the request goes
 * through, and a 200 response to a GET that sets no cookie, is not {@code no-store} and is HTML, JSON, XML
 * or plain text is kept for the next request.
 * <p>
 * Only public, per-address responses may be kept: admin pages, the actuator, static assets (they
 * have their own long-lived caching) and error dispatches are never seen here.
 */
class PageCacheFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(PageCacheFilter.class);

    private static final List<String> CACHEABLE_TYPES = List.of("text/html", "application/json",
            "application/xml", "text/plain");
    // Headers that belong to one response, or that this filter sets itself.
    private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "date", "content-length",
            "transfer-encoding", "etag", "content-encoding", "vary", "content-type");
    private static final List<String> NEVER_CACHED_PREFIXES = List.of("/admin", "/actuator", "/assets/", "/error");

    private final PageCache cache;
    private final ContentGeneration generation;

    PageCacheFilter(PageCache cache, ContentGeneration generation) {
        this.cache = cache;
        this.generation = generation;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return NEVER_CACHED_PREFIXES.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // The whole URL, host included: a response that names its own address (robots.txt, the
        // sitemap) must never be served for another host name than the one it was made for.
        String query = request.getQueryString();
        String url = request.getRequestURL().toString();
        String address = query == null ? url : url + "?" + query;
        long current;
        try {
            current = generation.current(request);
        } catch (RuntimeException unavailable) {
            // The database is down: let the request fail or succeed as it would without this cache.
            log.debug("No content generation, so no page cache for {}", address, unavailable);
            chain.doFilter(request, response);
            return;
        }
        RenderedPage page = cache.get(current, address);
        if (page != null && !acceptable(page, request)) {
            // Not this representation: let the application answer (406, say), and keep nothing.
            chain.doFilter(request, response);
            return;
        }
        if (page != null) {
            replayHeaders(page, response);
            send(page, request, response);
            return;
        }
        if (!"GET".equals(request.getMethod())) {
            // A HEAD response has no body to keep.
            chain.doFilter(request, response);
            return;
        }
        ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, rendering);
        if (!cacheable(rendering)) {
            rendering.copyBodyToResponse();
            return;
        }
        page = RenderedPage.of(headersOf(rendering), rendering.getContentAsByteArray());
        cache.put(current, address, page);
        send(page, request, response);
    }

    private static boolean acceptable(RenderedPage page, HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return true;
        }
        try {
            MediaType type = MediaType.parseMediaType(page.headers().get(HttpHeaders.CONTENT_TYPE).get(0));
            return MediaType.parseMediaTypes(accept).stream().anyMatch(accepted -> accepted.includes(type));
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }

    private static boolean cacheable(ContentCachingResponseWrapper response) {
        String type = response.getContentType();
        String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
        return response.getStatus() == HttpServletResponse.SC_OK
                && !response.containsHeader(HttpHeaders.SET_COOKIE)
                && !response.containsHeader(HttpHeaders.CONTENT_ENCODING)
                && (cacheControl == null || !cacheControl.contains("no-store"))
                && type != null && CACHEABLE_TYPES.stream().anyMatch(type::startsWith);
    }

    private static Map<String, List<String>> headersOf(HttpServletResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put(HttpHeaders.CONTENT_TYPE, List.of(response.getContentType()));
        if (response.getContentType().startsWith("text/html")) {
            // Views set the response locale, which Tomcat sends as Content-Language outside its header list.
            headers.put(HttpHeaders.CONTENT_LANGUAGE, List.of(response.getLocale().toLanguageTag()));
        }
        for (String name : response.getHeaderNames()) {
            if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, new ArrayList<>(response.getHeaders(name)));
            }
        }
        return headers;
    }

    private static void replayHeaders(RenderedPage page, HttpServletResponse response) {
        page.headers().forEach((name, values) -> {
            response.setHeader(name, values.get(0));
            values.stream().skip(1).forEach(value -> response.addHeader(name, value));
        });
    }

    private static void send(RenderedPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader(HttpHeaders.ETAG, page.etag());
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), page.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        byte[] body = page.body();
        if (page.gzipped() != null && acceptsGzip(request)) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            body = page.gzipped();
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        if (accepted == null) {
            return false;
        }
        for (String coding : accepted.toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = coding.strip().split(";");
            if (parts[0].strip().equals("gzip")) {
                return parts.length == 1 || !parts[1].replace(" ", "").equals("q=0");
            }
        }
        return false;
    }
}
