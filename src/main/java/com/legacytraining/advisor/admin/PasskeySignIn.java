package com.legacytraining.advisor.admin;

import com.legacytraining.advisor.history.AuditAction;
import com.legacytraining.advisor.history.AuditDetail;
import com.legacytraining.advisor.history.AuditLog;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.PublicKeyCredentialRequestOptionsFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Signing in with a passkey, with Spring Security's WebAuthn filters moved under {@code /admin} (the session
 * cookie is sent nowhere else): {@code POST /admin/login/passkey/options} gives the challenge,
 * {@code POST /admin/login/passkey} checks the answer. The {@code webAuthn()} DSL fixes their paths at
 * {@code /webauthn/...} and {@code /login/webauthn}, and sets up neither a new session id nor anything of
 * ours, so the filters are made here instead, with what a password sign-in has: the throttle, a check that
 * the account is enabled, a new session id, {@link SessionStamp} and the audit log.
 * <p>
 * Used as the second factor (the admin signed in with their password in this session), the passkey must be
 * their own, and its factor is added to the password's: Spring Security 7.0's own merging of factors
 * (spring-security#18128) is not relied on. While a second factor is required, a passkey alone does not
 * sign in: the password comes first.
 */
final class PasskeySignIn {

    static final String OPTIONS = "/admin/login/passkey/options";
    static final String SIGN_IN = "/admin/login/passkey";

    private PasskeySignIn() {
    }

    static PublicKeyCredentialRequestOptionsFilter optionsFilter(WebAuthnRelyingPartyOperations relyingParty) {
        PublicKeyCredentialRequestOptionsFilter filter = new PublicKeyCredentialRequestOptionsFilter(relyingParty);
        filter.setRequestMatcher(pathPattern(HttpMethod.POST, OPTIONS));
        return filter;
    }

    static WebAuthnAuthenticationFilter signInFilter(WebAuthnRelyingPartyOperations relyingParty,
            AdminUserService users, SignInThrottle throttle, SecondFactorPolicy policy, AuditLog audit, Clock clock) {
        WebAuthnAuthenticationFilter filter = new ThrottledFilter(throttle);
        filter.setRequiresAuthenticationRequestMatcher(pathPattern(HttpMethod.POST, SIGN_IN));
        filter.setAuthenticationManager(new ProviderManager(new Provider(relyingParty, users, policy)));
        filter.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
        filter.setAuthenticationSuccessHandler((request, response, authentication) -> {
            boolean secondFactor = SecondFactor.has(authentication, FactorGrantedAuthority.PASSWORD_AUTHORITY);
            audit.record(authentication.getName(),
                    secondFactor ? AuditAction.SECOND_FACTOR_PASSED : AuditAction.PASSKEY_SIGN_IN,
                    SignInThrottle.SIGN_IN, AuditDetail.of("audit.detail.fromAddress", request.getRemoteAddr()));
            if (!secondFactor) {
                SessionStamp.signedIn(request, users, authentication.getName(), clock.instant());
            }
            String target = SecondFactor.takeTarget(request).or(() -> SignInTarget.saved(request)).orElse("/admin");
            answer(response, HttpStatus.OK, "{\"redirectUrl\":\"" + request.getContextPath() + target + "\"}");
        });
        filter.setAuthenticationFailureHandler((request, response, failure) -> {
            String error = failure instanceof LockedException ? "locked"
                    : failure instanceof PasswordFirstException ? "passwordFirst" : "failed";
            if (failure instanceof PasswordFirstException first) {
                audit.record(first.username, AuditAction.SECOND_FACTOR_MISSING, SignInThrottle.SIGN_IN,
                        AuditDetail.of("audit.detail.passwordFirst", request.getRemoteAddr()));
            }
            answer(response, HttpStatus.UNAUTHORIZED, "{\"error\":\"" + error + "\"}");
        });
        return filter;
    }

    private static void answer(HttpServletResponse response, HttpStatus status, String json) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Counts a failed passkey like a failed password: against the address, and the account when known. */
    private static final class ThrottledFilter extends WebAuthnAuthenticationFilter {

        private final SignInThrottle throttle;

        ThrottledFilter(SignInThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        public Authentication attemptAuthentication(HttpServletRequest request, HttpServletResponse response)
                throws AuthenticationException, IOException, ServletException {
            String address = request.getRemoteAddr();
            if (throttle.isAddressLocked(address)) {
                throttle.recordRefusal(SignInThrottle.UNKNOWN_PASSKEY, address);
                throw new LockedException("Too many failed sign-in attempts");
            }
            Authentication result;
            try {
                result = super.attemptAuthentication(request, response);
            } catch (PasswordFirstException first) {
                throw first;
            } catch (AuthenticationException failure) {
                String owner = failure instanceof KnownOwnerException known ? known.username : null;
                throttle.recordPasskeyFailure(owner, address);
                throw new BadCredentialsException("Bad credentials");
            }
            if (throttle.isLocked(result.getName(), address)) {
                throttle.recordRefusal(result.getName(), address);
                throw new LockedException("Too many failed sign-in attempts");
            }
            return result;
        }
    }

    /** Checks the passkey with Spring Security's relying party, then what it leaves to us. */
    private static final class Provider implements AuthenticationProvider {

        private final WebAuthnRelyingPartyOperations relyingParty;
        private final AdminUserService users;
        private final SecondFactorPolicy policy;

        Provider(WebAuthnRelyingPartyOperations relyingParty, AdminUserService users, SecondFactorPolicy policy) {
            this.relyingParty = relyingParty;
            this.users = users;
            this.policy = policy;
        }

        @Override
        public Authentication authenticate(Authentication authentication) {
            WebAuthnAuthenticationRequestToken request = (WebAuthnAuthenticationRequestToken) authentication;
            PublicKeyCredentialUserEntity owner;
            try {
                owner = relyingParty.authenticate(request.getWebAuthnRequest());
            } catch (RuntimeException refused) {
                throw new BadCredentialsException("Passkey refused", refused);
            }
            String username = owner.getName();
            UserDetails user;
            try {
                user = users.loadUserByUsername(username);
            } catch (AuthenticationException gone) {
                throw new KnownOwnerException(username);
            }
            if (!user.isEnabled()) {
                throw new KnownOwnerException(username);
            }
            Authentication current = SecurityContextHolder.getContext().getAuthentication();
            boolean signedIn = new AuthenticationTrustResolverImpl().isAuthenticated(current);
            if (signedIn && SecondFactor.has(current, FactorGrantedAuthority.PASSWORD_AUTHORITY)) {
                if (!current.getName().equals(user.getUsername())) {
                    throw new KnownOwnerException(username);
                }
                return SecondFactor.withFactor(current, FactorGrantedAuthority.WEBAUTHN_AUTHORITY);
            }
            if (policy.isRequired()) {
                throw new PasswordFirstException(user.getUsername());
            }
            Collection<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
            authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.WEBAUTHN_AUTHORITY));
            return UsernamePasswordAuthenticationToken.authenticated(user, null, List.copyOf(authorities));
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
        }
    }

    /** A genuine passkey that may not sign in: its admin is disabled or gone, or another admin is signed in. */
    private static final class KnownOwnerException extends BadCredentialsException {

        private final transient String username;

        KnownOwnerException(String username) {
            super("Passkey may not sign in");
            this.username = username;
        }
    }

    /** A passkey alone while a second factor is required. */
    private static final class PasswordFirstException extends BadCredentialsException {

        private final transient String username;

        PasswordFirstException(String username) {
            super("Password first");
            this.username = username;
        }
    }
}
