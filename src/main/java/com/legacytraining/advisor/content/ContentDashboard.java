package com.legacytraining.advisor.content;

import com.legacytraining.advisor.content.ContentOverview.Item;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the admin dashboard lists: every item of every page, with its state and last change, and reviews due. */
@Service
public class ContentDashboard {

    private final ContentItems items;
    private final ContentReviews reviews;
    private final CrossReferences crossReferences;

    ContentDashboard(ContentItems items, ContentReviews reviews, CrossReferences crossReferences) {
        this.items = items;
        this.reviews = reviews;
        this.crossReferences = crossReferences;
    }

    @Transactional(readOnly = true)
    public ContentOverview overview() {
        return new ContentOverview(items.allPages().stream()
                .map(page -> new ContentOverview.PageItems(item(page),
                        items(ContentKind.SECTION, page), items(ContentKind.KEY_POINT, page), items(ContentKind.FAQ, page)))
                .toList(), reviews.dueSoon(), crossReferences.needingReview());
    }

    /** The advice texts, kind by kind in the order the result page shows them. */
    @Transactional(readOnly = true)
    public List<ContentOverview.AdviceGroup> advice() {
        return Arrays.stream(ContentKind.values()).filter(ContentKind::isAdvice)
                .map(kind -> new ContentOverview.AdviceGroup(kind,
                        items.siblings(kind, null).stream().map(ContentDashboard::item).toList()))
                .toList();
    }

    private List<Item> items(ContentKind kind, GuidancePage page) {
        return items.siblings(kind, page.getId()).stream().map(ContentDashboard::item).toList();
    }

    private static Item item(EditableContent content) {
        return new Item(content.kind(), content.getId(), content.label(), ContentState.of(content),
                content.getUpdatedBy(), content.getUpdatedAt());
    }
}
