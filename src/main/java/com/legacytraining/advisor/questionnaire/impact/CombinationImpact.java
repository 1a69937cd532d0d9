package com.legacytraining.advisor.questionnaire.impact;

import com.legacytraining.advisor.questionnaire.scoring.Strength;
import com.legacytraining.advisor.questionnaire.scoring.TrainingType;

import java.util.Map;
import java.util.Objects;

/**
 * What a change to the questionnaire does to every possible complete answer set.
 *
 * @param total how many complete answer sets exist
 * @param changed how many get a different recommendation or strength
 * @param otherwiseChanged how many keep their recommendation and strength but get different rules or
 *        caveats (for example the no-holds cap no longer being needed)
 * @param transitions how many answer sets move from one outcome to another, for every move that
 *        happens, most common first; the counts add up to {@code changed}
 */
public record CombinationImpact(long total, long changed, long otherwiseChanged, Map<Transition, Long> transitions) {

    public CombinationImpact {
        Objects.requireNonNull(transitions, "transitions");
    }

    /** The share of all answer sets whose outcome changes, in percent. */
    public double changedPercent() {
        return percentOf(changed);
    }

    /** The share of all answer sets whose rules or caveats change while the outcome stays, in percent. */
    public double otherwiseChangedPercent() {
        return percentOf(otherwiseChanged);
    }

    /** The share of all answer sets that make this move, in percent; 0 for a move nobody makes. */
    public double percent(Transition transition) {
        return percentOf(transitions.getOrDefault(transition, 0L));
    }

    public boolean hasChanges() {
        return changed > 0 || otherwiseChanged > 0;
    }

    private double percentOf(long count) {
        return total == 0 ? 0 : count * 100.0 / total;
    }

    /** A recommendation with its strength: what a person sees first on the result page. */
    public record Outcome(TrainingType recommendation, Strength strength) {

        public Outcome {
            Objects.requireNonNull(recommendation, "recommendation");
            Objects.requireNonNull(strength, "strength");
        }

    }

    /** A move from one outcome to a different one. */
    public record Transition(Outcome from, Outcome to) {

        public Transition {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (from.equals(to)) {
                throw new IllegalArgumentException("A transition needs two different outcomes: " + from);
            }
        }
    }
}
