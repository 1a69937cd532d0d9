package com.legacytraining.advisor.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The second factor an admin needs after their password while {@link SecondFactorPolicy} requires one: a
 * passkey ({@link FactorGrantedAuthority#WEBAUTHN_AUTHORITY}, as Spring Security's WebAuthn support grants it)
 * or one of their recovery codes ({@link #RECOVERY_CODE_AUTHORITY}). The factors an admin has passed are
 * authorities of their {@link Authentication}, kept in the session.
 */
@Component
public class SecondFactor {

    /** The factor a recovery code stands for. */
    static final String RECOVERY_CODE_AUTHORITY = "FACTOR_RECOVERY_CODE";

    /** Where an admin who has a passkey is asked for it. */
    public static final String PAGE = "/admin/login/second-factor";

    /** Where an admin with no passkey makes one, which is all they may do until they have. */
    public static final String PASSKEYS_PAGE = "/admin/account/passkeys";

    /** The page an admin asked for while they owed a second factor, to go on to once they have given it. */
    private static final String TARGET = SecondFactor.class.getName() + ".target";

    private static final Set<String> ALWAYS_OPEN = Set.of("/admin/logout", PAGE);
    private static final Set<String> OPEN_TO_REGISTER = Set.of(PASSKEYS_PAGE, PASSKEYS_PAGE + "/options",
            PASSKEYS_PAGE + "/register");

    private final SecondFactorPolicy policy;
    private final Passkeys passkeys;
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();
    private static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

    SecondFactor(SecondFactorPolicy policy, Passkeys passkeys) {
        this.policy = policy;
        this.passkeys = passkeys;
    }

    /** Whether this signed-in admin still owes a second factor. */
    public boolean missing(Authentication authentication) {
        return policy.isRequired() && trust.isAuthenticated(authentication)
                && !(has(authentication, FactorGrantedAuthority.PASSWORD_AUTHORITY) && passed(authentication));
    }

    /** Whether this admin has used a passkey or recovery code in this session. */
    static boolean passed(Authentication authentication) {
        return has(authentication, FactorGrantedAuthority.WEBAUTHN_AUTHORITY)
                || has(authentication, RECOVERY_CODE_AUTHORITY);
    }

    static boolean has(Authentication authentication, String authority) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(granted -> authority.equals(granted.getAuthority()));
    }

    /**
     * Adds a factor to the signed-in admin's authentication and gives the session a new id, as any change of
     * rights does.
     */
    public void grant(String factor, HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        request.changeSessionId();
        replace(withFactor(current, factor), request, response);
    }

    /** Puts this authentication in place of the signed-in admin's, for this request and in the session. */
    static void replace(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        CONTEXTS.saveContext(context, request, response);
    }

    /**
     * The admin page this browser asked for while it owed a second factor (the sign-in's saved request, a
     * page whose kept text waits, or one opened since), to go on to once the factor is given.
     */
    public static Optional<String> target(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(TARGET) instanceof String page ? Optional.of(page)
                : Optional.empty();
    }

    /** {@link #target}, forgotten now that it is gone to. */
    public static Optional<String> takeTarget(HttpServletRequest request) {
        Optional<String> target = target(request);
        target.ifPresent(page -> request.getSession().removeAttribute(TARGET));
        return target;
    }

    /** Adds the factor of a recovery code just used. */
    public void grantRecoveryCode(HttpServletRequest request, HttpServletResponse response) {
        grant(RECOVERY_CODE_AUTHORITY, request, response);
    }

    /** The same admin with one more factor. */
    static Authentication withFactor(Authentication current, String factor) {
        Collection<GrantedAuthority> authorities = new ArrayList<>(current.getAuthorities());
        if (!has(current, factor)) {
            authorities.add(FactorGrantedAuthority.fromAuthority(factor));
        }
        return withAuthorities(current, authorities);
    }

    /** The same admin, signed in the same way, with these authorities. */
    static Authentication withAuthorities(Authentication current, Collection<? extends GrantedAuthority> authorities) {
        UsernamePasswordAuthenticationToken changed = UsernamePasswordAuthenticationToken.authenticated(
                current.getPrincipal(), null, List.copyOf(authorities));
        changed.setDetails(current.getDetails());
        return changed;
    }

    /**
     * The gate in front of the admin area: an admin who owes a second factor reaches only the page that asks
     * for it, or, having no passkey, the page that makes one; anything else, form posts included, is sent there.
     */
    OncePerRequestFilter gate() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                return !(path.equals("/admin") || path.startsWith("/admin/")) || path.equals("/admin/login")
                        || path.startsWith("/admin/login/passkey") || ALWAYS_OPEN.contains(path);
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
                if (!missing(authentication)) {
                    chain.doFilter(request, response);
                    return;
                }
                String path = request.getRequestURI().substring(request.getContextPath().length());
                boolean hasPasskey = passkeys.any(authentication.getName());
                if (!hasPasskey && OPEN_TO_REGISTER.contains(path)) {
                    chain.doFilter(request, response);
                } else {
                    rememberTarget(request);
                    BackToSignIn.seeOther(request, response, hasPasskey ? PAGE : PASSKEYS_PAGE);
                }
            }
        };
    }

    /**
     * Keeps the page a GET asked for. By now Spring Security has taken the sign-in's saved request (this is its
     * {@code ?continue} replay), so without this the admin would land on the dashboard after the second factor.
     */
    private static void rememberTarget(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return;
        }
        SignInTarget.of(SignInTarget.withoutContinue(SignInTarget.pathAndQuery(request)))
                .ifPresent(page -> request.getSession().setAttribute(TARGET, page));
    }
}
