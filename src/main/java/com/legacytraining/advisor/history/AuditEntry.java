package com.legacytraining.advisor.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private String actor;
    private String action;
    private String subject;

    /** The detail's words, only on entries written before details became codes (V8). */
    private String detail;

    @Column(name = "detail_key")
    private String detailKey;

    /** The detail's arguments as a JSON array of strings. */
    @Column(name = "detail_arguments")
    private String detailArguments;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String actor, String action, String subject, String detailKey,
            String detailArguments) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.subject = subject;
        this.detailKey = detailKey;
        this.detailArguments = detailArguments;
    }

    Instant occurredAt() {
        return occurredAt;
    }

    String actor() {
        return actor;
    }

    String action() {
        return action;
    }

    String subject() {
        return subject;
    }

    String legacyDetail() {
        return detail;
    }

    String detailKey() {
        return detailKey;
    }

    String detailArguments() {
        return detailArguments;
    }
}
