package com.legacytraining.advisor.questionnaire.scoring;

import com.legacytraining.advisor.questionnaire.SeededQuestionnaire;

import static com.legacytraining.advisor.questionnaire.QuestionnaireBuilder.option;
import static com.legacytraining.advisor.questionnaire.QuestionnaireBuilder.question;
import static com.legacytraining.advisor.questionnaire.QuestionnaireBuilder.questionnaire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionnaireDefinitionTests {

    private final QuestionnaireDefinition seeded = SeededQuestionnaire.definition();

    @Test
    void findsQuestionsAndOptionsByKey() {
        assertThat(seeded.question("setting")).map(QuestionDefinition::text)
                .contains("Where does this group mainly work?");
        assertThat(seeded.question("colour")).isEmpty();
        assertThat(seeded.question("severity").orElseThrow().option("injury")).map(OptionDefinition::points)
                .contains(2);
        assertThat(seeded.question("severity").orElseThrow().option("rarely")).isEmpty();
    }

    @Test
    void listsTheTwelveQuestionKeysInOrder() {
        assertThat(seeded.questionKeys()).containsExactly("setting", "people", "frequency", "severity",
                "physical-intervention", "care-plans", "behaviour-support", "alignment", "role", "lone-working",
                "incidents", "regulation");
    }

    @Test
    void countsEveryCombinationOfAnswers() {
        assertThat(seeded.combinationCount()).isEqualTo(5L * 4 * 4 * 4 * 5 * 4 * 4 * 4 * 4 * 3 * 4 * 4);
    }

    @Test
    void spansTheSpecifiedRangeOfTotals() {
        int lowest = seeded.questions().stream()
                .mapToInt(question -> question.options().stream().mapToInt(OptionDefinition::points).min().orElseThrow())
                .sum();
        int highest = seeded.questions().stream()
                .mapToInt(question -> question.options().stream().mapToInt(OptionDefinition::points).max().orElseThrow())
                .sum();

        assertThat(lowest).isEqualTo(-22);
        assertThat(highest).isEqualTo(35);
    }

    @Test
    void ordersQuestionsAndOptionsByPosition() {
        var definition = questionnaire()
                .with(question("second").position(2).options(option("b").position(2), option("a").position(1)))
                .with(question("first").position(1).options(option("a")))
                .build();

        assertThat(definition.questionKeys()).containsExactly("first", "second");
        assertThat(definition.question("second").orElseThrow().options()).extracting(OptionDefinition::key)
                .containsExactly("a", "b");
    }

    @Test
    void refusesRepeatedKeys() {
        var option = new OptionDefinition("a", 1, "A", 0);
        var question = new QuestionDefinition("q", 1, "Q?", null, List.of(option));

        assertThatIllegalArgumentException().isThrownBy(() -> new QuestionDefinition("q", 1, "Q?", null,
                List.of(option, option)));
        assertThatIllegalArgumentException().isThrownBy(() -> new QuestionnaireDefinition(1,
                List.of(question, question)));
    }

    @Test
    void refusesAQuestionWithoutOptions() {
        assertThatIllegalArgumentException().isThrownBy(() -> new QuestionDefinition("q", 1, "Q?", null, List.of()));
    }
}
