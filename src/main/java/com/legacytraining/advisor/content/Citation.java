package com.legacytraining.advisor.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An advice text citing a guidance section, and whether the section changed since the advice was last
 * checked against it: from which revision of the section to which.
 */
@Entity
@Table(name = "advice_citation")
class Citation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "advice_id")
    private long adviceId;

    @Column(name = "section_id")
    private long sectionId;

    @Column(name = "needs_review")
    private boolean needsReview;

    @Column(name = "changed_from_revision")
    private Integer changedFromRevision;

    @Column(name = "changed_to_revision")
    private Integer changedToRevision;

    @Column(name = "flagged_at")
    private Instant flaggedAt;

    protected Citation() {
    }

    Citation(long adviceId, long sectionId) {
        this.adviceId = adviceId;
        this.sectionId = sectionId;
    }

    /** The section changed from one revision to another; a flag already raised keeps its first revision. */
    void sectionChanged(int fromRevision, int toRevision, Instant when) {
        if (!needsReview) {
            needsReview = true;
            changedFromRevision = fromRevision;
            flaggedAt = when;
        }
        changedToRevision = toRevision;
    }

    void reviewed() {
        needsReview = false;
        changedFromRevision = null;
        changedToRevision = null;
        flaggedAt = null;
    }

    long getAdviceId() {
        return adviceId;
    }

    long getSectionId() {
        return sectionId;
    }

    boolean needsReview() {
        return needsReview;
    }

    Integer getChangedFromRevision() {
        return changedFromRevision;
    }

    Integer getChangedToRevision() {
        return changedToRevision;
    }

    Instant getFlaggedAt() {
        return flaggedAt;
    }
}
