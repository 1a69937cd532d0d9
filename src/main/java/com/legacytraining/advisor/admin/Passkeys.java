package com.legacytraining.advisor.admin;

import com.legacytraining.advisor.history.AuditAction;
import com.legacytraining.advisor.history.AuditDetail;
import com.legacytraining.advisor.history.AuditLog;
import com.legacytraining.advisor.site.NotFoundException;
import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.security.web.webauthn.api.AttestationConveyancePreference;
import org.springframework.security.web.webauthn.api.AuthenticatorAttestationResponse;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableAuthenticationExtensionsClientInput;
import org.springframework.security.web.webauthn.api.ImmutableAuthenticationExtensionsClientInputs;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialDescriptor;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialParameters;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.jackson.WebauthnJacksonModule;
import org.springframework.security.web.webauthn.management.ImmutableRelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Admins' passkeys: listing, registering (the JSON half of the WebAuthn ceremony; the browser's half is
 * {@code passkeys.js}), and removing them. A passkey belongs to the admin whose username its user entity
 * names. What a registration started is kept in the session between its two requests, as a small
 * {@link Serializable} record, since sessions are kept in the database and Spring Security's creation options
 * are not serializable.
 */
@Service
public class Passkeys {

    /** The longest name an admin may give a passkey. */
    public static final int MAX_LABEL_LENGTH = 60;

    static final String PENDING = Passkeys.class.getName() + ".pending";

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final PublicKeyCredentialUserEntityRepository userEntities;
    private final UserCredentialRepository credentials;
    private final WebAuthnRelyingPartyOperations relyingParty;
    private final PublicKeyCredentialRpEntity rp;
    private final SecondFactorPolicy policy;
    private final AuditLog audit;
    private final JsonMapper json = JsonMapper.builder().addModule(new WebauthnJacksonModule()).build();

    Passkeys(PublicKeyCredentialUserEntityRepository userEntities, UserCredentialRepository credentials,
            WebAuthnRelyingPartyOperations relyingParty, PublicKeyCredentialRpEntity rp, SecondFactorPolicy policy,
            AuditLog audit) {
        this.userEntities = userEntities;
        this.credentials = credentials;
        this.relyingParty = relyingParty;
        this.rp = rp;
        this.policy = policy;
        this.audit = audit;
    }

    /** An admin's passkeys, oldest first. */
    @Transactional(readOnly = true)
    public List<Passkey> of(String username) {
        return records(username).stream()
                .map(record -> new Passkey(record.getCredentialId().toBase64UrlString(), record.getLabel(),
                        record.getCreated(), usedSince(record)))
                .sorted(Comparator.comparing(Passkey::created))
                .toList();
    }

    /** Whether the admin has at least one passkey. */
    @Transactional(readOnly = true)
    public boolean any(String username) {
        return !records(username).isEmpty();
    }

    /**
     * Starts registering a passkey for a signed-in admin: the options for the browser's
     * {@code navigator.credentials.create}, as JSON. Every passkey is discoverable and verifies its user.
     */
    @Transactional
    public String startRegistration(String username, HttpSession session) {
        PublicKeyCredentialUserEntity user = Optional.ofNullable(userEntities.findByUsername(username))
                .orElseGet(() -> {
                    PublicKeyCredentialUserEntity created = ImmutablePublicKeyCredentialUserEntity.builder()
                            .id(Bytes.random()).name(username).displayName(username).build();
                    userEntities.save(created);
                    return created;
                });
        Bytes challenge = Bytes.random();
        session.setAttribute(PENDING, new PendingRegistration(username, user.getId().toBase64UrlString(),
                challenge.toBase64UrlString()));
        return json.writeValueAsString(creationOptions(user, challenge, records(username)));
    }

    /**
     * Finishes registering the passkey the browser made for the options {@link #startRegistration} gave.
     *
     * @param body what the browser sent: {@code {"publicKey": {"credential": ..., "label": ...}}}
     * @return whether it is the admin's first passkey
     * @throws RefusedException when the body is not such a passkey, was not asked for in this session, or the
     *         label is empty or too long
     */
    @Transactional
    public boolean register(String username, String body, HttpSession session) {
        if (!(session.getAttribute(PENDING) instanceof PendingRegistration pending)
                || !pending.username().equals(username)) {
            throw new RefusedException("passkeys.error.notStarted");
        }
        RelyingPartyPublicKey publicKey;
        try {
            publicKey = json.readValue(body, RegistrationRequest.class).publicKey();
        } catch (JacksonException | IllegalArgumentException malformed) {
            throw new RefusedException("passkeys.error.failed");
        }
        if (publicKey == null || publicKey.getCredential() == null) {
            throw new RefusedException("passkeys.error.failed");
        }
        String label = publicKey.getLabel() == null ? "" : publicKey.getLabel().strip();
        if (label.isEmpty()) {
            throw new RefusedException("passkeys.error.labelRequired");
        }
        if (label.length() > MAX_LABEL_LENGTH) {
            throw new RefusedException("passkeys.error.labelTooLong");
        }
        session.removeAttribute(PENDING);
        PublicKeyCredentialUserEntity user = userEntities.findByUsername(username);
        if (user == null || !user.getId().toBase64UrlString().equals(pending.userId())) {
            throw new RefusedException("passkeys.error.notStarted");
        }
        boolean first = records(username).isEmpty();
        PublicKeyCredential<AuthenticatorAttestationResponse> credential = publicKey.getCredential();
        try {
            relyingParty.registerCredential(new ImmutableRelyingPartyRegistrationRequest(
                    creationOptions(user, Bytes.fromBase64(pending.challenge()), List.of()),
                    new RelyingPartyPublicKey(credential, label)));
        } catch (RuntimeException refused) {
            // A wrong origin, challenge or signature, a key already registered: webauthn4j says which in its
            // exception, which is no concern of the browser's.
            throw new RefusedException("passkeys.error.failed");
        }
        audit.record(username, AuditAction.PASSKEY_REGISTERED, "admin " + username,
                AuditDetail.of("audit.detail.passkey", label));
        return first;
    }

    /**
     * Removes one of an admin's own passkeys.
     *
     * @throws RefusedException when it is their last one and a second factor is required
     * @throws NotFoundException when they have no such passkey
     */
    @Transactional
    public void remove(String username, String id) {
        Passkey passkey = find(username, id);
        if (policy.isRequired() && records(username).size() == 1) {
            throw new RefusedException("passkeys.error.lastOne");
        }
        credentials.delete(Bytes.fromBase64(passkey.id()));
        audit.record(username, AuditAction.PASSKEY_REMOVED, "admin " + username,
                AuditDetail.of("audit.detail.passkey", passkey.label()));
    }

    /**
     * One of an admin's passkeys.
     *
     * @throws NotFoundException when they have no such passkey
     */
    @Transactional(readOnly = true)
    public Passkey find(String username, String id) {
        return of(username).stream().filter(passkey -> passkey.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("No such passkey"));
    }

    /** Spring Security sets "last used" to the creation time when it stores a passkey: that is not a use. */
    private static Instant usedSince(CredentialRecord record) {
        Instant lastUsed = record.getLastUsed();
        return lastUsed == null || record.getCreated() == null || !lastUsed.isAfter(record.getCreated()) ? null
                : lastUsed;
    }

    private List<CredentialRecord> records(String username) {
        PublicKeyCredentialUserEntity user = userEntities.findByUsername(username);
        return user == null ? List.of() : credentials.findByUserId(user.getId());
    }

    private PublicKeyCredentialCreationOptions creationOptions(PublicKeyCredentialUserEntity user, Bytes challenge,
            List<CredentialRecord> existing) {
        return PublicKeyCredentialCreationOptions.builder()
                .attestation(AttestationConveyancePreference.NONE)
                .pubKeyCredParams(PublicKeyCredentialParameters.EdDSA, PublicKeyCredentialParameters.ES256,
                        PublicKeyCredentialParameters.RS256)
                .authenticatorSelection(AuthenticatorSelectionCriteria.builder()
                        .userVerification(UserVerificationRequirement.REQUIRED)
                        .residentKey(ResidentKeyRequirement.REQUIRED)
                        .build())
                .challenge(challenge)
                .extensions(new ImmutableAuthenticationExtensionsClientInputs(
                        ImmutableAuthenticationExtensionsClientInput.credProps))
                .timeout(TIMEOUT)
                .user(user)
                .rp(rp)
                .excludeCredentials(existing.stream()
                        .map(record -> PublicKeyCredentialDescriptor.builder().id(record.getCredentialId())
                                .transports(record.getTransports()).build())
                        .toList())
                .build();
    }

    /**
     * A passkey as the account page lists it; {@code id} is the credential id, base64url-encoded, and
     * {@code lastUsed} is null until it has signed in.
     */
    public record Passkey(String id, String label, Instant created, Instant lastUsed) {
    }

    /** What the browser sends to finish a registration. */
    record RegistrationRequest(RelyingPartyPublicKey publicKey) {
    }

    /** A registration started in this session and not yet finished. */
    record PendingRegistration(String username, String userId, String challenge) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** A passkey change that was not made; the message key says why. */
    public static class RefusedException extends RuntimeException {

        private final String messageKey;

        RefusedException(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        /** The message that tells the admin why. */
        public String messageKey() {
            return messageKey;
        }
    }
}
