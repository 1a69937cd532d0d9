package com.legacytraining.advisor.questionnaire.scoring;

import com.legacytraining.advisor.questionnaire.SeededQuestionnaire;

import static com.legacytraining.advisor.questionnaire.QuestionnaireBuilder.draftOf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Properties of the scoring model over many random complete answer sets. The seed is fixed so a
 * failure can be replayed; a failure names the answers and the result.
 */
class ScoringPropertyTests {

    private static final long SEED = 20_250_601L;
    private static final int RUNS = 20_000;

    private static final Set<String> NO_HOLDS = Set.of("never", "self-release-only");

    private final ScoringService scoring = new ScoringService();

    @Test
    void holdsForRandomAnswersToTheSeededQuestionnaire() {
        var definition = SeededQuestionnaire.definition();
        var random = new Random(SEED);
        for (int run = 0; run < RUNS; run++) {
            checkProperties(definition, randomAnswers(definition, random));
        }
    }

    @Test
    void holdsWhenAdminsHaveChangedThePoints() {
        var random = new Random(SEED + 1);
        for (int run = 0; run < RUNS / 10; run++) {
            var definition = draftOf(SeededQuestionnaire.definition())
                    .withPoints(option -> random.nextInt(11) - 5)
                    .build();
            for (int i = 0; i < 10; i++) {
                checkProperties(definition, randomAnswers(definition, random));
            }
        }
    }

    private void checkProperties(QuestionnaireDefinition definition, Answers answers) {
        var result = scoring.score(definition, answers);
        try {
            checkProperties(definition, answers, result);
        }
        catch (AssertionError failure) {
            throw new AssertionError(definition.version() + ": " + answers.toQueryString() + " -> " + result, failure);
        }
    }

    private void checkProperties(QuestionnaireDefinition definition, Answers answers, Recommendation result) {
        assertThat(result.score()).as("sum of points").isEqualTo(sumOfPoints(definition, answers));

        String holds = answers.option("physical-intervention").orElseThrow();
        boolean h1 = Set.of("emergency", "planned").contains(holds);
        boolean h2 = answers.option("regulation").orElseThrow().equals("use-of-force-act")
                && !answers.option("role").orElseThrow().equals("non-clinical");
        boolean h3 = answers.option("care-plans").orElseThrow().equals("restrictive");
        boolean capConditions = NO_HOLDS.contains(holds) && !h2 && !h3;

        assertThat(result.rules().contains(Rule.RESTRICTIVE_INTERVENTION_POSSIBLE)).as("H1").isEqualTo(h1);
        assertThat(result.rules().contains(Rule.USE_OF_FORCE_ACT)).as("H2").isEqualTo(h2);
        assertThat(result.rules().contains(Rule.RESTRICTIVE_CARE_PLANS)).as("H3").isEqualTo(h3);
        assertThat(result.rules()).as("rules in order").isSortedAccordingTo(Enum::compareTo);
        assertThat(result.caveats()).as("caveats in order").isSortedAccordingTo(Enum::compareTo);

        if (h1 || h2 || h3) {
            assertThat(result.recommendation()).as("PMVA when H1-H3 fire").isEqualTo(TrainingType.PMVA);
        }
        if (h2 || h3) {
            assertThat(result.strength()).as("STRONG when H2 or H3 fire").isEqualTo(Strength.STRONG);
        }
        else if (h1) {
            assertThat(result.strength()).as("H1 strength by total")
                    .isEqualTo(result.score() >= 10 ? Strength.STRONG : Strength.MODERATE);
        }
        if (capConditions) {
            assertThat(result.recommendation() == TrainingType.PMVA && result.strength() == Strength.STRONG)
                    .as("never PMVA STRONG under the cap").isFalse();
        }
        if (result.rules().equals(List.of(Rule.NO_HOLDS_CAP))) {
            assertThat(bandStrength(result.score())).as("cap only lowers a strong band").isEqualTo(Strength.STRONG);
            assertThat(result.strength()).as("capped strength").isEqualTo(Strength.MODERATE);
        }
        if (result.rules().isEmpty()) {
            assertThat(result.strength()).as("band strength").isEqualTo(bandStrength(result.score()));
            assertThat(result.recommendation()).as("band recommendation")
                    .isEqualTo(bandRecommendation(result.score(), answers));
        }

        assertThat(result.reasons()).as("at most three reasons").hasSizeLessThanOrEqualTo(3);
        int towardOutcome = result.recommendation() == TrainingType.PMVA ? 1 : -1;
        assertThat(result.reasons()).as("reasons push toward the outcome")
                .allSatisfy(reason -> assertThat(Integer.signum(reason.points())).isEqualTo(towardOutcome));
        assertThat(result.reasons()).as("largest reasons first")
                .isSortedAccordingTo((a, b) -> Integer.compare(Math.abs(b.points()), Math.abs(a.points())));
    }

    private static Strength bandStrength(int total) {
        if (total >= 10 || total <= -10) {
            return Strength.STRONG;
        }
        return total >= 4 || total <= -4 ? Strength.MODERATE : Strength.BORDERLINE;
    }

    private static TrainingType bandRecommendation(int total, Answers answers) {
        if (total >= 4) {
            return TrainingType.PMVA;
        }
        if (total <= -4) {
            return TrainingType.BREAKAWAY;
        }
        return Set.of("daily", "core-model").contains(answers.option("behaviour-support").orElseThrow())
                ? TrainingType.PMVA : TrainingType.BREAKAWAY;
    }

    private static int sumOfPoints(QuestionnaireDefinition definition, Answers answers) {
        return answers.asMap().entrySet().stream()
                .mapToInt(answer -> definition.question(answer.getKey()).orElseThrow()
                        .option(answer.getValue()).orElseThrow().points())
                .sum();
    }

    private static Answers randomAnswers(QuestionnaireDefinition definition, Random random) {
        var answers = Answers.none(definition);
        for (var question : definition.questions()) {
            var options = question.options();
            answers = answers.with(question.key(), options.get(random.nextInt(options.size())).key());
        }
        return answers;
    }
}
