package com.legacytraining.advisor.questionnaire.scoring;

import static com.legacytraining.advisor.Generated.forAll;
import static com.legacytraining.advisor.Generated.hostileText;
import static com.legacytraining.advisor.Generated.oneOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.legacytraining.advisor.Generated;
import com.legacytraining.advisor.questionnaire.SeededQuestionnaire;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The answer parser over generated request parameters, hostile and valid mixed: it never throws,
 * and every parameter ends up either as an accepted answer or named in a problem, never silently
 * lost, never guessed.
 */
class AnswersPropertyTests {

    private static final int TRIES = 500;

    private final QuestionnaireDefinition definition = SeededQuestionnaire.definition();

    @Test
    void everyParameterIsEitherAnAcceptedAnswerOrNamedInAProblem() {
        var outcomes = new LinkedHashMap<String, Integer>();
        forAll(TRIES, this::parameters, Generated::smallerParameters, parameters -> {
            AnswersParseResult result = Answers.parse(definition, parameters);

            for (var parameter : parameters.entrySet()) {
                String name = parameter.getKey();
                List<String> values = parameter.getValue();
                Set<AnswerProblem.Kind> named = result.problems().stream()
                        .filter(problem -> problem.parameter().equals(name)).map(AnswerProblem::kind)
                        .collect(Collectors.toSet());
                var question = definition.question(name);
                if (question.isEmpty()) {
                    assertThat(named).as(name).isEqualTo(Answers.NON_ANSWER_PARAMETERS.contains(name)
                            ? Set.of() : Set.of(AnswerProblem.Kind.NOT_A_QUESTION));
                    continue;
                }
                boolean oneOption = values.size() == 1 && values.get(0) != null
                        && question.get().option(values.get(0)).isPresent();
                assertThat(result.answers().option(name)).as(name)
                        .isEqualTo(oneOption ? Optional.of(values.get(0)) : Optional.empty());
                assertThat(named).as(name).isEqualTo(oneOption || values.isEmpty() ? Set.of()
                        : Set.of(values.size() > 1 ? AnswerProblem.Kind.ANSWERED_MORE_THAN_ONCE
                                : AnswerProblem.Kind.NOT_AN_OPTION));
            }
            assertThat(result.problems()).allSatisfy(problem -> {
                assertThat(parameters).containsKey(problem.parameter());
                // Values are shown cut, so a crafted address cannot fill the page with its own text.
                problem.arguments().stream().filter(String.class::isInstance).map(String.class::cast)
                        .filter(argument -> !argument.equals(problem.parameter()))
                        .forEach(argument -> assertThat(argument.length()).isLessThanOrEqualTo(
                                definition.questions().stream().mapToInt(q -> q.text().length()).max().orElse(0) + 43));
            });
            assertThat(result.isComplete()).isEqualTo(result.answers().asMap().size() == definition.questions().size());
            assertThat(result.problemsIncludingUnanswered().isEmpty())
                    .isEqualTo(!result.hasProblems() && result.isComplete());
            outcomes.merge(result.hasProblems() ? "problems" : result.isComplete() ? "complete" : "partial", 1,
                    Integer::sum);
        });
        // The generator reaches every outcome, so the property is not true for want of trying.
        assertThat(outcomes).containsKeys("problems", "complete", "partial");
    }

    /** Up to twelve parameters: real questions with real options, near misses, and hostile names and values. */
    private Map<String, List<String>> parameters(Random random) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        boolean valid = random.nextInt(4) == 0;
        for (QuestionDefinition question : definition.questions()) {
            if (valid || random.nextInt(3) == 0) {
                parameters.put(question.key(), List.of(oneOf(random, question.options()).key()));
            }
        }
        if (valid) {
            return parameters;
        }
        for (int extra = random.nextInt(5); extra > 0; extra--) {
            String name = switch (random.nextInt(4)) {
                case 0 -> oneOf(random, definition.questionKeys());
                case 1 -> oneOf(random, List.copyOf(Answers.NON_ANSWER_PARAMETERS));
                default -> hostileText(random);
            };
            List<String> values = new ArrayList<>();
            for (int count = random.nextInt(10) == 0 ? random.nextInt(3) : 1; count > 0; count--) {
                values.add(random.nextInt(3) == 0 ? oneOf(random, oneOf(random, definition.questions()).options()).key()
                        : random.nextInt(20) == 0 ? null : hostileText(random));
            }
            parameters.put(name, values);
        }
        return parameters;
    }
}
