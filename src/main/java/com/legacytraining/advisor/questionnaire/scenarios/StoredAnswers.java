package com.legacytraining.advisor.questionnaire.scenarios;

import com.legacytraining.advisor.questionnaire.scoring.Answers;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How scenario answers and expected keys are held in their columns. */
final class StoredAnswers {

    private StoredAnswers() {
    }

    /** Reads {@code setting=inpatient-secure&people=...} ({@link Answers#toQueryString()}) in stored order. */
    static Map<String, String> parse(String stored) {
        var answers = new LinkedHashMap<String, String>();
        if (stored != null && !stored.isEmpty()) {
            for (String pair : stored.split("&")) {
                int equals = pair.indexOf('=');
                String key = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                answers.put(decode(key), decode(value));
            }
        }
        return Collections.unmodifiableMap(answers);
    }

    /** {@code ;}-separated keys; null (not checked) stays null, an empty string means none. */
    static List<String> keys(String stored) {
        if (stored == null) {
            return null;
        }
        return stored.isEmpty() ? List.of() : List.of(stored.split(";"));
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
