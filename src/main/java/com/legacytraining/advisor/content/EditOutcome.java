package com.legacytraining.advisor.content;

/** What became of a save: done, or refused because someone else changed the item first. */
public sealed interface EditOutcome {

    record Done(long id) implements EditOutcome {
    }

    /** The form was based on an older version; {@code latest} is the item as it is now. */
    record Conflict(Editor latest) implements EditOutcome {
    }
}
