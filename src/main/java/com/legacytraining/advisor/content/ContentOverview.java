package com.legacytraining.advisor.content;

import java.time.Instant;
import java.util.List;

/**
 * Every content item with its state, for the admin dashboard; the pages whose review is overdue or
 * due soon, the longest overdue first; and the advice texts to check against guidance that changed.
 */
public record ContentOverview(List<PageItems> pages, List<ContentReviews.ReviewState> reviewsDue,
        List<CrossReferences.CitingAdvice> adviceToCheck) {

    public record PageItems(Item page, List<Item> sections, List<Item> keyPoints, List<Item> faqs) {
    }

    /** The advice texts of one kind, such as every caveat. */
    public record AdviceGroup(ContentKind kind, List<Item> items) {
    }

    public record Item(ContentKind kind, long id, String label, ContentState state, String updatedBy,
            Instant updatedAt) {
    }
}
