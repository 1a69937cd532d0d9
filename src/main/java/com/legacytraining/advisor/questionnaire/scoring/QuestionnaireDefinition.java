package com.legacytraining.advisor.questionnaire.scoring;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The questionnaire as currently configured: its questions in question order (by position).
 *
 * @param version increases whenever admins change the questionnaire, so a shared link can say
 *        which version its answers were given to
 * @param questions the questions, sorted by position whatever order they were given in
 */
public record QuestionnaireDefinition(int version, List<QuestionDefinition> questions) {

    public QuestionnaireDefinition {
        questions = questions.stream().sorted(Comparator.comparingInt(QuestionDefinition::position)).toList();
        var keys = new HashSet<String>();
        for (var question : questions) {
            if (!keys.add(question.key())) {
                throw new IllegalArgumentException("Questionnaire repeats question '" + question.key() + "'");
            }
        }
    }

    public Optional<QuestionDefinition> question(String questionKey) {
        return questions.stream().filter(question -> question.key().equals(questionKey)).findFirst();
    }

    /** The question keys in question order. */
    public List<String> questionKeys() {
        return questions.stream().map(QuestionDefinition::key).toList();
    }

    /** How many different complete answer sets exist: the product of the option counts. */
    public long combinationCount() {
        long count = 1;
        for (var question : questions) {
            count = Math.multiplyExact(count, question.options().size());
        }
        return count;
    }
}
