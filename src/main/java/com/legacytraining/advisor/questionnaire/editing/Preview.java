package com.legacytraining.advisor.questionnaire.editing;

import com.legacytraining.advisor.questionnaire.impact.CombinationImpact;
import com.legacytraining.advisor.questionnaire.impact.ScenarioChange;
import java.util.List;

/**
 * What publishing the draft would do, computed once for the preview page.
 *
 * @param scenarioCount how many active scenarios were scored
 * @param scenarioChanges the scenarios whose result would change, in suite order
 * @param combinations how every possible complete answer set would move
 */
public record Preview(Workspace workspace, int scenarioCount, List<ScenarioChange> scenarioChanges,
        CombinationImpact combinations) {

    public Preview {
        scenarioChanges = List.copyOf(scenarioChanges);
    }

    /** Whether any scenario's result changes, so publishing needs a note and a confirmation. */
    public boolean changesScenarios() {
        return !scenarioChanges.isEmpty();
    }
}
