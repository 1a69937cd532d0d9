package com.legacytraining.advisor.questionnaire.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * What {@link Answers#parse} made of the submitted parameters: the answers it could accept and
 * every problem with the rest. Unanswered questions are not problems here, because the web
 * journey carries answers one question at a time; callers that need every answer (the JSON API)
 * use {@link #problemsIncludingUnanswered()}.
 *
 * @param answers the valid answers, possibly partial
 * @param problems unknown parameters, unknown options and repeated parameters, questions first
 *        (in question order), then unknown parameters (in the order given)
 */
public record AnswersParseResult(Answers answers, List<AnswerProblem> problems) {

    public AnswersParseResult {
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Whether every question has a valid answer; says nothing about other problems. */
    public boolean isComplete() {
        return answers.isComplete();
    }

    public Optional<QuestionDefinition> firstUnanswered() {
        return answers.firstUnanswered();
    }

    public List<QuestionDefinition> unanswered() {
        return answers.unanswered();
    }

    /**
     * The problems plus one for each unanswered question that has no problem already (a question
     * whose value was rejected is already named once). Empty exactly when the answers can be scored.
     */
    public List<AnswerProblem> problemsIncludingUnanswered() {
        var all = new ArrayList<>(problems);
        var named = new HashSet<String>();
        problems.forEach(problem -> named.add(problem.parameter()));
        for (var question : unanswered()) {
            if (!named.contains(question.key())) {
                all.add(new AnswerProblem(question.key(), AnswerProblem.Kind.NOT_ANSWERED,
                        List.of(question.key(), question.text())));
            }
        }
        return List.copyOf(all);
    }
}
