package com.legacytraining.advisor.content;

import com.legacytraining.advisor.history.AuditAction;
import com.legacytraining.advisor.history.AuditDetail;
import com.legacytraining.advisor.history.AuditLog;
import com.legacytraining.advisor.history.RevisionHistory;
import com.legacytraining.advisor.history.SaveOutcome;
import com.legacytraining.advisor.history.Submissions;
import com.legacytraining.advisor.site.ContentGeneration;
import com.legacytraining.advisor.site.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expert reviews of guidance pages, after the NHS website's "Page last reviewed" and "Next review
 * due": recording one (with or without a change to the text) and listing the pages whose next review
 * is overdue or near.
 */
@Service
public class ContentReviews {

    /** How far ahead the dashboard looks for reviews coming due, in days. */
    public static final int DUE_SOON_DAYS = 30;

    private final ContentItems items;
    private final GuidanceReviews reviews;
    private final RevisionHistory revisions;
    private final AuditLog audit;
    private final ContentGeneration generation;
    private final Submissions submissions;
    private final Clock clock;

    ContentReviews(ContentItems items, GuidanceReviews reviews, RevisionHistory revisions, AuditLog audit,
            ContentGeneration generation, Submissions submissions, Clock clock) {
        this.submissions = submissions;
        this.items = items;
        this.reviews = reviews;
        this.revisions = revisions;
        this.audit = audit;
        this.generation = generation;
        this.clock = clock;
    }

    /** A page's review state, for its editor and the dashboard. */
    public record ReviewState(long pageId, String title, LocalDate lastReviewed, int intervalMonths,
            LocalDate nextReviewDue, boolean overdue) {
    }

    /** @throws NotFoundException if {@code pageId} names no guidance page */
    @Transactional(readOnly = true)
    public ReviewState state(long pageId) {
        GuidancePage page = items.page(pageId);
        return state(page, reviews.findById(pageId).orElse(null), LocalDate.now(clock));
    }

    /**
     * Records that an expert checked the page today and found its text right, without changing it:
     * a revision with the same text and the review as its note, and an audit entry.
     *
     * @param intervalMonths months until the next review is due, 1 to 36
     * @param note what the reviewer checked, may be blank
     * @throws NotFoundException if {@code pageId} names no guidance page
     * @throws IllegalArgumentException if the interval is out of range
     */
    @Transactional
    public void markReviewed(long pageId, int intervalMonths, String reviewNote, String who) {
        markReviewedNow(pageId, intervalMonths, reviewNote, who);
    }

    /**
     * {@link #markReviewed} once per form: the same form sent twice records one review.
     *
     * @param submission the form's submission token ({@link Submissions})
     * @return whether this review was recorded now, not by an earlier sending of the same form
     * @throws NotFoundException if {@code pageId} names no guidance page
     */
    public boolean markReviewed(long pageId, int intervalMonths, String reviewNote, String who, String submission) {
        return !submissions.save(submission, "review page " + pageId, who, () -> {
            markReviewedNow(pageId, intervalMonths, reviewNote, who);
            return new SaveOutcome.Saved<Long>();
        }, () -> pageId).isRepeated();
    }

    private void markReviewedNow(long pageId, int intervalMonths, String reviewNote, String who) {
        GuidancePage page = items.page(pageId);
        record(page, intervalMonths, who);
        Map<String, String> text = page.fields();
        boolean noted = reviewNote != null && !reviewNote.isBlank();
        int number = revisions.appendPublished(ContentKind.PAGE.path(), pageId, text, text, reviewNote,
                noted ? "revision.note.reviewedWithNote" : "revision.note.reviewed", who);
        audit.record(who, AuditAction.REVIEWED, ContentItems.subject(page), AuditDetail.revision(number, reviewNote));
        generation.bump();
    }

    /**
     * The published pages whose review is overdue or due within {@link #DUE_SOON_DAYS} days, the
     * longest overdue first.
     */
    @Transactional(readOnly = true)
    public List<ReviewState> dueSoon() {
        LocalDate today = LocalDate.now(clock);
        Map<Long, GuidanceReview> reviewByPage = reviews.findAll().stream()
                .collect(Collectors.toMap(GuidanceReview::getPageId, review -> review));
        return items.allPages().stream()
                .filter(page -> page.isPublished() && !page.isArchived())
                .map(page -> state(page, reviewByPage.get(page.getId()), today))
                .filter(state -> !state.nextReviewDue().isAfter(today.plusDays(DUE_SOON_DAYS)))
                .sorted(Comparator.comparing(ReviewState::nextReviewDue).thenComparing(ReviewState::title))
                .toList();
    }

    /** Dates the page as reviewed today, keeping its interval unless one is given; joins the caller's transaction. */
    void record(GuidancePage page, Integer intervalMonths, String who) {
        GuidanceReview review = reviews.findById(page.getId()).orElse(null);
        int interval = intervalMonths != null ? intervalMonths
                : review != null ? review.getIntervalMonths() : GuidanceReview.DEFAULT_INTERVAL_MONTHS;
        if (interval < 1 || interval > GuidanceReview.MAX_INTERVAL_MONTHS) {
            throw new IllegalArgumentException("Review interval out of range: " + interval);
        }
        if (review == null) {
            reviews.save(new GuidanceReview(page.getId(), LocalDate.now(clock), interval, who));
        } else {
            review.record(LocalDate.now(clock), interval, who);
        }
    }

    private static ReviewState state(GuidancePage page, GuidanceReview review, LocalDate today) {
        PublishedContent.Review dates = PublishedContent.Review.of(review, page.getLastUpdated());
        int interval = review != null ? review.getIntervalMonths() : GuidanceReview.DEFAULT_INTERVAL_MONTHS;
        return new ReviewState(page.getId(), page.getTitle(), dates.lastReviewed(), interval, dates.nextReviewDue(),
                dates.nextReviewDue().isBefore(today));
    }
}
