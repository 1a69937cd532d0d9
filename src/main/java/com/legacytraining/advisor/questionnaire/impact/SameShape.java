package com.legacytraining.advisor.questionnaire.impact;

import com.legacytraining.advisor.questionnaire.scoring.OptionDefinition;
import com.legacytraining.advisor.questionnaire.scoring.QuestionDefinition;
import com.legacytraining.advisor.questionnaire.scoring.QuestionnaireDefinition;
import java.util.List;

/** The check both impact algorithms start with: a draft may change words and points, never keys. */
final class SameShape {

    private SameShape() {
    }

    /** @throws IllegalArgumentException if the questions or any question's options differ */
    static void require(QuestionnaireDefinition published, QuestionnaireDefinition draft) {
        if (!published.questionKeys().stream().sorted().toList()
                .equals(draft.questionKeys().stream().sorted().toList())) {
            throw new IllegalArgumentException("The two questionnaires have different questions");
        }
        for (var question : published.questions()) {
            var other = draft.question(question.key()).orElseThrow();
            if (!optionKeys(question).equals(optionKeys(other))) {
                throw new IllegalArgumentException("The two questionnaires offer different options for '"
                        + question.key() + "'");
            }
        }
    }

    private static List<String> optionKeys(QuestionDefinition question) {
        return question.options().stream().map(OptionDefinition::key).sorted().toList();
    }
}
