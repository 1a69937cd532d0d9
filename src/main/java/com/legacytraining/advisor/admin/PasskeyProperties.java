package com.legacytraining.advisor.admin;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who the admins' passkeys belong to, as WebAuthn calls it the relying party.
 *
 * @param rpId the domain passkeys are bound to: {@code localhost} on a developer's machine, the site's domain
 *        (such as {@code advisor.example.org}) in production. Passkeys made for one id never work for another.
 * @param rpName the name an authenticator shows beside a passkey
 * @param allowedOrigins the addresses whose pages may use the passkeys, such as {@code https://advisor.example.org}
 */
@ConfigurationProperties("advisor.webauthn")
record PasskeyProperties(String rpId, String rpName, Set<String> allowedOrigins) {
}
