package com.legacytraining.advisor.questionnaire.editing;

import com.legacytraining.advisor.questionnaire.impact.ScenarioChange;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The rule every questionnaire publish passes: a change that alters a scenario must be explained and confirmed. */
final class PublishGate {

    private PublishGate() {
    }

    /** What is missing, or empty when the publish may go ahead. */
    static Optional<Set<PublishProblem>> check(String note, boolean confirmed, List<ScenarioChange> changes,
            int maxNoteLength) {
        Set<PublishProblem> problems = EnumSet.noneOf(PublishProblem.class);
        if (note.length() > maxNoteLength) {
            problems.add(PublishProblem.NOTE_TOO_LONG);
        }
        if (!changes.isEmpty() && note.isBlank()) {
            problems.add(PublishProblem.NOTE_REQUIRED);
        }
        if (!changes.isEmpty() && !confirmed) {
            problems.add(PublishProblem.CONFIRMATION_REQUIRED);
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(problems);
    }
}
