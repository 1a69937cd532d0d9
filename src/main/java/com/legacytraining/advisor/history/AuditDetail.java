package com.legacytraining.advisor.history;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What an audit entry says beyond its action and subject: a message key and the values it names,
 * such as a revision number or a change note. The words come from the messages when the log is
 * read, so an entry holds no English of its own.
 *
 * @param key a message key, e.g. {@code audit.detail.revision}
 * @param arguments the values, as text, in the message's order
 */
public record AuditDetail(String key, List<String> arguments) {

    public AuditDetail {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    /** A detail whose arguments are written as text ({@code null} as empty), so numbers show as they were. */
    public static AuditDetail of(String key, Object... arguments) {
        return new AuditDetail(key,
                Arrays.stream(arguments).map(value -> value == null ? "" : value.toString()).toList());
    }

    /** The revision a publish or restore made or used, with the change note when there is one. */
    public static AuditDetail revision(int number, String changeNote) {
        return changeNote == null || changeNote.isBlank() ? of("audit.detail.revision", number)
                : of("audit.detail.revisionWithNote", number, changeNote.strip());
    }
}
