package com.legacytraining.advisor.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends an admin's session as soon as their rights change, and at the latest a fixed time after they
 * signed in, however busy it has been. Every sign-in stamps the session with the account's credential
 * stamp ({@link AdminUserService#credentialStamp}) and the time, and every admin request compares
 * them with the account as stored now and with the clock. Disabling the account, or changing its
 * password, so ends every other session of it at once, on every instance sharing the database; the
 * lifetime ends a session that was never left idle long enough to time out. A form posted by such a
 * session is not applied, but what it held is kept ({@link KeptForms}).
 */
public final class SessionStamp {

    static final String ATTRIBUTE = SessionStamp.class.getName();

    private SessionStamp() {
    }

    /** Stamps this request's session after a sign-in: the account's current stamp, and now as the start of its lifetime. */
    static void signedIn(HttpServletRequest request, AdminUserService users, String username, Instant now) {
        users.credentialStamp(username)
                .ifPresent(credentials -> request.getSession().setAttribute(ATTRIBUTE, new Stamp(credentials, now)));
    }

    /**
     * Stamps this request's session with the account's current stamp after a password change, so that
     * this session goes on; its lifetime still counts from the sign-in.
     */
    public static void renew(HttpServletRequest request, AdminUserService users, String username) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ATTRIBUTE) instanceof Stamp stamp) {
            users.credentialStamp(username).ifPresent(
                    credentials -> session.setAttribute(ATTRIBUTE, new Stamp(credentials, stamp.signedInAt())));
        }
    }

    /** When this session's admin signed in, if they did in it. */
    static Optional<Instant> signedInAt(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ATTRIBUTE) instanceof Stamp stamp
                ? Optional.of(stamp.signedInAt()) : Optional.empty();
    }

    /** The filter that checks the stamp, and the lifetime since it was made, on every admin request. */
    static OncePerRequestFilter filter(AdminUserService users, Clock clock, Duration lifetime) {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                // The sign-in page stays open to an ended session, and signing out ends it anyway.
                return !(path.equals("/admin") || path.startsWith("/admin/")) || path.equals("/admin/login")
                        || path.equals("/admin/logout");
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                HttpSession session = request.getSession(false);
                var authentication = SecurityContextHolder.getContext().getAuthentication();
                if (session == null || authentication == null
                        || !(session.getAttribute(ATTRIBUTE) instanceof Stamp stamp)) {
                    chain.doFilter(request, response);
                    return;
                }
                Optional<String> current = users.credentialStamp(authentication.getName());
                if (current.isEmpty() || !current.get().equals(stamp.credentials())) {
                    end(session, request);
                    response.sendRedirect(request.getContextPath() + "/admin/login?ended");
                } else if (!clock.instant().isBefore(stamp.signedInAt().plus(lifetime))) {
                    lifetimeEnded(request, response, end(session, request));
                } else {
                    chain.doFilter(request, response);
                }
            }
        };
    }

    /**
     * Ends the session; what a form posted by it held is kept.
     *
     * @return whether a form was kept
     */
    private static boolean end(HttpSession session, HttpServletRequest request) {
        session.invalidate();
        SecurityContextHolder.clearContext();
        // What was typed waits in a new session for whoever signs in on this browser next.
        return "POST".equals(request.getMethod()) && KeptForms.keep(request);
    }

    /** To sign in again, then back to the page asked for, or to the editor whose text was kept. */
    private static void lifetimeEnded(HttpServletRequest request, HttpServletResponse response, boolean kept) {
        if (!"POST".equals(request.getMethod())) {
            BackToSignIn.withNotice(request, response, "signIn.lifetimeEnded", null,
                    SignInTarget.of(SignInTarget.pathAndQuery(request)));
        } else if (kept) {
            BackToSignIn.withNotice(request, response, "signIn.kept", null, KeptForms.pageOf(request));
        } else {
            BackToSignIn.withNotice(request, response, "signIn.notSaved", null, Optional.empty());
        }
    }

    /**
     * What a session holds of its sign-in: a digest of the account's credentials then, and when it was.
     * Sessions are kept in the database, so it is {@link Serializable}.
     */
    private record Stamp(String credentials, Instant signedInAt) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }
}
