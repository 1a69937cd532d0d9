package com.legacytraining.advisor.visitors;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What a visitor sends, already validated.
 *
 * @param phone optional, {@code null} when not given
 * @param staffCount optional, {@code null} when not given
 * @param resultQuery the result's query string, or {@code null} for an enquiry from the contact page
 */
public record NewEnquiry(String name, String organisation, String email, String phone, Integer staffCount,
        String message, String resultQuery) {

    /**
     * What makes another enquiry a repeat of this one: the same words in every field (the email in any case),
     * as a 64-character SHA-256 hex digest. Each field is written with its length first, so no two different
     * enquiries can run together into the same text.
     */
    String repeatKey() {
        StringBuilder typed = new StringBuilder();
        Stream.of(name, organisation, email.toLowerCase(Locale.ROOT), phone,
                staffCount == null ? null : staffCount.toString(), message, resultQuery)
                .forEach(field -> typed.append(field == null ? "-" : field.length() + ":" + field).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(typed.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("Every Java platform has SHA-256", missing);
        }
    }
}
