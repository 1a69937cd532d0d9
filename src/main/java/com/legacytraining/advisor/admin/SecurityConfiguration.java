package com.legacytraining.advisor.admin;

import com.legacytraining.advisor.history.AuditAction;
import com.legacytraining.advisor.history.AuditDetail;
import com.legacytraining.advisor.history.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** No inline script or style anywhere, and nothing from another origin. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** The public forms' POSTs: enquiries and page feedback. */
    private static final String[] PUBLIC_FORM_POSTS = { "/enquiry", "/feedback", "/feedback/comment" };

    /** BCrypt's cost; 12 by default. Tests lower it to stay fast; never lower it in production. */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${advisor.admin.bcrypt-strength:12}") int strength) {
        return new PrehashingPasswordEncoder(strength);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AdminUserService users, PasswordEncoder passwordEncoder,
            SignInThrottle throttle, AuditLog audit) throws Exception {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(users);
        passwordCheck.setPasswordEncoder(passwordEncoder);

        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/admin/login").permitAll()
                        // Deny by default: every admin route, present or future, needs the role.
                        .requestMatchers("/admin", "/admin/**").hasRole("ADMIN")
                        .anyRequest().permitAll())
                // Public forms sit on pages cached whole for everyone, so they carry no token; the visitors
                // module checks their origin, a honeypot and a rate limit instead.
                .csrf(csrf -> csrf.ignoringRequestMatchers(PUBLIC_FORM_POSTS))
                .authenticationProvider(new ThrottledAuthenticationProvider(passwordCheck, throttle))
                .formLogin(form -> form
                        .loginPage("/admin/login")
                        .loginProcessingUrl("/admin/login")
                        .successHandler(signedIn(audit))
                        .failureHandler(signInFailed()))
                .logout(logout -> logout
                        .logoutUrl("/admin/logout")
                        .logoutSuccessUrl("/admin/login?signedOut"))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        // Cache-Control is set per area by the site's caching filter.
                        .cacheControl(cache -> cache.disable())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions
                                .policy("camera=(), microphone=(), geolocation=(), interest-cohort=()")));
        return http.build();
    }

    private static AuthenticationSuccessHandler signedIn(AuditLog audit) {
        SavedRequestAwareAuthenticationSuccessHandler redirect = new SavedRequestAwareAuthenticationSuccessHandler();
        redirect.setDefaultTargetUrl("/admin");
        return (request, response, authentication) -> {
            audit.record(authentication.getName(), AuditAction.SIGN_IN, SignInThrottle.SIGN_IN,
                    AuditDetail.of("audit.detail.fromAddress", request.getRemoteAddr()));
            redirect.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /** Back to the form with the username kept and one message for every kind of failure but a lockout. */
    private static AuthenticationFailureHandler signInFailed() {
        SessionFlashMapManager flashes = new SessionFlashMapManager();
        return (request, response, exception) -> {
            FlashMap flash = new FlashMap();
            flash.put("username", request.getParameter("username"));
            flash.put("signInError", exception instanceof LockedException ? "signIn.locked" : "signIn.failed");
            flash.setTargetRequestPath(request.getContextPath() + "/admin/login");
            flashes.saveOutputFlashMap(flash, request, response);
            response.sendRedirect(request.getContextPath() + "/admin/login");
        };
    }
}
