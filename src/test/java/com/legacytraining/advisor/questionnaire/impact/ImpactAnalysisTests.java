package com.legacytraining.advisor.questionnaire.impact;

import com.legacytraining.advisor.questionnaire.Scenarios;
import com.legacytraining.advisor.questionnaire.SeededQuestionnaire;
import com.legacytraining.advisor.questionnaire.scenarios.ScenarioExpectation;
import com.legacytraining.advisor.questionnaire.scenarios.ScenarioView;
import com.legacytraining.advisor.questionnaire.scoring.Answers;
import com.legacytraining.advisor.questionnaire.scoring.QuestionnaireDefinition;
import com.legacytraining.advisor.questionnaire.scoring.Rule;
import com.legacytraining.advisor.questionnaire.scoring.ScoringService;
import com.legacytraining.advisor.questionnaire.scoring.Strength;
import com.legacytraining.advisor.questionnaire.scoring.TrainingType;

import static com.legacytraining.advisor.questionnaire.QuestionnaireBuilder.draftOf;
import static com.legacytraining.advisor.questionnaire.QuestionnaireBuilder.from;
import static com.legacytraining.advisor.questionnaire.QuestionnaireBuilder.seeded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.legacytraining.advisor.questionnaire.impact.CombinationImpact.Outcome;
import com.legacytraining.advisor.questionnaire.impact.CombinationImpact.Transition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ImpactAnalysisTests {

    private final ScoringService scoring = new ScoringService();
    private final ScenarioImpact scenarioImpact = new ScenarioImpact(scoring);
    private final AnswerSetImpact answerSetImpact = new AnswerSetImpact();

    @Test
    void findsNothingWhenNothingChanges() {
        var seeded = SeededQuestionnaire.definition();

        CombinationImpact impact = answerSetImpact.count(seeded, seeded);

        assertThat(impact.total()).isEqualTo(19_660_800L);
        assertThat(impact.changed()).isZero();
        assertThat(impact.otherwiseChanged()).isZero();
        assertThat(impact.transitions()).isEmpty();
        assertThat(impact.changedPercent()).isZero();
        assertThat(impact.hasChanges()).isFalse();
        assertThat(scenarioImpact.changes(seeded, seeded, seededCases())).isEmpty();
    }

    @Test
    void agreesExactlyWithScoringEveryAnswerSetOfASmallQuestionnaire() {
        // Every rule-read question keeps options that make each of its rules and caveats fire or not;
        // frequency and severity keep three options so "one of the two highest" is tested both ways.
        var small = seeded()
                .keepingOnly("setting", "inpatient-secure", "public-facing-office")
                .keepingOnly("people", "crisis-or-behaviour-that-challenges", "no-care-relationship")
                .keepingOnly("frequency", "rarely", "physical-monthly", "physical-weekly")
                .keepingOnly("severity", "verbal", "injury", "serious-injury")
                .keepingOnly("physical-intervention", "never", "emergency", "unsure")
                .keepingOnly("care-plans", "none", "restrictive", "unplanned-restraint")
                .keepingOnly("behaviour-support", "not-part", "daily")
                .keepingOnly("alignment", "procedures")
                .keepingOnly("role", "non-clinical", "direct-care")
                .keepingOnly("lone-working", "rarely", "routinely-community")
                .keepingOnly("incidents", "none-physical", "restraint-used")
                .keepingOnly("regulation", "use-of-force-act", "regulated-care")
                .build();
        assertThat(small.combinationCount()).isEqualTo(10_368L);

        var random = new Random(20_260_101L);
        for (int run = 0; run < 4; run++) {
            // About a third of the options get new points, between -6 and +6.
            var draft = draftOf(small)
                    .withPoints(option -> random.nextInt(3) == 0 ? random.nextInt(13) - 6 : option.points())
                    .build();
            var impact = answerSetImpact.count(small, draft);
            assertThat(impact).as("draft %d", run).isEqualTo(bruteForce(small, draft));
            assertThat(impact.changed()).as("draft %d changes something", run).isPositive();
        }
    }

    @Test
    void listsExactlyTheScenariosWhoseResultAChangeAlters() {
        var published = SeededQuestionnaire.definition();
        var draft = draftOf(published).withPoints("setting", "inpatient-secure", -10)
                .withPoints("setting", "residential-support", -8).build();
        var cases = seededCases();

        List<ScenarioChange> changes = scenarioImpact.changes(published, draft, cases);

        var expected = new ArrayList<String>();
        for (var scenario : cases) {
            var before = scoring.score(published, answers(published, scenario));
            var after = scoring.score(draft, answers(draft, scenario));
            if (before.recommendation() != after.recommendation() || before.strength() != after.strength()
                    || !before.rules().equals(after.rules()) || !before.caveats().equals(after.caveats())) {
                expected.add(scenario.name());
            }
        }
        assertThat(changes).extracting(change -> change.scenario().name()).containsExactlyElementsOf(expected)
                .contains("Mental health unit housekeeping staff", "Care home, dementia, distress")
                .doesNotContain("Acute adult MH ward", "GP reception");

        var housekeeping = changes.stream()
                .filter(change -> change.scenario().name().equals("Mental health unit housekeeping staff"))
                .findFirst().orElseThrow();
        assertThat(housekeeping.before().strength()).isEqualTo(Strength.BORDERLINE);
        assertThat(housekeeping.after().strength()).isEqualTo(Strength.STRONG);
        assertThat(housekeeping.outcomeChanges()).isTrue();
        // 15 points become 5: still PMVA MODERATE, but the no-holds cap is no longer needed.
        var careHome = changes.stream().filter(change -> change.scenario().name().equals("Care home, dementia, distress"))
                .findFirst().orElseThrow();
        assertThat(careHome.outcomeChanges()).isFalse();
        assertThat(careHome.before().rules()).containsExactly(Rule.NO_HOLDS_CAP);
        assertThat(careHome.after().rules()).isEmpty();
    }

    @Test
    void breaksTheChangeDownByOutcomeMostCommonFirst() {
        var published = SeededQuestionnaire.definition();
        var draft = draftOf(published).withPoints("setting", "inpatient-secure", -10).build();

        CombinationImpact impact = answerSetImpact.count(published, draft);

        // Only a fifth of the answer sets choose inpatient-secure, and only they can change.
        assertThat(impact.total()).isEqualTo(19_660_800L);
        assertThat(impact.changed()).isPositive().isLessThanOrEqualTo(impact.total() / 5);
        assertThat(impact.transitions().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(impact.changed());
        var counts = new ArrayList<>(impact.transitions().values());
        assertThat(counts).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        // Fewer points can only move answer sets toward breakaway.
        assertThat(impact.transitions()).containsKey(new Transition(
                new Outcome(TrainingType.BREAKAWAY, Strength.BORDERLINE), new Outcome(TrainingType.BREAKAWAY, Strength.STRONG)));
        assertThat(impact.transitions().keySet()).noneMatch(transition ->
                transition.from().recommendation() == TrainingType.BREAKAWAY
                        && transition.to().recommendation() == TrainingType.PMVA);
        assertThat(impact.changedPercent()).isEqualTo(impact.changed() * 100.0 / impact.total());
    }

    @Test
    void refusesQuestionnairesWithDifferentOptions() {
        var published = SeededQuestionnaire.definition();
        var fewer = from(published).keepingOnly("setting", "inpatient-secure").build();

        assertThatIllegalArgumentException().isThrownBy(() -> answerSetImpact.count(published, fewer))
                .withMessageContaining("setting");
        assertThatIllegalArgumentException().isThrownBy(() -> scenarioImpact.changes(published, fewer, List.of()));
    }

    /** The same figures the slow way: score every answer set under both definitions. */
    private CombinationImpact bruteForce(QuestionnaireDefinition published, QuestionnaireDefinition draft) {
        var questions = published.questions();
        int[] choice = new int[questions.size()];
        long total = 0;
        long changed = 0;
        long otherwiseChanged = 0;
        var transitions = new HashMap<Transition, Long>();
        while (true) {
            var parameters = new HashMap<String, List<String>>();
            for (int q = 0; q < questions.size(); q++) {
                parameters.put(questions.get(q).key(), List.of(questions.get(q).options().get(choice[q]).key()));
            }
            var before = scoring.score(published, Answers.parse(published, parameters).answers());
            var after = scoring.score(draft, Answers.parse(draft, parameters).answers());
            total++;
            var from = new Outcome(before.recommendation(), before.strength());
            var to = new Outcome(after.recommendation(), after.strength());
            if (!from.equals(to)) {
                changed++;
                transitions.merge(new Transition(from, to), 1L, Long::sum);
            }
            else if (!before.rules().equals(after.rules()) || !before.caveats().equals(after.caveats())) {
                otherwiseChanged++;
            }
            int q = questions.size() - 1;
            while (q >= 0 && ++choice[q] == questions.get(q).options().size()) {
                choice[q] = 0;
                q--;
            }
            if (q < 0) {
                break;
            }
        }
        return new CombinationImpact(total, changed, otherwiseChanged, transitions);
    }

    static List<ScenarioView> seededCases() {
        return Scenarios.all().stream()
                .map(scenario -> new ScenarioView(scenario.id(), 0, scenario.staffGroup(), scenario.answers().asMap(),
                        new ScenarioExpectation(scenario.recommendation(), scenario.strength(), null, null, null),
                        false, "test", null))
                .toList();
    }

    private static Answers answers(QuestionnaireDefinition definition, ScenarioView scenario) {
        var answers = Answers.none(definition);
        for (var answer : scenario.answers().entrySet()) {
            answers = answers.with(answer.getKey(), answer.getValue());
        }
        return answers;
    }
}
