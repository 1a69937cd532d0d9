package com.legacytraining.advisor.content;

import com.legacytraining.advisor.history.AuditAction;
import com.legacytraining.advisor.history.AuditLog;
import com.legacytraining.advisor.history.RevisionHistory;
import com.legacytraining.advisor.history.TextDiff;
import com.legacytraining.advisor.site.ContentGeneration;
import com.legacytraining.advisor.site.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Citations between advice texts and the guidance sections they rely on, so that neither can change
 * unnoticed: publishing a change to a cited section flags every advice text citing it until an admin
 * confirms the advice still agrees or edits it; an advice text's editor lists the sections to re-read;
 * archiving a cited section names who cites it first.
 */
@Service
public class CrossReferences {

    private final Citations citations;
    private final ContentItems items;
    private final RevisionHistory revisions;
    private final AuditLog audit;
    private final ContentGeneration generation;
    private final Clock clock;

    CrossReferences(Citations citations, ContentItems items, RevisionHistory revisions, AuditLog audit,
            ContentGeneration generation, Clock clock) {
        this.citations = citations;
        this.items = items;
        this.revisions = revisions;
        this.audit = audit;
        this.generation = generation;
        this.clock = clock;
    }

    /** A guidance section to choose from, with its page's title. */
    public record SectionChoice(long id, String pageTitle, String heading) {
    }

    /**
     * A section an advice text cites and, when it changed since the advice was last checked, what changed.
     *
     * @param changes field by field (heading, body), the section's change; empty when there is none to review
     * @param changedAt when the change that raised the flag was published; {@code null} without one
     */
    public record CitedSection(long id, String pageTitle, String heading, boolean needsReview,
            Map<String, TextDiff> changes, Instant changedAt) {

        /** Whether the flagged change still differs from the text the advice was checked against. */
        public boolean changed() {
            return changes.values().stream().flatMap(diff -> diff.lines().stream())
                    .anyMatch(line -> line.kind() != TextDiff.Kind.SAME);
        }
    }

    /** An advice text that cites a section. */
    public record CitingAdvice(ContentKind kind, long id, String label) {
    }

    /** Every guidance section not archived, page by page, for the list an admin chooses citations from. */
    @Transactional(readOnly = true)
    public List<SectionChoice> choices() {
        return items.allPages().stream().filter(page -> !page.isArchived())
                .flatMap(page -> items.siblings(ContentKind.SECTION, page.getId()).stream()
                        .filter(section -> !section.isArchived())
                        .map(section -> new SectionChoice(section.getId(), page.getTitle(), section.label())))
                .toList();
    }

    /**
     * The sections an advice text cites, with the changes of those flagged since it was last checked.
     *
     * @throws NotFoundException if there is no such advice text
     */
    @Transactional(readOnly = true)
    public List<CitedSection> cited(ContentKind kind, long adviceId) {
        requireAdvice(kind, adviceId);
        return citations.findByAdviceIdOrderById(adviceId).stream().map(this::describe).toList();
    }

    /**
     * Makes the advice text cite exactly these sections; citations kept keep their flags.
     *
     * @throws NotFoundException if there is no such advice text or a section does not exist
     */
    @Transactional
    public void cite(ContentKind kind, long adviceId, Set<Long> sectionIds, String who) {
        EditableContent advice = requireAdvice(kind, adviceId);
        sectionIds.forEach(id -> items.find(ContentKind.SECTION, id));
        List<Citation> current = citations.findByAdviceIdOrderById(adviceId);
        Set<Long> kept = current.stream().map(Citation::getSectionId).collect(Collectors.toSet());
        citations.deleteAll(current.stream().filter(citation -> !sectionIds.contains(citation.getSectionId())).toList());
        sectionIds.stream().filter(id -> !kept.contains(id)).sorted()
                .forEach(id -> citations.save(new Citation(adviceId, id)));
        audit.record(who, AuditAction.CITATIONS_CHANGED, ContentItems.subject(advice));
        generation.bump();
    }

    /**
     * The admin has checked the advice text against the changed sections it cites: the flags go.
     *
     * @throws NotFoundException if there is no such advice text
     */
    @Transactional
    public void confirm(ContentKind kind, long adviceId, String who) {
        EditableContent advice = requireAdvice(kind, adviceId);
        clearFlags(adviceId);
        audit.record(who, AuditAction.CITATIONS_CONFIRMED, ContentItems.subject(advice));
    }

    /** Every advice text with a flagged citation, the longest waiting first, for the dashboard. */
    @Transactional(readOnly = true)
    public List<CitingAdvice> needingReview() {
        Map<Long, CitingAdvice> advice = new LinkedHashMap<>();
        citations.findByNeedsReviewTrueOrderByFlaggedAtAscIdAsc().forEach(citation ->
                advice.computeIfAbsent(citation.getAdviceId(), this::citingAdvice));
        return List.copyOf(advice.values());
    }

    /** The advice texts citing a section, to name before it is archived. */
    @Transactional(readOnly = true)
    public List<CitingAdvice> citing(long sectionId) {
        return citations.findBySectionIdOrderById(sectionId).stream()
                .map(citation -> citingAdvice(citation.getAdviceId())).toList();
    }

    /** The advice texts citing any section of a page, to name before the page is archived. */
    @Transactional(readOnly = true)
    public List<CitingAdvice> citingPage(long pageId) {
        return items.siblings(ContentKind.SECTION, pageId).stream()
                .flatMap(section -> citations.findBySectionIdOrderById(section.getId()).stream())
                .map(Citation::getAdviceId).distinct().map(this::citingAdvice).toList();
    }

    /** Flags every advice text citing the section; joins the publishing transaction. */
    void sectionChanged(long sectionId, int fromRevision, int toRevision) {
        Instant now = clock.instant();
        citations.findBySectionIdOrderById(sectionId)
                .forEach(citation -> citation.sectionChanged(fromRevision, toRevision, now));
    }

    /** An edit of the advice text counts as checking it; joins the publishing transaction. */
    void clearFlags(long adviceId) {
        citations.findByAdviceIdOrderById(adviceId).forEach(Citation::reviewed);
    }

    /** The sections each advice text cites, by advice id, for the public links, in the order they were cited. */
    Map<Long, List<Long>> sectionsByAdvice() {
        // Ordered by id: PostgreSQL returns an updated (flagged, confirmed) row last, H2 in key order.
        return citations.findAll(Sort.by("id")).stream().collect(Collectors.groupingBy(Citation::getAdviceId,
                Collectors.mapping(Citation::getSectionId, Collectors.toList())));
    }

    private CitedSection describe(Citation citation) {
        EditableContent section = items.find(ContentKind.SECTION, citation.getSectionId());
        String pageTitle = items.page(section.getPageId()).getTitle();
        Map<String, TextDiff> changes = new LinkedHashMap<>();
        if (citation.needsReview()) {
            Map<String, String> before = fieldsAt(citation.getSectionId(), citation.getChangedFromRevision());
            Map<String, String> after = fieldsAt(citation.getSectionId(), citation.getChangedToRevision());
            ContentKind.SECTION.fields().forEach(field -> changes.put(field.name(),
                    TextDiff.between(before.get(field.name()), after.get(field.name()))));
        }
        return new CitedSection(section.getId(), pageTitle, section.label(), citation.needsReview(), changes,
                citation.getFlaggedAt());
    }

    private Map<String, String> fieldsAt(long sectionId, Integer revision) {
        return revision == null ? Map.of() : revisions.find(ContentKind.SECTION.path(), sectionId, revision)
                .map(RevisionHistory.Entry::fields).orElse(Map.of());
    }

    private CitingAdvice citingAdvice(long adviceId) {
        EditableContent advice = items.advice(adviceId);
        return new CitingAdvice(advice.kind(), adviceId, advice.label());
    }

    private EditableContent requireAdvice(ContentKind kind, long adviceId) {
        if (!kind.isAdvice()) {
            throw new NotFoundException("Only advice texts cite guidance");
        }
        return items.find(kind, adviceId);
    }
}
