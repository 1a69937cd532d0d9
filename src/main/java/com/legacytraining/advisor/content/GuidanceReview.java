package com.legacytraining.advisor.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * When a guidance page was last checked by an expert and how many months may pass before the next
 * check. Apart from the page so that a review never changes the page's version.
 */
@Entity
@Table(name = "guidance_review")
class GuidanceReview {

    /** The review interval a page starts with, in months. */
    static final int DEFAULT_INTERVAL_MONTHS = 12;
    static final int MAX_INTERVAL_MONTHS = 36;

    @Id
    @Column(name = "page_id")
    private Long pageId;

    @Column(name = "last_reviewed")
    private LocalDate lastReviewed;

    @Column(name = "interval_months")
    private int intervalMonths;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    protected GuidanceReview() {
    }

    GuidanceReview(long pageId, LocalDate reviewed, int intervalMonths, String who) {
        this.pageId = pageId;
        record(reviewed, intervalMonths, who);
    }

    final void record(LocalDate reviewed, int intervalMonths, String who) {
        this.lastReviewed = reviewed;
        this.intervalMonths = intervalMonths;
        this.reviewedBy = who;
    }

    Long getPageId() {
        return pageId;
    }

    LocalDate getLastReviewed() {
        return lastReviewed;
    }

    int getIntervalMonths() {
        return intervalMonths;
    }

    LocalDate nextReviewDue() {
        return lastReviewed.plusMonths(intervalMonths);
    }
}
