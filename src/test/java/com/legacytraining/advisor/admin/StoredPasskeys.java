package com.legacytraining.advisor.admin;

import java.time.Instant;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/** Passkeys stored as a registration leaves them, for tests that need an admin to have one; keys are never checked. */
final class StoredPasskeys {

    /** When every stored passkey was added, and (as Spring Security stores a new one) "last used". */
    static final Instant ADDED = Instant.parse("2026-11-20T09:30:00Z");

    private StoredPasskeys() {
    }

    /** Gives the admin a passkey with this name; its credential id, base64url-encoded. */
    static String give(PublicKeyCredentialUserEntityRepository userEntities, UserCredentialRepository credentials,
            String name, String label) {
        var user = userEntities.findByUsername(name);
        if (user == null) {
            user = ImmutablePublicKeyCredentialUserEntity.builder().id(Bytes.random()).name(name).displayName(name)
                    .build();
            userEntities.save(user);
        }
        Bytes id = Bytes.random();
        credentials.save(ImmutableCredentialRecord.builder().credentialId(id).userEntityUserId(user.getId())
                .publicKey(new ImmutablePublicKeyCose(new byte[] { 1, 2, 3 }))
                .credentialType(PublicKeyCredentialType.PUBLIC_KEY).signatureCount(0).uvInitialized(true)
                .backupEligible(false).backupState(false).label(label).created(ADDED)
                .lastUsed(ADDED).attestationObject(new Bytes(new byte[] { 4 })).build());
        return id.toBase64UrlString();
    }
}
