package com.legacytraining.advisor.admin;

import java.text.Normalizer;
import java.util.Optional;

/** NCSC/NIST-style: length only, no composition rules. */
public final class PasswordPolicy {

    /** In code points. */
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** The message key of what is wrong with the password, if anything. */
    public static Optional<String> problem(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("password.required");
        }
        // Counted as stored: normalised (NFC), so an accent typed separately is not an extra character.
        String normalised = Normalizer.normalize(password, Normalizer.Form.NFC);
        int length = normalised.codePointCount(0, normalised.length());
        if (length < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        return Optional.empty();
    }
}
