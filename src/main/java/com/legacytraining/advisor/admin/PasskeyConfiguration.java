package com.legacytraining.advisor.admin;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

/**
 * The relying party for admins' passkeys ({@link PasskeyProperties}), with Spring Security's JDBC repositories
 * on the tables of Flyway's V17. Every passkey must verify its user (a PIN, a fingerprint), which makes a
 * passkey alone as strong as a password and a second factor.
 */
@Configuration(proxyBeanMethods = false)
class PasskeyConfiguration {

    /** Read by Spring Security on every ceremony, so an origin added after start-up counts at once. */
    private final Set<String> allowedOrigins = new CopyOnWriteArraySet<>();

    private final PasskeyProperties properties;

    PasskeyConfiguration(PasskeyProperties properties) {
        this.properties = properties;
        properties.allowedOrigins().stream().map(PasskeyConfiguration::withoutTrailingSlash)
                .forEach(allowedOrigins::add);
    }

    @Bean
    PublicKeyCredentialUserEntityRepository passkeyUserEntities(JdbcTemplate jdbc) {
        return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
    }

    @Bean
    UserCredentialRepository passkeyCredentials(JdbcTemplate jdbc) {
        return new JdbcUserCredentialRepository(jdbc);
    }

    @Bean
    PublicKeyCredentialRpEntity relyingParty() {
        return PublicKeyCredentialRpEntity.builder().id(properties.rpId()).name(properties.rpName()).build();
    }

    @Bean
    Webauthn4JRelyingPartyOperations relyingPartyOperations(PublicKeyCredentialUserEntityRepository userEntities,
            UserCredentialRepository credentials, PublicKeyCredentialRpEntity relyingParty) {
        Webauthn4JRelyingPartyOperations operations = new Webauthn4JRelyingPartyOperations(userEntities, credentials,
                relyingParty, allowedOrigins);
        operations.setCustomizeRequestOptions(options -> options.userVerification(UserVerificationRequirement.REQUIRED));
        return operations;
    }

    /**
     * On a developer's machine (relying party {@code localhost}) the port the server really listens on is allowed
     * too, whatever the configured address says: a second instance on another port, or a test on a random one.
     * No other site can serve pages from this machine's localhost, so this opens nothing to anyone else.
     */
    @EventListener
    void allowLocalPort(WebServerInitializedEvent started) {
        if ("localhost".equals(properties.rpId()) && started.getWebServer().getPort() > 0) {
            allowedOrigins.add("http://localhost:" + started.getWebServer().getPort());
        }
    }

    private static String withoutTrailingSlash(String origin) {
        String trimmed = origin.strip();
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
