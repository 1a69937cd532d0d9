package com.legacytraining.advisor.questionnaire.editing;

import com.legacytraining.advisor.questionnaire.scoring.QuestionDefinition;
import com.legacytraining.advisor.questionnaire.scoring.QuestionnaireDefinition;
import java.time.Instant;
import java.util.List;

/**
 * The questionnaire as an admin edits it: the live definition, the draft if any, and the version
 * edit forms must send back.
 *
 * @param draft the draft, numbered as the next version; {@code null} when there is none
 */
public record Workspace(QuestionnaireDefinition published, QuestionnaireDefinition draft, long version,
        String updatedBy, Instant updatedAt) {

    /** What the next edit starts from: the draft, or the live definition when there is none. */
    public QuestionnaireDefinition working() {
        return draft != null ? draft : published;
    }

    public boolean hasDraft() {
        return draft != null;
    }

    /** The keys of the questions the draft changes, in question order; empty without a draft. */
    public List<String> changedQuestions() {
        if (draft == null) {
            return List.of();
        }
        return draft.questions().stream()
                .filter(question -> !question.equals(published.question(question.key()).orElse(null)))
                .map(QuestionDefinition::key)
                .toList();
    }
}
