package com.legacytraining.advisor.content;

import com.legacytraining.advisor.history.AuditLog;
import com.legacytraining.advisor.history.RevisionHistory;
import com.legacytraining.advisor.site.ContentGeneration;
import com.legacytraining.advisor.site.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything an admin does to guidance content. Each change is one transaction that saves the item,
 * appends a revision when it publishes, writes the audit entry and moves the content generation on,
 * so caches everywhere see it on their next request. A save based on an old version is refused
 * with a {@link EditOutcome.Conflict}, never applied over someone else's work.
 */
@Service
public class ContentEditing {

    private final GuidancePages pages;
    private final GuidanceSections sections;
    private final KeyPoints keyPoints;
    private final FaqEntries faqEntries;
    private final MarkdownRenderer renderer;
    private final RevisionHistory revisions;
    private final AuditLog audit;
    private final ContentGeneration generation;
    private final JdbcClient jdbc;
    private final Clock clock;

    ContentEditing(GuidancePages pages, GuidanceSections sections, KeyPoints keyPoints, FaqEntries faqEntries,
            MarkdownRenderer renderer, RevisionHistory revisions, AuditLog audit, ContentGeneration generation,
            JdbcClient jdbc, Clock clock) {
        this.pages = pages;
        this.sections = sections;
        this.keyPoints = keyPoints;
        this.faqEntries = faqEntries;
        this.renderer = renderer;
        this.revisions = revisions;
        this.audit = audit;
        this.generation = generation;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ContentOverview overview() {
        List<ContentOverview.PageItems> result = new ArrayList<>();
        for (GuidancePage page : pages.findAllByOrderByPositionAscIdAsc()) {
            result.add(new ContentOverview.PageItems(item(page),
                    sections.findByPageIdOrderByPositionAscIdAsc(page.getId()).stream().map(this::item).toList(),
                    keyPoints.findByPageIdOrderByPositionAscIdAsc(page.getId()).stream().map(this::item).toList(),
                    faqEntries.findByPageIdOrderByPositionAscIdAsc(page.getId()).stream().map(this::item).toList()));
        }
        return new ContentOverview(result);
    }

    @Transactional(readOnly = true)
    public Editor editor(ContentKind kind, long id) {
        return editorOf(find(kind, id));
    }

    @Transactional(readOnly = true)
    public Optional<Editor> page(long id) {
        return pages.findById(id).map(this::editorOf);
    }

    /** Renders Markdown fields as the public site would, for the preview; saves nothing. */
    public Map<String, String> preview(ContentKind kind, Map<String, String> fields) {
        Map<String, String> html = new LinkedHashMap<>();
        kind.fields().stream()
                .filter(field -> field.input() == ContentKind.Input.MARKDOWN)
                .forEach(field -> html.put(field.name(), renderer.toSafeHtml(fields.get(field.name()))));
        return html;
    }

    @Transactional(readOnly = true)
    public boolean slugTakenByAnotherPage(String slug, Long pageId) {
        return pages.findBySlug(slug).filter(page -> !page.getId().equals(pageId)).isPresent();
    }

    @Transactional
    public EditOutcome saveDraft(ContentKind kind, long id, long basedOnVersion, Map<String, String> fields,
            String who) {
        EditableContent item = find(kind, id);
        if (item.getVersion() != basedOnVersion) {
            return new EditOutcome.Conflict(editorOf(item));
        }
        item.saveDraft(revisions.toJson(only(kind, fields)), who, clock.instant());
        audit.record(who, "draft-saved", subject(item), null);
        return new EditOutcome.Done(id);
    }

    @Transactional
    public EditOutcome publish(ContentKind kind, long id, long basedOnVersion, Map<String, String> fields,
            String changeNote, String who) {
        EditableContent item = find(kind, id);
        if (item.getVersion() != basedOnVersion) {
            return new EditOutcome.Conflict(editorOf(item));
        }
        publishItem(item, only(kind, fields), changeNote, who);
        return new EditOutcome.Done(id);
    }

    @Transactional
    public EditOutcome discardDraft(ContentKind kind, long id, long basedOnVersion, String who) {
        EditableContent item = find(kind, id);
        if (item.getVersion() != basedOnVersion) {
            return new EditOutcome.Conflict(editorOf(item));
        }
        item.discardDraft(who, clock.instant());
        audit.record(who, "draft-discarded", subject(item), null);
        return new EditOutcome.Done(id);
    }

    /** Creates an item at the end of its list, as a draft or published at once. */
    @Transactional
    public long create(ContentKind kind, Long pageId, Map<String, String> fields, boolean publishNow,
            String changeNote, String who) {
        Map<String, String> values = only(kind, fields);
        EditableContent item = switch (kind) {
            case PAGE -> GuidancePage.create();
            case SECTION -> new GuidanceSection(existingPage(pageId).getId());
            case KEY_POINT -> new KeyPoint(existingPage(pageId).getId());
            case FAQ -> new FaqEntry(existingPage(pageId).getId());
        };
        if (item instanceof GuidancePage page) {
            page.markUpdated(LocalDate.now(clock));
        }
        item.startAsDraft(siblings(kind, pageId).size() + 1, values, revisions.toJson(values), renderer, who,
                clock.instant());
        EditableContent saved = repository(kind).save(item);
        audit.record(who, "created", subject(saved), null);
        if (publishNow) {
            publishItem(saved, values, changeNote, who);
        }
        return saved.getId();
    }

    @Transactional
    public void archive(ContentKind kind, long id, String who) {
        EditableContent item = find(kind, id);
        item.archive(who, clock.instant());
        audit.record(who, "archived", subject(item), null);
        generation.bump();
    }

    @Transactional
    public void unarchive(ContentKind kind, long id, String who) {
        EditableContent item = find(kind, id);
        item.unarchive(who, clock.instant());
        audit.record(who, "unarchived", subject(item), null);
        generation.bump();
    }

    /**
     * Swaps the item with its nearest neighbour above or below that is not archived, so every move
     * shows on the site; order changes go live at once.
     */
    @Transactional
    public void move(ContentKind kind, long id, boolean up, String who) {
        EditableContent item = find(kind, id);
        List<EditableContent> visible = new ArrayList<>(siblings(kind, item.getPageId()).stream()
                .filter(sibling -> !sibling.isArchived()).toList());
        int index = visible.indexOf(item);
        int target = up ? index - 1 : index + 1;
        if (index < 0 || target < 0 || target >= visible.size()) {
            return;
        }
        EditableContent neighbour = visible.get(target);
        int position = item.getPosition();
        item.moveTo(neighbour.getPosition());
        neighbour.moveTo(position);
        audit.record(who, "reordered", subject(item), up ? "moved up" : "moved down");
        generation.bump();
    }

    /** Loads an old revision into the draft; publishing it is a separate, deliberate step. */
    @Transactional
    public void restoreAsDraft(ContentKind kind, long id, int number, String who) {
        EditableContent item = find(kind, id);
        RevisionHistory.Entry revision = revisions.find(kind.path(), id, number)
                .orElseThrow(() -> new NotFoundException("No revision " + number));
        item.saveDraft(revisions.toJson(only(kind, revision.fields())), who, clock.instant());
        audit.record(who, "restored-as-draft", subject(item), "revision " + number);
    }

    @Transactional(readOnly = true)
    public List<RevisionHistory.Entry> history(ContentKind kind, long id) {
        find(kind, id);
        return revisions.list(kind.path(), id);
    }

    @Transactional(readOnly = true)
    public Optional<RevisionHistory.Entry> revision(ContentKind kind, long id, int number) {
        return revisions.find(kind.path(), id, number);
    }

    @Transactional(readOnly = true)
    public Optional<String> currentSlugFor(String oldSlug) {
        return jdbc.sql("""
                select p.slug from slug_redirect r join guidance_page p on p.id = r.page_id
                where r.old_slug = ? and p.published = true and p.archived = false
                """).param(oldSlug).query(String.class).optional();
    }

    private void publishItem(EditableContent item, Map<String, String> fields, String changeNote, String who) {
        if (item.isPublished() && !revisions.hasAny(item.kind().path(), item.getId())) {
            // The seeded text has no revision yet: keep it, so the first edit can be undone.
            revisions.append(item.kind().path(), item.getId(), item.fields(), "Original version", "system");
        }
        String oldSlug = item instanceof GuidancePage page && page.isPublished() ? page.getSlug() : null;
        item.publish(fields, renderer, who, clock.instant());
        if (item instanceof GuidancePage page) {
            redirectOldSlug(oldSlug, page);
        }
        markPageUpdated(item);
        int number = revisions.append(item.kind().path(), item.getId(), fields, changeNote, who);
        audit.record(who, "published", subject(item), "revision " + number
                + (changeNote == null || changeNote.isBlank() ? "" : ": " + changeNote.strip()));
        generation.bump();
    }

    private void redirectOldSlug(String oldSlug, GuidancePage page) {
        jdbc.sql("delete from slug_redirect where old_slug = ?").param(page.getSlug()).update();
        if (oldSlug != null && !oldSlug.equals(page.getSlug())) {
            jdbc.sql("delete from slug_redirect where old_slug = ?").param(oldSlug).update();
            jdbc.sql("insert into slug_redirect (old_slug, page_id) values (?, ?)").params(oldSlug, page.getId()).update();
        }
    }

    private void markPageUpdated(EditableContent item) {
        Long pageId = item instanceof GuidancePage page ? page.getId() : item.getPageId();
        pages.findById(pageId).ifPresent(page -> page.markUpdated(LocalDate.now(clock)));
    }

    private Editor editorOf(EditableContent item) {
        Map<String, String> draft = item.hasDraft() ? revisions.fromJson(item.getDraft()) : null;
        return new Editor(item.kind(), item.getId(), item.getPageId(), item.label(), item.getVersion(),
                item.fields(), draft, ContentState.of(item), item.getUpdatedBy(), item.getUpdatedAt());
    }

    private ContentOverview.Item item(EditableContent content) {
        return new ContentOverview.Item(content.kind(), content.getId(), content.label(), ContentState.of(content),
                content.getUpdatedBy(), content.getUpdatedAt());
    }

    private EditableContent find(ContentKind kind, long id) {
        return repository(kind).findById(id)
                .orElseThrow(() -> new NotFoundException("No " + kind.path() + " " + id));
    }

    private GuidancePage existingPage(Long pageId) {
        if (pageId == null) {
            throw new NotFoundException("No page given");
        }
        return pages.findById(pageId).orElseThrow(() -> new NotFoundException("No page " + pageId));
    }

    private List<? extends EditableContent> siblings(ContentKind kind, Long pageId) {
        return switch (kind) {
            case PAGE -> pages.findAllByOrderByPositionAscIdAsc();
            case SECTION -> sections.findByPageIdOrderByPositionAscIdAsc(pageId);
            case KEY_POINT -> keyPoints.findByPageIdOrderByPositionAscIdAsc(pageId);
            case FAQ -> faqEntries.findByPageIdOrderByPositionAscIdAsc(pageId);
        };
    }

    @SuppressWarnings("unchecked")
    private JpaRepository<EditableContent, Long> repository(ContentKind kind) {
        JpaRepository<? extends EditableContent, Long> repository = switch (kind) {
            case PAGE -> pages;
            case SECTION -> sections;
            case KEY_POINT -> keyPoints;
            case FAQ -> faqEntries;
        };
        return (JpaRepository<EditableContent, Long>) repository;
    }

    /** Keeps just the kind's own fields, in its order, so nothing else reaches the database. */
    private static Map<String, String> only(ContentKind kind, Map<String, String> fields) {
        Map<String, String> values = new LinkedHashMap<>();
        kind.fields().forEach(field -> values.put(field.name(), fields.getOrDefault(field.name(), "")));
        return values;
    }

    private static String subject(EditableContent item) {
        return item.kind().path() + " " + item.getId() + " \"" + item.label() + "\"";
    }
}
