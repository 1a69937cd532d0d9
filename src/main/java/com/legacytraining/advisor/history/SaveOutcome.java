package com.legacytraining.advisor.history;

import java.util.function.Supplier;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionOperations;

/**
 * What became of an edit based on one version of an item: saved, refused because someone else
 * changed the item after the form was opened, or already saved by an earlier sending of the same form. Every editable item (guidance, the questionnaire,
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

    /** The same form was sent before and its edit saved then ({@link Submissions}); nothing changed now. */
    record Repeated<L>() implements SaveOutcome<L> {
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

    /**
     * Runs a save in its own transaction ({@code transactions}), so that losing a race at commit
     * is a conflict too: when another save of the same item commits first (its version moved on,
     * or both appended the same revision number), the loser gets the conflict with the item as the
     * winner left it, never an error page. Call it outside any transaction.
     */
    static <L> SaveOutcome<L> inTransaction(TransactionOperations transactions, Supplier<SaveOutcome<L>> save,
            Supplier<L> latest) {
        try {
            return transactions.execute(status -> save.get());
        } catch (ConcurrencyFailureException | DataIntegrityViolationException lostTheRace) {
            return new Conflict<>(latest.get());
        }
    }

    default boolean isConflict() {
        return this instanceof Conflict;
    }

    default boolean isRepeated() {
        return this instanceof Repeated;
    }
}
