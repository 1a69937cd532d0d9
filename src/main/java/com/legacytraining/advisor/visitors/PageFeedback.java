package com.legacytraining.advisor.visitors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "page_feedback")
class PageFeedback {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "received_at")
    private Instant receivedAt;

    private String page;
    private String outcome;
    private boolean useful;
    private String comment;

    @Column(name = "comment_token")
    private String commentToken;

    protected PageFeedback() {
    }

    PageFeedback(Instant receivedAt, String page, String outcome, boolean useful, String commentToken) {
        this.receivedAt = receivedAt;
        this.page = page;
        this.outcome = outcome;
        this.useful = useful;
        this.commentToken = commentToken;
    }

    /** The "what was wrong" text, once: the token is spent. */
    void addComment(String maskedComment) {
        this.comment = maskedComment;
        this.commentToken = null;
    }

    String getPage() {
        return page;
    }

    Instant getReceivedAt() {
        return receivedAt;
    }

    FeedbackView view() {
        return new FeedbackView(receivedAt, page, outcome, useful, comment);
    }
}
