package com.legacytraining.advisor.history;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who did what, when: sign-ins, lockouts, publishes, restores, archives, user changes. Never holds a
 * password or other secret; callers pass only names, codes and the values a detail names. Actions and
 * details are stored as codes and put into words when the log is read.
 */
@Service
public class AuditLog {

    public static final int PAGE_SIZE = 50;

    /** Longer values (a long change note, many scenario names) are cut, so a detail always fits its column. */
    static final int MAX_ARGUMENT_LENGTH = 1000;

    private static final TypeReference<List<String>> ARGUMENTS = new TypeReference<>() {
    };

    private final AuditEntries entries;
    private final MessageSource messages;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    AuditLog(AuditEntries entries, MessageSource messages, Clock clock) {
        this.entries = entries;
        this.messages = messages;
        this.clock = clock;
    }

    /** {@link #record(String, AuditAction, String, AuditDetail)} with nothing to add to the action and subject. */
    @Transactional
    public void record(String actor, AuditAction action, String subject) {
        record(actor, action, subject, null);
    }

    /**
     * Joins the caller's transaction, so the entry commits (or rolls back) with the change it describes.
     *
     * @param detail what else to say, or {@code null}
     */
    @Transactional
    public void record(String actor, AuditAction action, String subject, AuditDetail detail) {
        String detailKey = detail == null ? null : detail.key();
        String detailArguments = detail == null ? null
                : json.writeValueAsString(detail.arguments().stream().map(value -> truncate(value, MAX_ARGUMENT_LENGTH))
                        .toList());
        entries.save(new AuditEntry(clock.instant(), truncate(actor, 200), action.code(), truncate(subject, 300),
                detailKey, detailArguments));
    }

    /** The newest entries first, their details in words for the current locale. */
    @Transactional(readOnly = true)
    public Page<Entry> recent(int page) {
        Locale locale = LocaleContextHolder.getLocale();
        return entries.findAllByOrderByOccurredAtDescIdDesc(PageRequest.of(Math.max(page, 0), PAGE_SIZE))
                .map(entry -> new Entry(entry.occurredAt(), entry.actor(), entry.action(), entry.subject(),
                        detail(entry, locale)));
    }

    /** The detail in words: its message with its arguments, or the words stored before details were codes. */
    private String detail(AuditEntry entry, Locale locale) {
        String key = entry.detailKey();
        if (key == null) {
            return entry.legacyDetail();
        }
        List<String> values = entry.detailArguments() == null ? List.of()
                : json.readValue(entry.detailArguments(), ARGUMENTS);
        try {
            return messages.getMessage(key, values.toArray(), locale);
        }
        catch (NoSuchMessageException ex) {
            // A key since removed from the messages: still show what was recorded rather than fail the page.
            return key + " " + values;
        }
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    /**
     * One entry as the audit page shows it.
     *
     * @param action the stored code (see {@link AuditAction#code()})
     * @param detail the detail in words, or {@code null}
     */
    public record Entry(Instant occurredAt, String actor, String action, String subject, String detail) {

        /** The message key naming the action, or {@code null} for a code this version does not know. */
        public String actionKey() {
            return AuditAction.fromCode(action).map(AuditAction::messageKey).orElse(null);
        }
    }
}
