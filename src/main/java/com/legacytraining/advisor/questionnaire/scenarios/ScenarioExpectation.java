package com.legacytraining.advisor.questionnaire.scenarios;

import com.legacytraining.advisor.questionnaire.scoring.Caveat;
import com.legacytraining.advisor.questionnaire.scoring.Recommendation;
import com.legacytraining.advisor.questionnaire.scoring.Rule;
import com.legacytraining.advisor.questionnaire.scoring.Strength;
import com.legacytraining.advisor.questionnaire.scoring.TrainingType;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The result a scenario must give. Recommendation and strength are always checked; score, rules
 * and caveats only where they are known (the seeded scenarios), null otherwise.
 *
 * @param rules rule keys in contract order, empty for none, null when not checked
 * @param caveats caveat keys in contract order, empty for none, null when not checked
 */
public record ScenarioExpectation(TrainingType recommendation, Strength strength, Integer score, List<String> rules,
        List<String> caveats) {

    public ScenarioExpectation {
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(strength, "strength");
        rules = rules == null ? null : List.copyOf(rules);
        caveats = caveats == null ? null : List.copyOf(caveats);
    }

    /** Whether score, rules or caveats are checked as well as the outcome. */
    public boolean checksDetails() {
        return score != null || rules != null || caveats != null;
    }

    /** What the actual result gets wrong, in the order a reader compares them; empty when it matches. */
    public List<ScenarioCheck.Part> mismatches(Recommendation actual) {
        var wrong = new ArrayList<ScenarioCheck.Part>();
        if (actual.recommendation() != recommendation) {
            wrong.add(ScenarioCheck.Part.RECOMMENDATION);
        }
        if (actual.strength() != strength) {
            wrong.add(ScenarioCheck.Part.STRENGTH);
        }
        if (score != null && actual.score() != score) {
            wrong.add(ScenarioCheck.Part.SCORE);
        }
        if (rules != null && !rules.equals(actual.rules().stream().map(Rule::key).toList())) {
            wrong.add(ScenarioCheck.Part.RULES);
        }
        if (caveats != null && !caveats.equals(actual.caveats().stream().map(Caveat::key).toList())) {
            wrong.add(ScenarioCheck.Part.CAVEATS);
        }
        return List.copyOf(wrong);
    }
}
