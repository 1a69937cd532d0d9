package com.legacytraining.advisor.questionnaire.scoring;


import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One question with its options, held in option order (by position).
 *
 * @param key stable identifier, also the query parameter name of its answer
 * @param position display order within the questionnaire
 * @param text the question as people read it
 * @param hint optional help shown under the question; {@code null} when there is none
 * @param options the options, sorted by position whatever order they were given in
 */
public record QuestionDefinition(String key, int position, String text, String hint,
        List<OptionDefinition> options) {

    public QuestionDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
        options = options.stream().sorted(Comparator.comparingInt(OptionDefinition::position)).toList();
        if (options.isEmpty()) {
            throw new IllegalArgumentException("Question '" + key + "' has no options");
        }
        var keys = new HashSet<String>();
        for (var option : options) {
            if (!keys.add(option.key())) {
                throw new IllegalArgumentException("Question '" + key + "' repeats option '" + option.key() + "'");
            }
        }
    }

    public Optional<OptionDefinition> option(String optionKey) {
        return options.stream().filter(option -> option.key().equals(optionKey)).findFirst();
    }
}
