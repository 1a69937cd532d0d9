package com.legacytraining.advisor.questionnaire;

/** What became of saving a scenario: saved, or refused because someone else changed it first. */
public sealed interface ScenarioSave {

    record Saved(long id) implements ScenarioSave {
    }

    /** The form was based on an older version; {@code latest} is the scenario as it is now. */
    record Conflict(ScenarioView latest) implements ScenarioSave {
    }
}
