package com.legacytraining.advisor.questionnaire.scoring;

import com.legacytraining.advisor.questionnaire.Scenarios;
import com.legacytraining.advisor.questionnaire.SeededQuestionnaire;

import static com.legacytraining.advisor.questionnaire.Scenarios.answers;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The counterfactual search against a brute force written separately: score every answer set that
 * differs from the scenario in one or two answers, keep those that change the result, and drop the
 * two-answer ones that contain a one-answer change of the same kind.
 */
class CounterfactualsTests {

    private final QuestionnaireDefinition definition = SeededQuestionnaire.definition();
    private final ScoringService scoring = new ScoringService();
    private final Counterfactuals counterfactuals = new Counterfactuals(scoring);

    @ParameterizedTest(name = "scenario {0}")
    @MethodSource("com.legacytraining.advisor.questionnaire.Scenarios#all")
    void agreesWithABruteForceSearchOverAllOneAndTwoAnswerChanges(Scenarios.Scenario scenario) {
        Answers answers = scenario.answers();
        var search = counterfactuals.search(answers);
        var expected = bruteForce(answers);

        assertThat(changeSets(search.recommendation())).as("recommendation changes")
                .isEqualTo(expected.get(Counterfactuals.Kind.RECOMMENDATION));
        assertThat(changeSets(search.strength())).as("strength changes")
                .isEqualTo(expected.get(Counterfactuals.Kind.STRENGTH));
        assertThat(search.firm()).isEqualTo(expected.get(Counterfactuals.Kind.RECOMMENDATION).isEmpty());
        assertMostPlausibleFirst(search.recommendation());
        assertMostPlausibleFirst(search.strength());
        for (var counterfactual : search.recommendation()) {
            assertThat(counterfactual.outcome().recommendation()).isNotEqualTo(search.current().recommendation());
            assertThat(counterfactual.outcome()).isEqualTo(scoring.score(definition, counterfactual.answers()));
        }
        for (var counterfactual : search.strength()) {
            assertThat(counterfactual.outcome().recommendation()).isEqualTo(search.current().recommendation());
            assertThat(counterfactual.outcome().strength()).isNotEqualTo(search.current().strength());
        }
        assertThat(search.shownRecommendation()).hasSizeLessThanOrEqualTo(3)
                .isEqualTo(search.recommendation().subList(0, Math.min(3, search.recommendation().size())));
        assertThat(search.shownStrength()).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void saysAResultHeldByTheUseOfForceActIsFirmAndNamesTheRule() {
        // Scenario 6, acute adult mental health ward: H1, H2 and H3 all fire, +33.
        var search = counterfactuals.search(answers("AADCDCDDCADA"));

        assertThat(search.firm()).isTrue();
        assertThat(search.strengthFirm()).isTrue();
        assertThat(search.overridingRules()).contains(Rule.USE_OF_FORCE_ACT);
    }

    @Test
    void findsTheSingleAnswerThatTurnsABorderlineBreakawayRound() {
        // Scenario 4, hospital porters: -3, borderline breakaway; holds in an emergency (H1) makes it PMVA.
        var search = counterfactuals.search(answers("CCBBBABBABBC"));

        assertThat(search.firm()).isFalse();
        assertThat(search.shownRecommendation().get(0).changes()).hasSize(1);
        assertThat(search.recommendation()).anySatisfy(counterfactual -> assertThat(counterfactual.changes())
                .containsExactly(new Counterfactuals.Change("physical-intervention", "self-release-only", "emergency", 4)));
    }

    private Map<Counterfactuals.Kind, Set<Map<String, String>>> bruteForce(Answers answers) {
        Recommendation current = scoring.score(definition, answers);
        List<QuestionDefinition> questions = definition.questions();
        var singles = new TreeMap<Counterfactuals.Kind, Set<Map<String, String>>>();
        var pairs = new TreeMap<Counterfactuals.Kind, Set<Map<String, String>>>();
        for (var kind : Counterfactuals.Kind.values()) {
            singles.put(kind, new HashSet<>());
            pairs.put(kind, new HashSet<>());
        }
        for (int a = 0; a < questions.size(); a++) {
            for (int b = a; b < questions.size(); b++) {
                for (var optionA : questions.get(a).options()) {
                    for (var optionB : questions.get(b).options()) {
                        Answers changed = answers.with(questions.get(a).key(), optionA.key())
                                .with(questions.get(b).key(), optionB.key());
                        Map<String, String> difference = difference(answers, changed);
                        if (difference.isEmpty()) {
                            continue;
                        }
                        Recommendation outcome = scoring.score(definition, changed);
                        Counterfactuals.Kind kind = outcome.recommendation() != current.recommendation()
                                ? Counterfactuals.Kind.RECOMMENDATION
                                : outcome.strength() != current.strength() ? Counterfactuals.Kind.STRENGTH : null;
                        if (kind != null) {
                            (difference.size() == 1 ? singles : pairs).get(kind).add(difference);
                        }
                    }
                }
            }
        }
        var minimal = new TreeMap<Counterfactuals.Kind, Set<Map<String, String>>>();
        for (var kind : Counterfactuals.Kind.values()) {
            var kept = new HashSet<>(singles.get(kind));
            for (var pair : pairs.get(kind)) {
                boolean containsSingle = singles.get(kind).stream()
                        .anyMatch(single -> pair.entrySet().containsAll(single.entrySet()));
                if (!containsSingle) {
                    kept.add(pair);
                }
            }
            minimal.put(kind, kept);
        }
        return minimal;
    }

    private static Map<String, String> difference(Answers from, Answers to) {
        var difference = new TreeMap<String, String>();
        to.asMap().forEach((question, option) -> {
            if (!option.equals(from.option(question).orElseThrow())) {
                difference.put(question, option);
            }
        });
        return difference;
    }

    private static Set<Map<String, String>> changeSets(List<Counterfactuals.Counterfactual> counterfactuals) {
        var sets = new HashSet<Map<String, String>>();
        for (var counterfactual : counterfactuals) {
            var set = new TreeMap<String, String>();
            counterfactual.changes().forEach(change -> set.put(change.question(), change.to()));
            assertThat(sets.add(set)).as("listed once: " + set).isTrue();
        }
        return sets;
    }

    private static void assertMostPlausibleFirst(List<Counterfactuals.Counterfactual> counterfactuals) {
        var keys = new ArrayList<int[]>();
        counterfactuals.forEach(counterfactual -> keys.add(
                new int[] { counterfactual.changes().size(), counterfactual.pointsMoved() }));
        for (int i = 1; i < keys.size(); i++) {
            int[] before = keys.get(i - 1);
            int[] after = keys.get(i);
            assertThat(before[0] < after[0] || (before[0] == after[0] && before[1] <= after[1]))
                    .as("counterfactual %d is not less plausible than %d", i - 1, i).isTrue();
        }
    }
}
