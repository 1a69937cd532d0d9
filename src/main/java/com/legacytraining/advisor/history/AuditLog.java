package com.legacytraining.advisor.history;

import java.time.Clock;
import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who did what, when: sign-ins, lockouts, publishes, restores, archives, user changes. Never holds a
 * password or other secret; callers pass only names and plain descriptions.
 */
@Service
public class AuditLog {

    public static final int PAGE_SIZE = 50;

    private final AuditEntries entries;
    private final Clock clock;

    AuditLog(AuditEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Joins the caller's transaction, so the entry commits (or rolls back) with the change it describes. */
    @Transactional
    public void record(String actor, String action, String subject, String detail) {
        entries.save(new AuditEntry(clock.instant(), truncate(actor, 200), action, truncate(subject, 300),
                truncate(detail, 2000)));
    }

    @Transactional(readOnly = true)
    public Page<Entry> recent(int page) {
        return entries.findAllByOrderByOccurredAtDescIdDesc(PageRequest.of(Math.max(page, 0), PAGE_SIZE))
                .map(AuditEntry::toView);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public record Entry(Instant occurredAt, String actor, String action, String subject, String detail) {
    }
}
