package com.legacytraining.advisor.questionnaire.impact;

import com.legacytraining.advisor.questionnaire.scoring.Facts;
import com.legacytraining.advisor.questionnaire.scoring.OptionDefinition;
import com.legacytraining.advisor.questionnaire.scoring.QuestionDefinition;
import com.legacytraining.advisor.questionnaire.scoring.QuestionnaireDefinition;
import com.legacytraining.advisor.questionnaire.scoring.ScoringService;

import com.legacytraining.advisor.questionnaire.impact.CombinationImpact.Outcome;
import com.legacytraining.advisor.questionnaire.impact.CombinationImpact.Transition;
import com.legacytraining.advisor.questionnaire.scoring.Verdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How many of all possible complete answer sets a change to the questionnaire moves from one outcome
 * to another, counted exactly without scoring each set. Both definitions must have the same questions
 * and options. Plain Java, stateless and thread-safe.
 */
public class AnswerSetImpact {

    /**
     * Every possible complete answer set scored under both definitions, without scoring each one.
     * <p>
     * The rules read only some questions; the others (seeded: setting, people, alignment) only add
     * points. So the answer sets split into the combinations of rule-read answers and the
     * combinations of the other answers, and of the latter only their two point totals matter
     * (published and draft). Those are counted once as a joint distribution. For every rule-read
     * combination and every pair of totals the two outcomes then come from a table of
     * {@link ScoringService#verdict} by (facts, total), filled once. Seeded: 245,760 rule-read
     * combinations times at most 80 pairs of totals, for 19,660,800 answer sets.
     */
    public CombinationImpact count(QuestionnaireDefinition published, QuestionnaireDefinition draft) {
        SameShape.require(published, draft);
        var ruleRead = new HashSet<>(ScoringService.questionsTheRulesRead());
        for (var key : ruleRead) {
            if (published.question(key).isEmpty()) {
                throw new IllegalArgumentException("The questionnaire has no question '" + key
                        + "', which the scoring rules need");
            }
        }
        List<QuestionDefinition> ruleQuestions = published.questions().stream()
                .filter(question -> ruleRead.contains(question.key())).toList();
        List<QuestionDefinition> pointsOnlyQuestions = published.questions().stream()
                .filter(question -> !ruleRead.contains(question.key())).toList();

        Side before = new Side(published, ruleQuestions);
        Side after = new Side(draft, ruleQuestions);
        TotalPairs pairs = TotalPairs.of(pointsOnlyQuestions, published, draft);

        // Every distinct verdict gets a small number, so the loop below compares ints.
        var verdictCodes = new HashMap<Verdict, Integer>();
        var verdicts = new ArrayList<Verdict>();
        before.fillVerdicts(verdictCodes, verdicts);
        after.fillVerdicts(verdictCodes, verdicts);

        long[][] counts = new long[verdicts.size()][verdicts.size()];
        int[] choice = new int[ruleQuestions.size()];
        int[] optionCounts = ruleQuestions.stream().mapToInt(question -> question.options().size()).toArray();
        do {
            int[] beforeRow = before.verdictRow(choice);
            int beforeBase = before.ruleTotal(choice) - before.minTotal;
            int[] afterRow = after.verdictRow(choice);
            int afterBase = after.ruleTotal(choice) - after.minTotal;
            for (int pair = 0; pair < pairs.count.length; pair++) {
                counts[beforeRow[beforeBase + pairs.before[pair]]][afterRow[afterBase + pairs.after[pair]]] +=
                        pairs.count[pair];
            }
        }
        while (next(choice, optionCounts));

        return impact(published.combinationCount(), verdicts, counts);
    }

    private static CombinationImpact impact(long total, List<Verdict> verdicts, long[][] counts) {
        long changed = 0;
        long otherwiseChanged = 0;
        var transitions = new HashMap<Transition, Long>();
        for (int from = 0; from < counts.length; from++) {
            for (int to = 0; to < counts.length; to++) {
                long count = counts[from][to];
                if (count == 0 || from == to) {
                    continue;
                }
                Outcome before = outcome(verdicts.get(from));
                Outcome after = outcome(verdicts.get(to));
                if (before.equals(after)) {
                    otherwiseChanged += count;
                }
                else {
                    changed += count;
                    transitions.merge(new Transition(before, after), count, Long::sum);
                }
            }
        }
        var ordered = new LinkedHashMap<Transition, Long>();
        transitions.entrySet().stream()
                .sorted(Map.Entry.<Transition, Long>comparingByValue().reversed()
                        .thenComparing(entry -> entry.getKey(), TRANSITION_ORDER))
                .forEach(entry -> ordered.put(entry.getKey(), entry.getValue()));
        return new CombinationImpact(total, changed, otherwiseChanged, Collections.unmodifiableMap(ordered));
    }

    private static final Comparator<Outcome> OUTCOME_ORDER = Comparator
            .comparing(Outcome::recommendation).thenComparing(Outcome::strength);
    private static final Comparator<Transition> TRANSITION_ORDER = Comparator
            .comparing(Transition::from, OUTCOME_ORDER).thenComparing(Transition::to, OUTCOME_ORDER);

    private static Outcome outcome(Verdict verdict) {
        return new Outcome(verdict.recommendation(), verdict.strength());
    }

    /** Moves to the next combination like an odometer; false after the last one. */
    private static boolean next(int[] choice, int[] optionCounts) {
        for (int i = choice.length - 1; i >= 0; i--) {
            if (++choice[i] < optionCounts[i]) {
                return true;
            }
            choice[i] = 0;
        }
        return false;
    }

    /**
     * One definition's view of the rule-read questions: points and facts of every option (in the
     * published definition's option order, so a choice means the same option on both sides), and
     * a table of verdicts by facts and total.
     */
    private static final class Side {

        private final int[][] points;
        private final Facts[][] facts;
        private final int minTotal;
        private final int maxTotal;
        // facts -> verdict codes by (total - minTotal), for every set of facts the options can produce
        private final Map<Facts, int[]> verdictRows = new HashMap<>();

        Side(QuestionnaireDefinition definition, List<QuestionDefinition> ruleQuestions) {
            points = new int[ruleQuestions.size()][];
            facts = new Facts[ruleQuestions.size()][];
            for (int q = 0; q < ruleQuestions.size(); q++) {
                var question = definition.question(ruleQuestions.get(q).key()).orElseThrow();
                var options = ruleQuestions.get(q).options();
                points[q] = new int[options.size()];
                facts[q] = new Facts[options.size()];
                for (int o = 0; o < options.size(); o++) {
                    String key = options.get(o).key();
                    points[q][o] = question.option(key).orElseThrow().points();
                    facts[q][o] = ScoringService.factsOf(definition, question.key(), key);
                }
            }
            int min = 0;
            int max = 0;
            for (var question : definition.questions()) {
                min += question.options().stream().mapToInt(OptionDefinition::points).min().orElseThrow();
                max += question.options().stream().mapToInt(OptionDefinition::points).max().orElseThrow();
            }
            minTotal = min;
            maxTotal = max;
        }

        int ruleTotal(int[] choice) {
            int total = 0;
            for (int q = 0; q < choice.length; q++) {
                total += points[q][choice[q]];
            }
            return total;
        }

        Facts factsOf(int[] choice) {
            Facts all = Facts.NONE;
            for (int q = 0; q < choice.length; q++) {
                all = all.and(facts[q][choice[q]]);
            }
            return all;
        }

        int[] verdictRow(int[] choice) {
            return verdictRows.get(factsOf(choice));
        }

        /** Fills the verdict table for every combination of facts the options can produce. */
        void fillVerdicts(Map<Verdict, Integer> codes, List<Verdict> verdicts) {
            var reachable = new HashSet<Facts>();
            reachable.add(Facts.NONE);
            for (Facts[] optionFacts : facts) {
                var grown = new HashSet<Facts>();
                for (Facts sofar : reachable) {
                    for (Facts fact : optionFacts) {
                        grown.add(sofar.and(fact));
                    }
                }
                reachable = grown;
            }
            for (Facts factSet : reachable) {
                int[] row = new int[maxTotal - minTotal + 1];
                for (int total = minTotal; total <= maxTotal; total++) {
                    Verdict verdict = ScoringService.verdict(factSet, total);
                    row[total - minTotal] = codes.computeIfAbsent(verdict, added -> {
                        verdicts.add(added);
                        return verdicts.size() - 1;
                    });
                }
                verdictRows.put(factSet, row);
            }
        }
    }

    /**
     * The joint distribution of (published total, draft total) over the questions that only add
     * points, as parallel arrays.
     */
    private record TotalPairs(int[] before, int[] after, long[] count) {

        static TotalPairs of(List<QuestionDefinition> questions, QuestionnaireDefinition published,
                QuestionnaireDefinition draft) {
            Map<Long, Long> distribution = Map.of(pair(0, 0), 1L);
            for (var question : questions) {
                var draftQuestion = draft.question(question.key()).orElseThrow();
                var grown = new HashMap<Long, Long>();
                for (var entry : distribution.entrySet()) {
                    int before = (int) (entry.getKey() >> 32);
                    int after = (int) (long) entry.getKey();
                    for (var option : question.options()) {
                        int draftPoints = draftQuestion.option(option.key()).orElseThrow().points();
                        grown.merge(pair(before + option.points(), after + draftPoints), entry.getValue(), Long::sum);
                    }
                }
                distribution = grown;
            }
            int size = distribution.size();
            var pairs = new TotalPairs(new int[size], new int[size], new long[size]);
            int i = 0;
            for (var entry : distribution.entrySet()) {
                pairs.before[i] = (int) (entry.getKey() >> 32);
                pairs.after[i] = (int) (long) entry.getKey();
                pairs.count[i] = entry.getValue();
                i++;
            }
            return pairs;
        }

        private static long pair(int before, int after) {
            return ((long) before << 32) | (after & 0xFFFFFFFFL);
        }
    }
}
