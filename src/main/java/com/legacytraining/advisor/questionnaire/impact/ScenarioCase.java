package com.legacytraining.advisor.questionnaire.impact;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A scenario as the impact analysis needs it: who it is and what it answers. The answers are plain
 * keys (question key to option key), so the same case can be scored against any definition that
 * has those questions and options.
 *
 * @param id the stored scenario's id
 * @param name the staff group it describes
 * @param answers question key to option key, complete
 */
public record ScenarioCase(long id, String name, Map<String, String> answers) {

    public ScenarioCase {
        Objects.requireNonNull(name, "name");
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }
}
