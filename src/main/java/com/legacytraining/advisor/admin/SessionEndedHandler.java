package com.legacytraining.advisor.admin;

import com.legacytraining.advisor.site.SameOrigin;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;

/**
 * What happens to a form that arrives after its session ended: its CSRF token belonged to that session,
 * or it carries none that matches. Nothing it asks for is done, and nothing typed into it is lost:
 * <ul>
 * <li>the sign-in form shows itself again, with a fresh token, the username and the page the admin was
 * going to;</li>
 * <li>an editor's text is kept ({@link KeptForms}) and the admin signs in again, then finds it back in
 * the editor, not yet saved; an admin still signed in (another tab signed in again since the form was
 * opened) goes straight back to the editor.</li>
 * </ul>
 * Any other refusal is the admin area's plain 403 page.
 */
final class SessionEndedHandler implements AccessDeniedHandler, AuthenticationEntryPoint {

    static final String SIGN_IN = "/admin/login";

    private final AccessDeniedHandler refuse = new AccessDeniedHandlerImpl();
    private final AuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint(SIGN_IN);
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (!(denied instanceof CsrfException) || !"POST".equals(request.getMethod())) {
            refuse.handle(request, response, denied);
        } else if (path(request).equals(SIGN_IN)) {
            signInPageExpired(request, response);
        } else {
            formWithoutSession(request, response, denied);
        }
    }

    /** A form posted by a browser that is not signed in, with a token that still matched its session. */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException notSignedIn)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod())) {
            formWithoutSession(request, response, null);
        } else {
            signIn.commence(request, response, notSignedIn);
        }
    }

    private void signInPageExpired(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> target = SignInTarget.of(request.getParameter("target"));
        if (signedIn()) {
            BackToSignIn.seeOther(request, response, target.orElse("/admin"));
            return;
        }
        BackToSignIn.withNotice(request, response, "signIn.expired", request.getParameter("username"), target);
    }

    private void formWithoutSession(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException denied) throws IOException, ServletException {
        Optional<String> page = KeptForms.pageOf(request).or(() -> refererPage(request));
        boolean kept = KeptForms.keep(request);
        if (!signedIn()) {
            BackToSignIn.withNotice(request, response, kept ? "signIn.kept" : "signIn.notSaved", null, page);
        } else if (kept) {
            BackToSignIn.seeOther(request, response, page.orElseThrow());
        } else {
            refuse.handle(request, response, denied);
        }
    }

    private boolean signedIn() {
        return trust.isAuthenticated(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The admin page a button was pressed on (an archive or move button keeps no text), when this site says so. */
    private static Optional<String> refererPage(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null || !SameOrigin.fromThisSite(request)) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(referer);
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            if (!path.startsWith(request.getContextPath())) {
                return Optional.empty();
            }
            path = path.substring(request.getContextPath().length());
            return SignInTarget.of(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
