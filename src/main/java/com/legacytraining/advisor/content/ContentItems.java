package com.legacytraining.advisor.content;

import com.legacytraining.advisor.history.RevisionHistory;
import com.legacytraining.advisor.site.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Component;

/** The four kinds of content behind one door: find, list and save any item by its kind. */
@Component
class ContentItems {

    private final GuidancePages pages;
    private final GuidanceSections sections;
    private final KeyPoints keyPoints;
    private final FaqEntries faqEntries;
    private final AdviceTexts adviceTexts;
    private final RevisionHistory revisions;

    ContentItems(GuidancePages pages, GuidanceSections sections, KeyPoints keyPoints, FaqEntries faqEntries,
            AdviceTexts adviceTexts, RevisionHistory revisions) {
        this.adviceTexts = adviceTexts;
        this.pages = pages;
        this.sections = sections;
        this.keyPoints = keyPoints;
        this.faqEntries = faqEntries;
        this.revisions = revisions;
    }

    /** @throws NotFoundException if there is no such item */
    EditableContent find(ContentKind kind, long id) {
        return repository(kind).findById(id)
                .filter(item -> item.kind() == kind) // advice texts of all kinds share one table
                .orElseThrow(() -> new NotFoundException("No " + kind.path() + " " + id));
    }

    /** @throws NotFoundException if {@code pageId} is null or names no page */
    GuidancePage page(Long pageId) {
        if (pageId == null) {
            throw new NotFoundException("No page given");
        }
        return pages.findById(pageId).orElseThrow(() -> new NotFoundException("No page " + pageId));
    }

    /** @throws NotFoundException if there is no advice text with this id */
    AdviceText advice(long id) {
        return adviceTexts.findById(id).orElseThrow(() -> new NotFoundException("No advice text " + id));
    }

    Optional<GuidancePage> pageBySlug(String slug) {
        return pages.findBySlug(slug);
    }

    List<GuidancePage> allPages() {
        return pages.findAllByOrderByPositionAscIdAsc();
    }

    /** The items of a kind on one page (every page for {@link ContentKind#PAGE}), in order, archived included. */
    List<? extends EditableContent> siblings(ContentKind kind, Long pageId) {
        return switch (kind) {
            case PAGE -> pages.findAllByOrderByPositionAscIdAsc();
            case SECTION -> sections.findByPageIdOrderByPositionAscIdAsc(pageId);
            case KEY_POINT -> keyPoints.findByPageIdOrderByPositionAscIdAsc(pageId);
            case FAQ -> faqEntries.findByPageIdOrderByPositionAscIdAsc(pageId);
            case RULE_ADVICE, CAVEAT_ADVICE, PROVIDER_QUESTION, ADVICE_NOTE ->
                    adviceTexts.findByKindPathOrderByPositionAscIdAsc(kind.path());
        };
    }

    EditableContent save(EditableContent item) {
        return repository(item.kind()).save(item);
    }

    /** The item as an admin sees it, draft included. */
    ContentSnapshot snapshot(EditableContent item) {
        Map<String, String> draft = item.hasDraft() ? revisions.fromJson(item.getDraft()) : null;
        return new ContentSnapshot(item.kind(), item.getId(), item.getPageId(), item.label(), item.getVersion(),
                item.fields(), draft, ContentState.of(item), item.getUpdatedBy(), item.getUpdatedAt());
    }

    /** How the audit log names an item: {@code faq 7 "What is breakaway?"}. */
    static String subject(EditableContent item) {
        return item.kind().path() + " " + item.getId() + " \"" + item.label() + "\"";
    }

    @SuppressWarnings("unchecked")
    private JpaRepository<EditableContent, Long> repository(ContentKind kind) {
        JpaRepository<? extends EditableContent, Long> repository = switch (kind) {
            case PAGE -> pages;
            case SECTION -> sections;
            case KEY_POINT -> keyPoints;
            case FAQ -> faqEntries;
            case RULE_ADVICE, CAVEAT_ADVICE, PROVIDER_QUESTION, ADVICE_NOTE -> adviceTexts;
        };
        return (JpaRepository<EditableContent, Long>) repository;
    }
}
