package com.legacytraining.advisor.questionnaire.scenarios;

import com.legacytraining.advisor.questionnaire.scoring.Recommendation;

import java.util.List;

/**
 * One scenario run against a questionnaire.
 *
 * @param actual the result it gets; null when its answers no longer fit the questionnaire
 * @param mismatches what differs from the expectation; {@link Part#ANSWERS} alone when it cannot be scored
 */
public record ScenarioCheck(ScenarioView scenario, Recommendation actual, List<Part> mismatches) {

    public ScenarioCheck {
        mismatches = List.copyOf(mismatches);
    }

    public boolean matches() {
        return mismatches.isEmpty();
    }

    public boolean mismatches(Part part) {
        return mismatches.contains(part);
    }

    /** Whether the recommendation or the strength differs: the two the outcome shows together. */
    public boolean outcomeDiffers() {
        return mismatches(Part.RECOMMENDATION) || mismatches(Part.STRENGTH);
    }

    public boolean scoreDiffers() {
        return mismatches(Part.SCORE);
    }

    public boolean rulesDiffer() {
        return mismatches(Part.RULES);
    }

    public boolean caveatsDiffer() {
        return mismatches(Part.CAVEATS);
    }

    /** The parts of a result a scenario checks. */
    public enum Part {
        RECOMMENDATION, STRENGTH, SCORE, RULES, CAVEATS,
        /** The stored answers do not answer every question with one of its options. */
        ANSWERS;

        /** The part's name in a sentence, e.g. "Differs in: strength". */
        public String messageKey() {
            return "scenario.part." + name();
        }
    }
}
