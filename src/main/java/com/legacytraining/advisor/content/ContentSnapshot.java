package com.legacytraining.advisor.content;

import java.time.Instant;
import java.util.Map;

/**
 * One item as an admin sees it: the published fields, the draft if there is one, and the
 * version the form must send back so a stale save is caught.
 */
public record ContentSnapshot(ContentKind kind, long id, Long pageId, String label, long version,
        Map<String, String> published, Map<String, String> draft, ContentState state,
        String updatedBy, Instant updatedAt) {

    /** What the form starts from: the draft when there is one. */
    public Map<String, String> working() {
        return draft != null ? draft : published;
    }

    public boolean hasDraft() {
        return draft != null;
    }
}
