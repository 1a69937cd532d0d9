package com.legacytraining.advisor.questionnaire.scenarios;

import java.util.List;

/**
 * Every active scenario run against one questionnaire definition.
 *
 * @param questionnaireVersion the version of the definition the scenarios ran against
 * @param checks one per active scenario, in list order
 */
public record SuiteRun(int questionnaireVersion, List<ScenarioCheck> checks) {

    public SuiteRun {
        checks = List.copyOf(checks);
    }

    public long matching() {
        return checks.stream().filter(ScenarioCheck::matches).count();
    }

    public int total() {
        return checks.size();
    }

    public boolean allMatch() {
        return matching() == total();
    }
}
