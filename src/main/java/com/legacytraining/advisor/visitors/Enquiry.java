package com.legacytraining.advisor.visitors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "enquiry")
class Enquiry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String reference;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    private EnquiryStatus status;

    private String name;
    private String organisation;
    private String email;
    private String phone;

    @Column(name = "staff_count")
    private Integer staffCount;

    private String message;

    @Column(name = "result_query")
    private String resultQuery;

    private String outcome;
    private String notes;

    @Column(name = "closed_at")
    private Instant closedAt;

    /**
     * The digest of what was typed, while a copy sent again would be a repeat ({@link NewEnquiry#repeatKey()}).
     * Never written by an update of the enquiry (notes, status), which could put back a key cleared meanwhile.
     */
    @Column(name = "repeat_key", updatable = false)
    private String repeatKey;

    protected Enquiry() {
    }

    Enquiry(String reference, Instant receivedAt, NewEnquiry details, String outcome) {
        this.reference = reference;
        this.receivedAt = receivedAt;
        this.status = EnquiryStatus.NEW;
        this.name = details.name();
        this.organisation = details.organisation();
        this.email = details.email();
        this.phone = details.phone();
        this.staffCount = details.staffCount();
        this.message = details.message();
        this.resultQuery = details.resultQuery();
        this.outcome = outcome;
        this.repeatKey = details.repeatKey();
    }

    /** Closing starts the retention period; reopening stops it. */
    void changeStatus(EnquiryStatus newStatus, Instant now) {
        if (newStatus == status) {
            return;
        }
        status = newStatus;
        closedAt = newStatus == EnquiryStatus.CLOSED ? now : null;
    }

    void setNotes(String notes) {
        this.notes = notes == null || notes.isBlank() ? null : notes.strip();
    }

    EnquiryView view() {
        return new EnquiryView(id, reference, receivedAt, status, name, organisation, email, phone, staffCount,
                message, resultQuery, outcome, notes, closedAt);
    }

    Long getId() {
        return id;
    }

    String getReference() {
        return reference;
    }

    Instant getReceivedAt() {
        return receivedAt;
    }

    EnquiryStatus getStatus() {
        return status;
    }
}
