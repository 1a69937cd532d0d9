package com.legacytraining.advisor.content;

import com.legacytraining.advisor.history.AuditAction;
import com.legacytraining.advisor.history.AuditDetail;
import com.legacytraining.advisor.history.AuditLog;
import com.legacytraining.advisor.site.ContentGeneration;
import com.legacytraining.advisor.site.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which items show and in what order: archiving, bringing back from the archive and reordering.
 * Each goes live at once (no draft) and is written to the audit log.
 */
@Service
public class ContentArrangement {

    private final ContentItems items;
    private final AuditLog audit;
    private final ContentGeneration generation;
    private final Clock clock;

    ContentArrangement(ContentItems items, AuditLog audit, ContentGeneration generation, Clock clock) {
        this.items = items;
        this.audit = audit;
        this.generation = generation;
        this.clock = clock;
    }

    /** Takes the item off the public site; it is kept and can be brought back. */
    @Transactional
    public void archive(ContentKind kind, long id, String who) {
        EditableContent item = arrangeable(kind, id);
        item.archive(who, clock.instant());
        audit.record(who, AuditAction.ARCHIVED, ContentItems.subject(item));
        generation.bump();
    }

    @Transactional
    public void unarchive(ContentKind kind, long id, String who) {
        EditableContent item = arrangeable(kind, id);
        item.unarchive(who, clock.instant());
        audit.record(who, AuditAction.UNARCHIVED, ContentItems.subject(item));
        generation.bump();
    }

    /**
     * Swaps the item with its nearest neighbour above or below that is not archived, so every move
     * shows on the site; nothing happens at either end.
     */
    @Transactional
    public void move(ContentKind kind, long id, boolean up, String who) {
        EditableContent item = arrangeable(kind, id);
        List<? extends EditableContent> visible = items.siblings(kind, item.getPageId()).stream()
                .filter(sibling -> !sibling.isArchived()).toList();
        int index = visible.indexOf(item);
        int target = up ? index - 1 : index + 1;
        if (index < 0 || target < 0 || target >= visible.size()) {
            return;
        }
        EditableContent neighbour = visible.get(target);
        int position = item.getPosition();
        item.moveTo(neighbour.getPosition());
        neighbour.moveTo(position);
        audit.record(who, AuditAction.REORDERED, ContentItems.subject(item),
                AuditDetail.of(up ? "audit.detail.movedUp" : "audit.detail.movedDown"));
        generation.bump();
    }

    /**
     * The guidance item to arrange. Advice texts are never archived or reordered: which apply, and in
     * what order, is the questionnaire's logic.
     *
     * @throws NotFoundException for an advice text or an item that does not exist
     */
    private EditableContent arrangeable(ContentKind kind, long id) {
        if (kind.isAdvice()) {
            throw new NotFoundException("Advice texts cannot be archived or moved");
        }
        return items.find(kind, id);
    }
}
