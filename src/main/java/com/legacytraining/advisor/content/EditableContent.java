package com.legacytraining.advisor.content;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;

/**
 * What every editable content item has: a published state, an optional draft (its form fields as
 * JSON), a version that travels through edit forms, and who changed it last. Nothing is deleted:
 * items are archived and can be restored.
 */
@MappedSuperclass
abstract class EditableContent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private int position;
    private String draft;
    private boolean published;
    private boolean archived;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    abstract ContentKind kind();

    /** The published fields, by the names {@link ContentKind} gives them. */
    abstract Map<String, String> fields();

    /** Makes these fields the published state; Markdown is rendered and sanitised here. */
    abstract void applyFields(Map<String, String> fields, MarkdownRenderer renderer);

    /** A short name for lists and the audit log. */
    abstract String label();

    Long getPageId() {
        return null;
    }

    void publish(Map<String, String> fields, MarkdownRenderer renderer, String who, Instant when) {
        applyFields(fields, renderer);
        this.draft = null;
        this.published = true;
        touch(who, when);
    }

    void saveDraft(String draftJson, String who, Instant when) {
        this.draft = draftJson;
        touch(who, when);
    }

    void discardDraft(String who, Instant when) {
        this.draft = null;
        touch(who, when);
    }

    void archive(String who, Instant when) {
        this.archived = true;
        touch(who, when);
    }

    void unarchive(String who, Instant when) {
        this.archived = false;
        touch(who, when);
    }

    void moveTo(int position) {
        this.position = position;
    }

    private void touch(String who, Instant when) {
        this.updatedBy = who;
        this.updatedAt = when;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    int getPosition() {
        return position;
    }

    String getDraft() {
        return draft;
    }

    boolean hasDraft() {
        return draft != null;
    }

    boolean isPublished() {
        return published;
    }

    boolean isArchived() {
        return archived;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Sets what a new, not yet published item starts with. */
    void startAsDraft(int position, Map<String, String> fields, String draftJson, MarkdownRenderer renderer,
            String who, Instant when) {
        this.position = position;
        applyFields(fields, renderer);
        this.draft = draftJson;
        this.published = false;
        touch(who, when);
    }
}
