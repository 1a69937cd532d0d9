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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing guidance content: drafts, publishing, discarding, creating and restoring old revisions.
 * Each change is one transaction that saves the item, appends a revision when it publishes, writes
 * the audit entry and moves the content generation on, so caches everywhere see it on their next
 * request. A save based on an old version is refused with a {@link SaveOutcome.Conflict}, never
 * applied over someone else's work; the same form sent twice changes things once ({@link Submissions}).
 */
@Service
public class ContentEditing {

    private final ContentItems items;
    private final MarkdownRenderer renderer;
    private final RevisionHistory revisions;
    private final AuditLog audit;
    private final ContentGeneration generation;
    private final SlugRedirects slugRedirects;
    private final Submissions submissions;
    private final ContentReviews reviews;
    private final CrossReferences crossReferences;
    private final Clock clock;

    ContentEditing(ContentItems items, MarkdownRenderer renderer, RevisionHistory revisions, AuditLog audit,
            ContentGeneration generation, SlugRedirects slugRedirects, Submissions submissions, ContentReviews reviews,
            CrossReferences crossReferences, Clock clock) {
        this.reviews = reviews;
        this.crossReferences = crossReferences;
        this.items = items;
        this.renderer = renderer;
        this.revisions = revisions;
        this.audit = audit;
        this.generation = generation;
        this.slugRedirects = slugRedirects;
        this.submissions = submissions;
        this.clock = clock;
    }

    /** @throws NotFoundException if there is no such item */
    @Transactional(readOnly = true)
    public ContentSnapshot item(ContentKind kind, long id) {
        return items.snapshot(items.find(kind, id));
    }

    /** @throws NotFoundException if {@code id} names no guidance page */
    @Transactional(readOnly = true)
    public ContentSnapshot page(long id) {
        return items.snapshot(items.page(id));
    }

    /** Renders the Markdown fields as the public site would, for the preview; saves nothing. */
    public Map<String, String> preview(ContentKind kind, Map<String, String> fields) {
        Map<String, String> html = new LinkedHashMap<>();
        kind.fields().stream()
                .filter(field -> field.input() == ContentKind.Input.MARKDOWN)
                .forEach(field -> html.put(field.name(), renderer.toSafeHtml(fields.get(field.name()))));
        return html;
    }

    /** Whether another guidance page than {@code pageId} (null for a new page) already has the slug. */
    @Transactional(readOnly = true)
    public boolean slugTakenByAnotherPage(String slug, Long pageId) {
        return items.pageBySlug(slug).filter(page -> !page.getId().equals(pageId)).isPresent();
    }

    /** {@link #saveDraft(ContentKind, long, long, Map, String, String)} without a form: every call is applied. */
    public SaveOutcome<ContentSnapshot> saveDraft(ContentKind kind, long id, long basedOnVersion,
            Map<String, String> fields, String who) {
        return saveDraft(kind, id, basedOnVersion, fields, who, null);
    }

    /** @param submission the submission token of the form, which saves at most once ({@link Submissions}) */
    public SaveOutcome<ContentSnapshot> saveDraft(ContentKind kind, long id, long basedOnVersion,
            Map<String, String> fields, String who, String submission) {
        return submissions.save(submission, "save " + kind.path() + " " + id, who, () -> {
            EditableContent item = items.find(kind, id);
            return SaveOutcome.unlessStale(item.getVersion(), basedOnVersion, () -> items.snapshot(item), () -> {
                item.saveDraft(revisions.toJson(only(kind, fields)), who, clock.instant());
                audit.record(who, AuditAction.DRAFT_SAVED, ContentItems.subject(item));
            });
        }, () -> item(kind, id));
    }

    /** {@link #publish(ContentKind, long, long, Map, String, String, String)} without a form: every call is applied. */
    public SaveOutcome<ContentSnapshot> publish(ContentKind kind, long id, long basedOnVersion,
            Map<String, String> fields, String changeNote, String who) {
        return publish(kind, id, basedOnVersion, fields, changeNote, who, null);
    }

    /** @param submission the submission token of the form, which publishes at most once ({@link Submissions}) */
    public SaveOutcome<ContentSnapshot> publish(ContentKind kind, long id, long basedOnVersion,
            Map<String, String> fields, String changeNote, String who, String submission) {
        return publish(kind, id, basedOnVersion, fields, changeNote, false, who, submission);
    }

    /**
     * Publishes the fields unless the item changed since {@code basedOnVersion}, once per form.
     *
     * @param countsAsReview whether the admin says this change came from an expert review of the item's
     *        page; only then does it date the page as reviewed (a change alone is not a review)
     * @param submission the submission token of the form ({@link Submissions})
     */
    public SaveOutcome<ContentSnapshot> publish(ContentKind kind, long id, long basedOnVersion,
            Map<String, String> fields, String changeNote, boolean countsAsReview, String who, String submission) {
        return submissions.save(submission, "publish " + kind.path() + " " + id, who, () -> {
            EditableContent item = items.find(kind, id);
            return SaveOutcome.unlessStale(item.getVersion(), basedOnVersion, () -> items.snapshot(item), () -> {
                publishItem(item, only(kind, fields), changeNote, who);
                if (countsAsReview && !kind.isAdvice()) {
                    GuidancePage page = items.page(pageOf(item));
                    reviews.record(page, null, who);
                    audit.record(who, AuditAction.REVIEWED, ContentItems.subject(page));
                }
            });
        }, () -> item(kind, id));
    }

    /** {@link #discardDraft(ContentKind, long, long, String, String)} without a form: every call is applied. */
    public SaveOutcome<ContentSnapshot> discardDraft(ContentKind kind, long id, long basedOnVersion, String who) {
        return discardDraft(kind, id, basedOnVersion, who, null);
    }

    /** @param submission the submission token of the form, which discards at most once ({@link Submissions}) */
    public SaveOutcome<ContentSnapshot> discardDraft(ContentKind kind, long id, long basedOnVersion, String who,
            String submission) {
        return submissions.save(submission, "discard " + kind.path() + " " + id, who, () -> {
            EditableContent item = items.find(kind, id);
            return SaveOutcome.unlessStale(item.getVersion(), basedOnVersion, () -> items.snapshot(item), () -> {
                item.discardDraft(who, clock.instant());
                audit.record(who, AuditAction.DRAFT_DISCARDED, ContentItems.subject(item));
            });
        }, () -> item(kind, id));
    }

    /**
     * {@link #create(ContentKind, Long, Map, boolean, String, String, String)} without a form: every call creates.
     *
     * @return the new item's id
     */
    public long create(ContentKind kind, Long pageId, Map<String, String> fields, boolean publishNow,
            String changeNote, String who) {
        return create(kind, pageId, fields, publishNow, changeNote, who, null).id();
    }

    /**
     * Creates an item at the end of its list, as a draft or published at once, once per form.
     *
     * @param pageId the page a section, key point or FAQ entry belongs to; ignored for a page
     * @param submission the submission token of the form ({@link Submissions})
     * @return the new item's id, or the one an earlier sending of the same form created
     * @throws NotFoundException if the item needs a page and {@code pageId} names none
     */
    public Submissions.Created create(ContentKind kind, Long pageId, Map<String, String> fields, boolean publishNow,
            String changeNote, String who, String submission) {
        return submissions.create(submission, "create " + kind.path(), who,
                () -> createNow(kind, pageId, fields, publishNow, changeNote, who));
    }

    private long createNow(ContentKind kind, Long pageId, Map<String, String> fields, boolean publishNow,
            String changeNote, String who) {
        Map<String, String> values = only(kind, fields);
        EditableContent item = switch (kind) {
            case PAGE -> GuidancePage.create();
            case SECTION -> new GuidanceSection(items.page(pageId).getId());
            case KEY_POINT -> new KeyPoint(items.page(pageId).getId());
            case FAQ -> new FaqEntry(items.page(pageId).getId());
            case RULE_ADVICE, CAVEAT_ADVICE, PROVIDER_QUESTION, ADVICE_NOTE ->
                    throw new NotFoundException("Advice texts are fixed by the questionnaire: edit one instead");
        };
        if (item instanceof GuidancePage page) {
            page.markUpdated(LocalDate.now(clock));
        }
        item.startAsDraft(items.siblings(kind, pageId).size() + 1, values, revisions.toJson(values), renderer, who,
                clock.instant());
        EditableContent saved = items.save(item);
        if (saved instanceof GuidancePage page) {
            reviews.record(page, null, who); // a new page is written, and so checked, today
        }
        audit.record(who, AuditAction.CREATED, ContentItems.subject(saved));
        if (publishNow) {
            publishItem(saved, values, changeNote, who);
        }
        return saved.getId();
    }

    /**
     * Loads an old revision into the draft; publishing it is a separate, deliberate step.
     *
     * @throws NotFoundException if there is no such item or revision
     */
    @Transactional
    public void restoreAsDraft(ContentKind kind, long id, int number, String who) {
        EditableContent item = items.find(kind, id);
        RevisionHistory.Entry revision = revisions.find(kind.path(), id, number)
                .orElseThrow(() -> new NotFoundException("No revision " + number));
        item.saveDraft(revisions.toJson(only(kind, revision.fields())), who, clock.instant());
        audit.record(who, AuditAction.RESTORED_AS_DRAFT, ContentItems.subject(item),
                AuditDetail.revision(number, null));
    }

    /** @throws NotFoundException if there is no such item */
    @Transactional(readOnly = true)
    public List<RevisionHistory.Entry> history(ContentKind kind, long id) {
        items.find(kind, id);
        return revisions.list(kind.path(), id);
    }

    @Transactional(readOnly = true)
    public Optional<RevisionHistory.Entry> revision(ContentKind kind, long id, int number) {
        return revisions.find(kind.path(), id, number);
    }

    private void publishItem(EditableContent item, Map<String, String> fields, String changeNote, String who) {
        Map<String, String> before = item.isPublished() ? item.fields() : null;
        String oldSlug = item instanceof GuidancePage page && page.isPublished() ? page.getSlug() : null;
        item.publish(fields, renderer, who, clock.instant());
        if (item instanceof GuidancePage page) {
            slugRedirects.pageMoved(oldSlug, page);
        }
        if (!item.kind().isAdvice()) {
            items.page(pageOf(item)).markUpdated(LocalDate.now(clock));
        }
        int number = revisions.appendPublished(item.kind().path(), item.getId(), before, fields, changeNote, who);
        if (item.kind() == ContentKind.SECTION && before != null && !before.equals(fields)) {
            crossReferences.sectionChanged(item.getId(), number - 1, number);
        }
        if (item.kind().isAdvice()) {
            crossReferences.clearFlags(item.getId());
        }
        audit.record(who, AuditAction.PUBLISHED, ContentItems.subject(item), AuditDetail.revision(number, changeNote));
        generation.bump();
    }

    private static Long pageOf(EditableContent item) {
        return item instanceof GuidancePage page ? page.getId() : item.getPageId();
    }

    /** Keeps just the kind's own fields, in its order, so nothing else reaches the database. */
    private static Map<String, String> only(ContentKind kind, Map<String, String> fields) {
        Map<String, String> values = new LinkedHashMap<>();
        kind.fields().forEach(field -> values.put(field.name(), fields.getOrDefault(field.name(), "")));
        return values;
    }
}
