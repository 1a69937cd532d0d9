package com.legacytraining.advisor.questionnaire.editing;

import com.legacytraining.advisor.questionnaire.scoring.OptionDefinition;
import com.legacytraining.advisor.questionnaire.scoring.QuestionDefinition;
import com.legacytraining.advisor.questionnaire.scoring.QuestionnaireDefinition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A questionnaire definition as flat named fields ("setting.text", "setting.option.rarely.points"),
 * the form the shared revision history stores and compares line by line.
 */
final class QuestionnaireSnapshot {

    private QuestionnaireSnapshot() {
    }

    static Map<String, String> fields(QuestionnaireDefinition definition) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (QuestionDefinition question : definition.questions()) {
            fields.put(question.key() + ".text", question.text());
            fields.put(question.key() + ".hint", question.hint() == null ? "" : question.hint());
            for (OptionDefinition option : question.options()) {
                String prefix = question.key() + ".option." + option.key();
                fields.put(prefix + ".text", option.text());
                fields.put(prefix + ".points", String.valueOf(option.points()));
                fields.put(prefix + ".position", String.valueOf(option.position()));
            }
        }
        return fields;
    }

    /**
     * Reads fields back onto the structure of {@code base}: keys come from the base, so a snapshot can
     * never add or remove a question or an option. A field missing from the snapshot keeps the base value.
     */
    static QuestionnaireDefinition apply(QuestionnaireDefinition base, Map<String, String> fields, int version) {
        List<QuestionDefinition> questions = new ArrayList<>();
        for (QuestionDefinition question : base.questions()) {
            List<OptionDefinition> options = new ArrayList<>();
            for (OptionDefinition option : question.options()) {
                String prefix = question.key() + ".option." + option.key();
                options.add(new OptionDefinition(option.key(),
                        intOr(fields.get(prefix + ".position"), option.position()),
                        fields.getOrDefault(prefix + ".text", option.text()),
                        intOr(fields.get(prefix + ".points"), option.points())));
            }
            options.sort(Comparator.comparingInt(OptionDefinition::position));
            String hint = fields.getOrDefault(question.key() + ".hint", question.hint());
            questions.add(new QuestionDefinition(question.key(), question.position(),
                    fields.getOrDefault(question.key() + ".text", question.text()),
                    hint == null || hint.isBlank() ? null : hint, options));
        }
        return new QuestionnaireDefinition(version, questions);
    }

    private static int intOr(String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
