package com.legacytraining.advisor.questionnaire.impact;

import com.legacytraining.advisor.questionnaire.scenarios.ScenarioView;
import com.legacytraining.advisor.questionnaire.scoring.Recommendation;

/**
 * A scenario whose outcome a change to the questionnaire would alter.
 *
 * @param scenario the scenario
 * @param before its result under the published questionnaire
 * @param after its result under the changed (draft) questionnaire
 */
public record ScenarioChange(ScenarioView scenario, Recommendation before, Recommendation after) {

    /** Whether the recommendation or its strength changes, not only the rules or caveats behind it. */
    public boolean outcomeChanges() {
        return before.recommendation() != after.recommendation() || before.strength() != after.strength();
    }
}
