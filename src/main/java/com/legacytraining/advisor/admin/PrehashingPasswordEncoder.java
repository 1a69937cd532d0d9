package com.legacytraining.advisor.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt over a SHA-256 digest of the password. BCrypt reads at most 72 bytes (Spring Security
 * refuses longer input), and a long passphrase must neither fail nor be silently truncated, so
 * every password is first reduced to a fixed 44-character digest. Only BCrypt hashes are ever
 * accepted: no "{noop}" or other prefixed formats. Passwords are Unicode-normalised (NFC) first, as
 * NIST SP 800-63B advises, so "é" typed as one character or as "e" plus an accent is the same password.
 */
class PrehashingPasswordEncoder implements PasswordEncoder {

    private final BCryptPasswordEncoder bcrypt;

    PrehashingPasswordEncoder(int strength) {
        this.bcrypt = new BCryptPasswordEncoder(strength);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(digest(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null || !encodedPassword.startsWith("$2")) {
            return false;
        }
        return bcrypt.matches(digest(rawPassword), encodedPassword);
    }

    private static String digest(CharSequence rawPassword) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(Normalizer.normalize(rawPassword, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
