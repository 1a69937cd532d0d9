package com.legacytraining.advisor.questionnaire.scoring;

import java.util.Objects;

/**
 * One answer a question offers. The key is stable (URLs, the JSON API and the rules use it);
 * text and points are content that admins may edit.
 *
 * @param key stable identifier, unique within its question
 * @param position display order within the question
 * @param text the option as people read it
 * @param points positive toward PMVA, negative toward breakaway
 */
public record OptionDefinition(String key, int position, String text, int points) {

    public OptionDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
    }
}
