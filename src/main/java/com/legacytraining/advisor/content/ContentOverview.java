package com.legacytraining.advisor.content;

import java.time.Instant;
import java.util.List;

/** Every content item with its state, for the admin dashboard. */
public record ContentOverview(List<PageItems> pages) {

    public record PageItems(Item page, List<Item> sections, List<Item> keyPoints, List<Item> faqs) {
    }

    public record Item(ContentKind kind, long id, String label, ContentState state, String updatedBy,
            Instant updatedAt) {
    }
}
