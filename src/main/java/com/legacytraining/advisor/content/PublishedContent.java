package com.legacytraining.advisor.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything the public site shows, as of one content generation. Immutable, so one instance can be
 * shared by every request until the next publish.
 */
public record PublishedContent(long generation, List<Page> pages) {

    public Optional<Page> page(String slug) {
        return pages.stream().filter(page -> page.slug().equals(slug)).findFirst();
    }

    public List<KeyPointView> keyPoints() {
        return pages.stream().flatMap(page -> page.keyPoints().stream()).toList();
    }

    public List<Faq> faqs() {
        return pages.stream().flatMap(page -> page.faqs().stream()).toList();
    }

    public record Page(String slug, String category, String title, String summary, String intro,
            String keyPointsIntro, LocalDate lastUpdated, Review review, List<Section> sections,
            List<KeyPointView> keyPoints, List<Faq> faqs) {
    }

    /**
     * When an expert last checked a page and when the next check is due, as readers are shown them
     * ("Page last reviewed: 30 November 2026. Next review due: 30 November 2027").
     */
    public record Review(LocalDate lastReviewed, LocalDate nextReviewDue) {

        /** A page never marked as reviewed counts as reviewed when it was last changed. */
        static Review of(GuidanceReview review, LocalDate lastUpdated) {
            return review == null
                    ? new Review(lastUpdated, lastUpdated.plusMonths(GuidanceReview.DEFAULT_INTERVAL_MONTHS))
                    : new Review(review.getLastReviewed(), review.nextReviewDue());
        }
    }

    /** A section; {@code html} is sanitised. */
    public record Section(String anchor, String heading, String html) {
    }

    public record KeyPointView(String pageSlug, String title, String body) {
    }

    /** An FAQ entry; {@code answerHtml} is sanitised. */
    public record Faq(String pageSlug, String anchor, String question, String answerHtml) {
    }
}
