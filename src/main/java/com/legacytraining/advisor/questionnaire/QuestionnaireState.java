package com.legacytraining.advisor.questionnaire;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The single row that says which questionnaire version is live and holds the draft, if any. */
@Entity
@Table(name = "questionnaire_state")
class QuestionnaireState {

    static final int ID = 1;

    @Id
    private Integer id;

    @Version
    private long version;

    @Column(name = "published_version")
    private int publishedVersion;

    private String draft;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected QuestionnaireState() {
    }

    long getVersion() {
        return version;
    }

    int getPublishedVersion() {
        return publishedVersion;
    }

    String getDraft() {
        return draft;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    void saveDraft(String draftJson, String who, Instant when) {
        this.draft = draftJson;
        this.updatedBy = who;
        this.updatedAt = when;
    }

    void discardDraft(String who, Instant when) {
        saveDraft(null, who, when);
    }

    /** The draft goes live as the next version. */
    void published(String who, Instant when) {
        this.publishedVersion++;
        saveDraft(null, who, when);
    }
}
