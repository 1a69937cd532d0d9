package com.legacytraining.advisor.admin;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether every admin needs a second factor (a passkey, or a recovery code in its place) after their password:
 * {@code advisor.admin.require-passkey}. Read on every request rather than fixed in the security configuration,
 * so that tests can switch it without starting another application.
 */
@Component
public final class SecondFactorPolicy {

    private final AtomicBoolean required;

    SecondFactorPolicy(@Value("${advisor.admin.require-passkey:false}") boolean required) {
        this.required = new AtomicBoolean(required);
    }

    /** Whether a password alone no longer signs an admin in. */
    public boolean isRequired() {
        return required.get();
    }

    /** Switches the requirement; the setting is read at start-up, so only tests call this. */
    public void setRequired(boolean required) {
        this.required.set(required);
    }
}
