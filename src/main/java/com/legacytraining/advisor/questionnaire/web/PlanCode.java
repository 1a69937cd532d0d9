package com.legacytraining.advisor.questionnaire.web;

import com.legacytraining.advisor.questionnaire.scoring.Answers;
import com.legacytraining.advisor.questionnaire.scoring.QuestionDefinition;
import com.legacytraining.advisor.questionnaire.scoring.QuestionnaireDefinition;

import java.util.Optional;

/**
 * A complete answer set as a compact code for a plan's address: one letter per question in question
 * order, A for its first option, B for its second, and so on ("CCDCCACCCADB"). A code is read back
 * only when it has exactly one valid letter per question.
 */
final class PlanCode {

    private PlanCode() {
    }

    static String of(Answers answers) {
        var code = new StringBuilder();
        for (QuestionDefinition question : answers.definition().questions()) {
            String option = answers.option(question.key()).orElseThrow();
            int index = question.options().indexOf(question.option(option).orElseThrow());
            code.append((char) ('A' + index));
        }
        return code.toString();
    }

    /** The answers the code stands for, or empty when it is not a code of this definition. */
    static Optional<Answers> read(QuestionnaireDefinition definition, String code) {
        if (code == null || code.length() != definition.questions().size()) {
            return Optional.empty();
        }
        Answers answers = Answers.none(definition);
        for (int i = 0; i < code.length(); i++) {
            QuestionDefinition question = definition.questions().get(i);
            int index = code.charAt(i) - 'A';
            if (index < 0 || index >= question.options().size()) {
                return Optional.empty();
            }
            answers = answers.with(question.key(), question.options().get(index).key());
        }
        return Optional.of(answers);
    }
}
