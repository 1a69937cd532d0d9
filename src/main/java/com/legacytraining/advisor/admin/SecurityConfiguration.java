package com.legacytraining.advisor.admin;

import com.legacytraining.advisor.history.AuditAction;
import com.legacytraining.advisor.history.AuditDetail;
import com.legacytraining.advisor.history.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import com.legacytraining.advisor.site.SecurityHeaders;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /** BCrypt's cost; 12 by default. Tests lower it to stay fast; never lower it in production. */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${advisor.admin.bcrypt-strength:12}") int strength) {
        return new PrehashingPasswordEncoder(strength);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AdminUserService users, PasswordEncoder passwordEncoder,
            SignInThrottle throttle, AuditLog audit, Clock clock,
            @Value("${advisor.admin.session-lifetime}") Duration sessionLifetime,
            WebAuthnRelyingPartyOperations relyingParty, SecondFactorPolicy secondFactorPolicy,
            SecondFactor secondFactor) throws Exception {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(users);
        passwordCheck.setPasswordEncoder(passwordEncoder);
        SessionEndedHandler sessionEnded = new SessionEndedHandler();

        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/admin/login", PasskeySignIn.OPTIONS, PasskeySignIn.SIGN_IN).permitAll()
                        // Deny by default: every admin route, present or future, needs the role.
                        .requestMatchers("/admin", "/admin/**").hasRole("ADMIN")
                        .anyRequest().permitAll())
                // Only the admin area changes anything for a signed-in browser, so only it needs CSRF
                // tokens; elsewhere a POST to a page that only answers GET is a plain 405.
                .csrf(csrf -> csrf
                        .requireCsrfProtectionMatcher(SecurityConfiguration::changesTheAdminArea)
                        .csrfTokenRequestHandler(new BodyOrHeaderCsrfTokenRequestHandler()))
                // One manager with one provider and no parent: a failed sign-in costs one BCrypt check,
                // not a second one in a fallback manager (an amplifier for password guessing).
                .authenticationManager(new ProviderManager(new ThrottledAuthenticationProvider(passwordCheck, throttle)))
                .formLogin(form -> form
                        .loginPage("/admin/login")
                        .loginProcessingUrl("/admin/login")
                        .successHandler(signedIn(audit, users, clock))
                        .failureHandler(signInFailed()))
                // A form whose session ended is shown again or kept, never lost to a bare 403.
                .exceptionHandling(exceptions -> exceptions
                        .accessDeniedHandler(sessionEnded)
                        .authenticationEntryPoint(sessionEnded))
                .logout(logout -> logout
                        .logoutUrl("/admin/logout")
                        .logoutSuccessUrl("/admin/login?signedOut"))
                // A new session id on signing in, stored by Spring Session like the rest of the session.
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterAfter(SessionStamp.filter(users, clock, sessionLifetime), SecurityContextHolderFilter.class)
                // Passkeys: Spring Security's WebAuthn filters at our own paths (PasskeySignIn says why), and
                // the gate that holds an admin who owes a second factor at the page that asks for it.
                .addFilterBefore(PasskeySignIn.signInFilter(relyingParty, users, throttle, secondFactorPolicy, audit,
                        clock), BasicAuthenticationFilter.class)
                .addFilterBefore(PasskeySignIn.optionsFilter(relyingParty), AuthorizationFilter.class)
                .addFilterBefore(secondFactor.gate(), AuthorizationFilter.class)
                .headers(headers -> headers
                        // Cache-Control is set per area by the site's caching filter.
                        .cacheControl(cache -> cache.disable())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions
                                .policy(SecurityHeaders.PERMISSIONS_POLICY)));
        return http.build();
    }

    /**
     * A request Spring Security's firewall refuses before anything else runs (a method outside HTTP's
     * common set, such as PROPFIND, or an encoded slash or NUL in the path) is a 400 like any other:
     * with the security headers, which no other filter has sent yet, and the site's error page.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> {
            SecurityHeaders.ALL.forEach(response::setHeader);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        };
    }

    private static boolean changesTheAdminArea(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !SAFE_METHODS.contains(request.getMethod()) && (path.equals("/admin") || path.startsWith("/admin/"));
    }

    /**
     * On to the page the sign-in form names (it carries it, since the saved request dies with a session
     * that ends while the form is open), else to the saved request, else to the dashboard.
     */
    private static AuthenticationSuccessHandler signedIn(AuditLog audit, AdminUserService users, Clock clock) {
        RequestCache savedRequests = new HttpSessionRequestCache();
        SavedRequestAwareAuthenticationSuccessHandler redirect = new SavedRequestAwareAuthenticationSuccessHandler();
        redirect.setDefaultTargetUrl("/admin");
        redirect.setRequestCache(savedRequests);
        return (request, response, authentication) -> {
            audit.record(authentication.getName(), AuditAction.SIGN_IN, SignInThrottle.SIGN_IN,
                    AuditDetail.of("audit.detail.fromAddress", request.getRemoteAddr()));
            SessionStamp.signedIn(request, users, authentication.getName(), clock.instant());
            Optional<String> target = SignInTarget.of(request.getParameter("target"));
            if (target.isPresent()) {
                savedRequests.removeRequest(request, response);
                response.sendRedirect(request.getContextPath() + target.get());
            } else {
                redirect.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }

    /** Back to the form with the username and destination kept and one message for every kind of failure but a lockout. */
    private static AuthenticationFailureHandler signInFailed() {
        return (request, response, exception) -> BackToSignIn.withError(request, response,
                exception instanceof LockedException ? "signIn.locked" : "signIn.failed", request.getParameter("username"),
                SignInTarget.of(request.getParameter("target")));
    }
}
