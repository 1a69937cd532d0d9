package com.legacytraining.advisor.content;

/** Where an item stands, as the dashboard shows it. */
public enum ContentState {
    PUBLISHED, DRAFT_PENDING, NOT_YET_PUBLISHED, ARCHIVED;

    public String messageKey() {
        return "state." + name();
    }

    public boolean isArchived() {
        return this == ARCHIVED;
    }

    public boolean isNotYetPublished() {
        return this == NOT_YET_PUBLISHED;
    }

    static ContentState of(EditableContent item) {
        if (item.isArchived()) {
            return ARCHIVED;
        }
        if (!item.isPublished()) {
            return NOT_YET_PUBLISHED;
        }
        return item.hasDraft() ? DRAFT_PENDING : PUBLISHED;
    }
}
