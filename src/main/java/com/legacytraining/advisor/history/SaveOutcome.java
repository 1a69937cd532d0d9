package com.legacytraining.advisor.history;

import java.util.function.Supplier;

/**
 * What became of an edit based on one version of an item: saved, or refused because someone else
 * changed the item after the form was opened. Every editable item (guidance, the questionnaire,
 * scenarios) answers edits with this type, and a refused edit is never applied over the other one.
 *
 * @param <L> what a conflict carries: the item as it now is, for the conflict page
 */
public sealed interface SaveOutcome<L> {

    /** The edit was applied. */
    record Saved<L>() implements SaveOutcome<L> {
    }

    /** The item changed since the form was opened; {@code latest} is how it is now. */
    record Conflict<L>(L latest) implements SaveOutcome<L> {
    }

    /**
     * Applies {@code edit} when the item is still at the version the form was based on; otherwise
     * applies nothing and returns the conflict with the item as it is now.
     *
     * @param currentVersion the item's version as stored
     * @param basedOnVersion the version the form was opened at
     */
    static <L> SaveOutcome<L> unlessStale(long currentVersion, long basedOnVersion, Supplier<L> latest,
            Runnable edit) {
        if (currentVersion != basedOnVersion) {
            return new Conflict<>(latest.get());
        }
        edit.run();
        return new Saved<>();
    }

    default boolean isConflict() {
        return this instanceof Conflict;
    }
}
