package com.legacytraining.advisor.admin;

import static org.mockito.Mockito.mock;

import com.legacytraining.advisor.history.AuditLog;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * The site's own security rules for {@code @WebMvcTest} slices. A slice does not scan configuration
 * classes, so without this it would get Spring Boot's default chain, which puts every page behind sign-in;
 * with it, a slice answers as the site does: public pages open to anyone, POSTs needing a CSRF token, the
 * security headers set. The beans behind sign-in need the database, so they are mocks: slices of public
 * pages never sign in.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfiguration.class)
public class SecuritySliceConfiguration {

    @Bean
    AdminUserService adminUserService() {
        return mock(AdminUserService.class);
    }

    @Bean
    SignInThrottle signInThrottle() {
        return mock(SignInThrottle.class);
    }

    @Bean
    AuditLog auditLog() {
        return mock(AuditLog.class);
    }

    @Bean
    SecondFactorPolicy secondFactorPolicy() {
        return new SecondFactorPolicy(false);
    }

    @Bean
    SecondFactor secondFactor(SecondFactorPolicy policy) {
        return new SecondFactor(policy, mock(Passkeys.class));
    }

    @Bean
    WebAuthnRelyingPartyOperations relyingPartyOperations() {
        return mock(WebAuthnRelyingPartyOperations.class);
    }
}
