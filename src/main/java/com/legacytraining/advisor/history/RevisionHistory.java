package com.legacytraining.advisor.history;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Append-only history of any editable item, as snapshots of its named fields. Items are identified
 * by a type ("faq", "question", ...) and an id, so every feature shares this one mechanism.
 */
@Service
public class RevisionHistory {

    private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() {
    };

    /** The note of the text an item had before its first change, when it had no revision (seeded content). */
    static final String ORIGINAL_VERSION_NOTE = "revision.note.original";

    /**
     * When the seeded content was written, the date the seeded guidance page carries (V2): the date of
     * an "Original version", as only seeded content has text before its first revision.
     */
    static final Instant SEEDED_AT = Instant.parse("2026-11-27T00:00:00Z");

    private final Revisions revisions;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    RevisionHistory(Revisions revisions, Clock clock) {
        this.revisions = revisions;
        this.clock = clock;
    }

    /** Appends the next revision and returns its number. Joins the publishing transaction. */
    @Transactional
    public int append(String itemType, long itemId, Map<String, String> fields, String changeNote, String author) {
        return append(itemType, itemId, fields, changeNote, null, author, clock.instant());
    }

    private int append(String itemType, long itemId, Map<String, String> fields, String changeNote, String noteKey,
            String author, Instant at) {
        int number = revisions.lastNumber(itemType, itemId) + 1;
        String note = changeNote == null || changeNote.isBlank() ? null : changeNote.strip();
        revisions.save(new Revision(itemType, itemId, number, toJson(fields), note, noteKey, author, at));
        return number;
    }

    /**
     * Appends a published change. The first time an item that already had published text is changed
     * (seeded content has no revision), its text before the change is kept first as the "Original
     * version", dated when the seeded content was written, so the first edit can be undone.
     *
     * @param before the item's published fields before this change; {@code null} if it was never published
     * @return the number of the revision holding {@code fields}
     */
    @Transactional
    public int appendPublished(String itemType, long itemId, Map<String, String> before, Map<String, String> fields,
            String changeNote, String author) {
        return appendPublished(itemType, itemId, before, fields, changeNote, null, author);
    }

    /**
     * {@link #appendPublished(String, long, Map, Map, String, String)} with a note the site words: the
     * revision stores the message key, and the history puts it into words when shown.
     *
     * @param noteKey a message key whose one argument is {@code changeNote} (may be blank); {@code null}
     *        when the change note is the admin's own words
     */
    @Transactional
    public int appendPublished(String itemType, long itemId, Map<String, String> before, Map<String, String> fields,
            String changeNote, String noteKey, String author) {
        if (before != null && !hasAny(itemType, itemId)) {
            append(itemType, itemId, before, null, ORIGINAL_VERSION_NOTE, "system", SEEDED_AT);
        }
        return append(itemType, itemId, fields, changeNote, noteKey, author, clock.instant());
    }

    @Transactional(readOnly = true)
    public boolean hasAny(String itemType, long itemId) {
        return revisions.lastNumber(itemType, itemId) > 0;
    }

    @Transactional(readOnly = true)
    public List<Entry> list(String itemType, long itemId) {
        return revisions.findByItemTypeAndItemIdOrderByNumberDesc(itemType, itemId).stream().map(this::toEntry).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Entry> find(String itemType, long itemId, int number) {
        return revisions.findByItemTypeAndItemIdAndNumber(itemType, itemId, number).map(this::toEntry);
    }

    public String toJson(Map<String, String> fields) {
        return json.writeValueAsString(new LinkedHashMap<>(fields));
    }

    public Map<String, String> fromJson(String snapshot) {
        return json.readValue(snapshot, FIELDS);
    }

    private Entry toEntry(Revision revision) {
        return new Entry(revision.getNumber(), revision.getCreatedAt(), revision.getAuthor(),
                revision.getChangeNote(), fromJson(revision.getSnapshot()), revision.getNoteKey());
    }

    /**
     * One revision.
     *
     * @param changeNote what the admin typed as its note, or {@code null}
     * @param noteKey the message key of a note the site words, its argument the change note; {@code null}
     *        when the change note stands alone (shown by the fragment {@code history :: note})
     */
    public record Entry(int number, Instant createdAt, String author, String changeNote, Map<String, String> fields,
            String noteKey) {
    }
}
