package com.legacytraining.advisor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Requests of a browser whose admin session ended while a page was open, for the tests of what is kept
 * then: the form it posts, signing in again, and what its new session stores.
 */
public final class EndedSessions {

    /** The origin MockMvc's requests come from. */
    public static final String ORIGIN = "http://localhost";

    /** The CSRF token a page kept from its session, which has since ended. */
    public static final String STALE_TOKEN = "a-token-of-a-session-that-has-ended";

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    private EndedSessions() {
    }

    /** The POST a browser sends from a page of this site whose session has since ended. */
    public static MockHttpServletRequestBuilder expired(MockHttpServletRequestBuilder post) {
        return post.header("Origin", ORIGIN).header("Sec-Fetch-Site", "same-origin").param("_csrf", STALE_TOKEN);
    }

    /** Signing in with a fresh token, each time from another address so that no throttle counts them together. */
    public static MockHttpServletRequestBuilder signIn(String name, String password) {
        String address = "203.0.113." + ADDRESSES.incrementAndGet() % 250;
        return post("/admin/login").with(csrf()).param("username", name).param("password", password)
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    /** What the database holds of this browser's session, as text: Spring Session keeps every attribute there. */
    public static String stored(JdbcClient jdbc, MockBrowser browser) {
        return jdbc.sql("""
                select a.attribute_bytes from spring_session_attributes a
                join spring_session s on s.primary_id = a.session_primary_id where s.session_id = ?""")
                .param(browser.sessionId().orElseThrow()).query(byte[].class).list().stream()
                .map(bytes -> new String(bytes, StandardCharsets.ISO_8859_1)).collect(Collectors.joining("\n"));
    }
}
