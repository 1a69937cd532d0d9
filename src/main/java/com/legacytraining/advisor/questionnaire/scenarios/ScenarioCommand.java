package com.legacytraining.advisor.questionnaire.scenarios;

import com.legacytraining.advisor.questionnaire.scoring.Strength;
import com.legacytraining.advisor.questionnaire.scoring.TrainingType;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an admin sets on a scenario.
 *
 * @param answers question key to option key: every question of the published questionnaire, once
 */
public record ScenarioCommand(String name, Map<String, String> answers, TrainingType recommendation,
        Strength strength) {

    public ScenarioCommand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(strength, "strength");
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }
}
