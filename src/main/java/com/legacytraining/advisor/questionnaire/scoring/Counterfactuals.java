package com.legacytraining.advisor.questionnaire.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What would change a result: the smallest changes of answers that turn the recommendation round
 * (PMVA to breakaway or back) and, separately, those that keep it but change its strength.
 * <p>
 * The search is exact, never sampled: it scores every change of one answer and every change of two
 * answers against the definition (with at most five options a question, a few hundred scorings). A
 * change of two answers is kept only when neither of its answers alone already does the same, so
 * every change listed is minimal. Most plausible first: fewest answers changed, then the smallest
 * change in points (the sum over the changed answers of how far their points moved), then question
 * order. Stateless and thread-safe.
 */
public final class Counterfactuals {

    /** How many of each kind a page shows. */
    public static final int SHOWN = 3;

    private final ScoringService scoring;

    public Counterfactuals(ScoringService scoring) {
        this.scoring = Objects.requireNonNull(scoring, "scoring");
    }

    /** Which part of the result a counterfactual changes. */
    public enum Kind {
        /** The recommendation itself: PMVA becomes breakaway, or breakaway PMVA. */
        RECOMMENDATION,
        /** The same recommendation with another strength. */
        STRENGTH
    }

    /**
     * One answer changed.
     *
     * @param question the question key
     * @param from the option key answered now
     * @param to the option key that would change the result
     * @param pointsMoved how far the answer's points move, whichever way
     */
    public record Change(String question, String from, String to, int pointsMoved) {
    }

    /**
     * A change of one or two answers and the result it would give.
     *
     * @param kind what it changes
     * @param changes the changed answers, in question order
     * @param answers all answers with the changes made
     * @param outcome the result for those answers
     */
    public record Counterfactual(Kind kind, List<Change> changes, Answers answers, Recommendation outcome) {

        public Counterfactual {
            changes = List.copyOf(changes);
        }

        /** The sum over the changed answers of how far their points moved: the second sort key. */
        public int pointsMoved() {
            return changes.stream().mapToInt(Change::pointsMoved).sum();
        }
    }

    /**
     * Every minimal counterfactual of each kind, most plausible first, and the result they start from.
     *
     * @param recommendation every minimal change that turns the recommendation round; empty when the result is firm
     * @param strength every minimal change that keeps the recommendation but changes its strength
     */
    public record Search(Recommendation current, List<Counterfactual> recommendation, List<Counterfactual> strength) {

        public Search {
            recommendation = List.copyOf(recommendation);
            strength = List.copyOf(strength);
        }

        /** Whether no change of one or two answers turns the recommendation round. */
        public boolean firm() {
            return recommendation.isEmpty();
        }

        /** Whether no change of one or two answers changes the strength while keeping the recommendation. */
        public boolean strengthFirm() {
            return strength.isEmpty();
        }

        public List<Counterfactual> shownRecommendation() {
            return recommendation.subList(0, Math.min(SHOWN, recommendation.size()));
        }

        public List<Counterfactual> shownStrength() {
            return strength.subList(0, Math.min(SHOWN, strength.size()));
        }

        /**
         * The rules that override the score (H1-H3) and fired: when the result is firm, these are
         * why, because each holds the recommendation whatever the points say.
         */
        public List<Rule> overridingRules() {
            return current.rules().stream().filter(rule -> rule != Rule.NO_HOLDS_CAP).toList();
        }
    }

    /**
     * @throws IllegalArgumentException if the answers cannot be scored (see {@link ScoringService#score})
     */
    public Search search(Answers answers) {
        QuestionnaireDefinition definition = answers.definition();
        Recommendation current = scoring.score(definition, answers);

        List<Change> singles = new ArrayList<>();
        for (var question : definition.questions()) {
            String from = answers.option(question.key()).orElseThrow(
                    () -> new IllegalArgumentException("Cannot search incomplete answers: '" + question.key() + "' is unanswered"));
            int fromPoints = question.option(from).orElseThrow().points();
            for (var option : question.options()) {
                if (!option.key().equals(from)) {
                    singles.add(new Change(question.key(), from, option.key(), Math.abs(option.points() - fromPoints)));
                }
            }
        }

        var byRecommendation = new ArrayList<Counterfactual>();
        var byStrength = new ArrayList<Counterfactual>();
        // Which single changes already change each kind: a pair containing one of them is not minimal.
        boolean[] singleTurns = new boolean[singles.size()];
        boolean[] singleShifts = new boolean[singles.size()];
        for (int i = 0; i < singles.size(); i++) {
            Counterfactual found = tryChanges(answers, current, List.of(singles.get(i)));
            if (found != null) {
                (found.kind() == Kind.RECOMMENDATION ? byRecommendation : byStrength).add(found);
                singleTurns[i] = found.kind() == Kind.RECOMMENDATION;
                singleShifts[i] = found.kind() == Kind.STRENGTH;
            }
        }
        for (int i = 0; i < singles.size(); i++) {
            for (int j = i + 1; j < singles.size(); j++) {
                Change first = singles.get(i);
                Change second = singles.get(j);
                if (first.question().equals(second.question())) {
                    continue;
                }
                Counterfactual found = tryChanges(answers, current, List.of(first, second));
                if (found == null) {
                    continue;
                }
                if (found.kind() == Kind.RECOMMENDATION && !singleTurns[i] && !singleTurns[j]) {
                    byRecommendation.add(found);
                }
                else if (found.kind() == Kind.STRENGTH && !singleShifts[i] && !singleShifts[j]) {
                    byStrength.add(found);
                }
            }
        }
        byRecommendation.sort(MOST_PLAUSIBLE_FIRST);
        byStrength.sort(MOST_PLAUSIBLE_FIRST);
        return new Search(current, byRecommendation, byStrength);
    }

    /** Fewest answers changed, then the smallest change in points; the sort is stable, so question order breaks ties. */
    static final Comparator<Counterfactual> MOST_PLAUSIBLE_FIRST = Comparator
            .comparingInt((Counterfactual counterfactual) -> counterfactual.changes().size())
            .thenComparingInt(Counterfactual::pointsMoved);

    private Counterfactual tryChanges(Answers answers, Recommendation current, List<Change> changes) {
        Answers changed = answers;
        for (var change : changes) {
            changed = changed.with(change.question(), change.to());
        }
        Recommendation outcome = scoring.score(answers.definition(), changed);
        if (outcome.recommendation() != current.recommendation()) {
            return new Counterfactual(Kind.RECOMMENDATION, changes, changed, outcome);
        }
        if (outcome.strength() != current.strength()) {
            return new Counterfactual(Kind.STRENGTH, changes, changed, outcome);
        }
        return null;
    }
}
