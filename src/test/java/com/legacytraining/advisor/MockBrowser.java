package com.legacytraining.advisor;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One browser's session across MockMvc requests. Sessions are Spring Session's, kept in the database
 * and named by the {@value #COOKIE} cookie (MockMvc runs its filter), so whatever MockMvc itself puts in
 * a mock session ({@code session(...)}, {@code flashAttrs(...)}) never reaches the application: this
 * sends the cookie the last response set, and forgets it when a response clears it, as a browser does.
 *
 * <pre>
 * MockBrowser browser = new MockBrowser(mvc);
 * browser.perform(post("/admin/login").with(csrf()).param("username", name).param("password", password));
 * browser.perform(get("/admin")).andExpect(status().isOk());
 * </pre>
 */
public final class MockBrowser {

    /** Spring Session's cookie. */
    public static final String COOKIE = "SESSION";

    private final MockMvc mvc;
    private Cookie session;

    public MockBrowser(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** Sends the request with this browser's session cookie, if it has one, and keeps the cookie it gets back. */
    public ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
        if (session != null) {
            request.cookie(session);
        }
        ResultActions actions = mvc.perform(request);
        remember(actions.andReturn());
        return actions;
    }

    /** The id of this browser's session (the cookie carries it Base64-encoded), when it has a cookie. */
    public Optional<String> sessionId() {
        return Optional.ofNullable(session)
                .map(cookie -> new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8));
    }

    /** Drops the session cookie, as a browser does with an expired one. */
    public void forgetSession() {
        session = null;
    }

    private void remember(MvcResult result) {
        Cookie set = result.getResponse().getCookie(COOKIE);
        if (set != null) {
            session = set.getMaxAge() == 0 ? null : set;
        }
    }
}
