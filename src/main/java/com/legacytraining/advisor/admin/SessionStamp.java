package com.legacytraining.advisor.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends an admin's session as soon as their rights change: every sign-in stamps the session with the
 * account's credential stamp ({@link AdminUserService#credentialStamp}), and every admin request
 * compares it with the account as stored now. Disabling the account, or changing its password, so
 * ends every other session of it at once, on every instance sharing the database. A form posted by
 * such a session is not applied, but what it held is kept ({@link KeptForms}).
 */
public final class SessionStamp {

    static final String ATTRIBUTE = SessionStamp.class.getName();

    private SessionStamp() {
    }

    /** Stamps this request's session with the account's current stamp, after sign-in or a password change. */
    public static void renew(HttpServletRequest request, AdminUserService users, String username) {
        users.credentialStamp(username).ifPresent(stamp -> request.getSession().setAttribute(ATTRIBUTE, stamp));
    }

    /** The filter that checks the stamp on every admin request. */
    static OncePerRequestFilter filter(AdminUserService users) {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                return !(path.equals("/admin") || path.startsWith("/admin/")) || path.equals("/admin/login");
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                HttpSession session = request.getSession(false);
                Object stamped = session == null ? null : session.getAttribute(ATTRIBUTE);
                var authentication = SecurityContextHolder.getContext().getAuthentication();
                if (stamped != null && authentication != null) {
                    Optional<String> current = users.credentialStamp(authentication.getName());
                    if (current.isEmpty() || !current.get().equals(stamped)) {
                        session.invalidate();
                        SecurityContextHolder.clearContext();
                        if ("POST".equals(request.getMethod())) {
                            // What was typed waits in a new session for whoever signs in on this browser next.
                            KeptForms.keep(request);
                        }
                        response.sendRedirect(request.getContextPath() + "/admin/login?ended");
                        return;
                    }
                }
                chain.doFilter(request, response);
            }
        };
    }
}
