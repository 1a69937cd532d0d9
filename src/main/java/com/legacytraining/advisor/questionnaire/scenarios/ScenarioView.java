package com.legacytraining.advisor.questionnaire.scenarios;


import java.time.Instant;
import java.util.Map;

/**
 * A stored scenario as pages and other features see it.
 *
 * @param answers question key to option key, in question order
 * @param version travels through the edit form, so a stale save is refused
 */
public record ScenarioView(long id, long version, String name, Map<String, String> answers,
        ScenarioExpectation expected, boolean archived, String updatedBy, Instant updatedAt) {
}
