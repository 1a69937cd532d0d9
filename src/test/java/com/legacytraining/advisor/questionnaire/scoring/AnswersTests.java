package com.legacytraining.advisor.questionnaire.scoring;

import com.legacytraining.advisor.questionnaire.SeededQuestionnaire;

import static com.legacytraining.advisor.questionnaire.QuestionnaireBuilder.option;
import static com.legacytraining.advisor.questionnaire.QuestionnaireBuilder.question;
import static com.legacytraining.advisor.questionnaire.QuestionnaireBuilder.questionnaire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnswersTests {

    private static final String COMPLETE = "setting=public-facing-office&people=mixed-public-patients"
            + "&frequency=verbal-sometimes&severity=verbal&physical-intervention=never&care-plans=none"
            + "&behaviour-support=occasional&alignment=incident-reporting&role=non-clinical&lone-working=rarely"
            + "&incidents=none-physical&regulation=health-no-restraint";

    private final QuestionnaireDefinition definition = SeededQuestionnaire.definition();

    @Test
    void parsesCompleteAnswersIntoQuestionOrder() {
        var inQuestionOrder = new ArrayList<>(parameters(COMPLETE).entrySet());
        var reversed = new LinkedHashMap<String, List<String>>();
        for (int i = inQuestionOrder.size() - 1; i >= 0; i--) {
            reversed.put(inQuestionOrder.get(i).getKey(), inQuestionOrder.get(i).getValue());
        }

        var result = Answers.parse(definition, reversed);

        assertThat(result.problems()).isEmpty();
        assertThat(result.isComplete()).isTrue();
        assertThat(result.firstUnanswered()).isEmpty();
        assertThat(result.answers().asMap().keySet()).containsExactlyElementsOf(definition.questionKeys());
        assertThat(result.answers().option("regulation")).contains("health-no-restraint");
        assertThat(result.answers().toQueryString()).isEqualTo(COMPLETE);
    }

    @Test
    void keepsPartialAnswersAndPointsToTheFirstUnansweredQuestion() {
        var result = Answers.parse(definition, parameters("setting=inpatient-secure&frequency=rarely"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.isComplete()).isFalse();
        assertThat(result.answers().asMap()).containsExactly(Map.entry("setting", "inpatient-secure"),
                Map.entry("frequency", "rarely"));
        assertThat(result.firstUnanswered()).map(QuestionDefinition::key).contains("people");
        assertThat(result.unanswered()).hasSize(10);
    }

    @Test
    void startsWithNoAnswersAtTheFirstQuestion() {
        var result = Answers.parse(definition, Map.of());

        assertThat(result.answers().isEmpty()).isTrue();
        assertThat(result.problems()).isEmpty();
        assertThat(result.firstUnanswered()).map(QuestionDefinition::key).contains("setting");
        assertThat(Answers.none(definition)).isEqualTo(result.answers());
    }

    @Test
    void reportsAnOptionThatIsNotOneOfTheQuestionsOptions() {
        var result = Answers.parse(definition, parameters("setting=xyz&people=mixed-public-patients"));

        assertThat(result.problems()).containsExactly(new AnswerProblem("setting", AnswerProblem.Kind.NOT_AN_OPTION,
                List.of("setting", "xyz", "Where does this group mainly work?")));
        assertThat(result.answers().option("setting")).isEmpty();
        assertThat(result.answers().option("people")).contains("mixed-public-patients");
        assertThat(result.firstUnanswered()).map(QuestionDefinition::key).contains("setting");
    }

    @Test
    void reportsAnEmptyValue() {
        var result = Answers.parse(definition, parameters("setting="));

        assertThat(result.problems()).containsExactly(new AnswerProblem("setting", AnswerProblem.Kind.NOT_AN_OPTION,
                List.of("setting", "", "Where does this group mainly work?")));
    }

    @Test
    void reportsAnOptionKeyOfAnotherQuestion() {
        var result = Answers.parse(definition, parameters("frequency=verbal"));

        assertThat(result.problems()).extracting(AnswerProblem::parameter).containsExactly("frequency");
    }

    @Test
    void reportsAParameterThatIsNotAQuestion() {
        var result = Answers.parse(definition, parameters("colour=blue&setting=inpatient-secure"));

        assertThat(result.problems()).containsExactly(
                new AnswerProblem("colour", AnswerProblem.Kind.NOT_A_QUESTION, List.of("colour")));
        assertThat(result.answers().option("setting")).contains("inpatient-secure");
    }

    @Test
    void reportsARepeatedQuestionAndLeavesItUnanswered() {
        var result = Answers.parse(definition, parameters("setting=inpatient-secure&setting=acute-emergency"));

        assertThat(result.problems()).containsExactly(new AnswerProblem("setting",
                AnswerProblem.Kind.ANSWERED_MORE_THAN_ONCE, List.of("setting", 2, "Where does this group mainly work?")));
        assertThat(result.answers().option("setting")).isEmpty();
    }

    @Test
    void reportsARepeatedQuestionEvenWithTheSameValue() {
        var result = Answers.parse(definition, parameters("setting=inpatient-secure&setting=inpatient-secure"));

        assertThat(result.problems()).extracting(AnswerProblem::parameter).containsExactly("setting");
    }

    @Test
    void ignoresTheWebLayersVersionAndChangeParameters() {
        var result = Answers.parse(definition, parameters("v=1&change=setting&v=2&" + COMPLETE));

        assertThat(result.problems()).isEmpty();
        assertThat(result.isComplete()).isTrue();
    }

    @Test
    void reportsTheWebLayersParametersWhenTheCallerAllowsNone() {
        var result = Answers.parse(definition, parameters("v=1&" + COMPLETE), Set.of());

        assertThat(result.problems()).extracting(AnswerProblem::parameter).containsExactly("v");
    }

    @Test
    void reportsEveryProblemAtOnceQuestionsFirstInQuestionOrder() {
        var result = Answers.parse(definition,
                parameters("zebra=1&role=boss&setting=a&setting=b&apple=2&people=mixed-public-patients"));

        assertThat(result.problems()).extracting(AnswerProblem::parameter)
                .containsExactly("setting", "role", "zebra", "apple");
    }

    @Test
    void namesEachUnansweredQuestionOnceForCallersThatNeedEveryAnswer() {
        var result = Answers.parse(definition, parameters(COMPLETE.replace("setting=public-facing-office", "setting=x")
                .replace("&regulation=health-no-restraint", "") + "&colour=blue"));

        assertThat(result.problemsIncludingUnanswered()).containsExactly(
                new AnswerProblem("setting", AnswerProblem.Kind.NOT_AN_OPTION,
                        List.of("setting", "x", "Where does this group mainly work?")),
                new AnswerProblem("colour", AnswerProblem.Kind.NOT_A_QUESTION, List.of("colour")),
                new AnswerProblem("regulation", AnswerProblem.Kind.NOT_ANSWERED,
                        List.of("regulation", "What is the legal and regulatory context?")));
        assertThat(Answers.parse(definition, parameters(COMPLETE)).problemsIncludingUnanswered()).isEmpty();
    }

    @Test
    void shortensLongValuesInProblems() {
        var result = Answers.parse(definition, parameters("setting=" + "x".repeat(500) + "&" + "y".repeat(500) + "=1"));

        assertThat(result.problems()).extracting(AnswerProblem::arguments).containsExactly(
                List.of("setting", "x".repeat(40) + "...", "Where does this group mainly work?"),
                List.of("y".repeat(40) + "..."));
    }

    @Test
    void treatsAParameterWithoutValuesAsUnanswered() {
        var parameters = new LinkedHashMap<String, List<String>>();
        parameters.put("setting", List.of());
        parameters.put("people", null);

        var result = Answers.parse(definition, parameters);

        assertThat(result.problems()).isEmpty();
        assertThat(result.answers().isEmpty()).isTrue();
    }

    @Test
    void writesAQueryStringInQuestionOrder() {
        var answers = Answers.none(definition).with("regulation", "unregulated").with("setting", "inpatient-secure");

        assertThat(answers.toQueryString()).isEqualTo("setting=inpatient-secure&regulation=unregulated");
        assertThat(Answers.none(definition).toQueryString()).isEmpty();
    }

    @Test
    void readsBackItsOwnQueryString() {
        var random = new Random(7);
        for (int run = 0; run < 200; run++) {
            var answers = Answers.none(definition);
            for (var question : definition.questions()) {
                if (random.nextInt(4) > 0) {
                    var options = question.options();
                    answers = answers.with(question.key(), options.get(random.nextInt(options.size())).key());
                }
            }

            var reread = Answers.parse(definition, parameters(answers.toQueryString()));

            assertThat(reread.problems()).isEmpty();
            assertThat(reread.answers()).isEqualTo(answers);
        }
    }

    @Test
    void encodesKeysThatNeedIt() {
        var odd = questionnaire().with(question("a b").options(option("x&y=z"), option("é"))).build();
        var answers = Answers.none(odd).with("a b", "x&y=z");

        assertThat(answers.toQueryString()).isEqualTo("a+b=x%26y%3Dz");
        assertThat(Answers.parse(odd, parameters(answers.toQueryString())).answers()).isEqualTo(answers);
    }

    @Test
    void changesAndRemovesSingleAnswersWithoutChangingTheOriginal() {
        var original = Answers.parse(definition, parameters(COMPLETE)).answers();

        var changed = original.with("setting", "inpatient-secure");
        var removed = original.without("people");

        assertThat(original.option("setting")).contains("public-facing-office");
        assertThat(changed.option("setting")).contains("inpatient-secure");
        assertThat(changed.asMap().keySet()).containsExactlyElementsOf(definition.questionKeys());
        assertThat(removed.option("people")).isEmpty();
        assertThat(removed.firstUnanswered()).map(QuestionDefinition::key).contains("people");
        assertThat(original.isComplete()).isTrue();
    }

    @Test
    void refusesToSetAnUnknownQuestionOrOption() {
        var none = Answers.none(definition);

        assertThatIllegalArgumentException().isThrownBy(() -> none.with("colour", "blue"));
        assertThatIllegalArgumentException().isThrownBy(() -> none.with("setting", "moon"));
        assertThatIllegalArgumentException().isThrownBy(() -> none.without("colour"));
    }

    @Test
    void cannotBeChangedThroughItsMap() {
        var answers = Answers.none(definition).with("setting", "inpatient-secure");

        assertThatThrownBy(() -> answers.asMap().put("people", "x")).isInstanceOf(UnsupportedOperationException.class);
    }

    /** Request parameters as a servlet container would give them, repeated names kept. */
    private static Map<String, List<String>> parameters(String queryString) {
        var parameters = new LinkedHashMap<String, List<String>>();
        if (queryString.isEmpty()) {
            return parameters;
        }
        for (var pair : queryString.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return parameters;
    }
}
