package com.legacytraining.advisor.questionnaire;

import com.legacytraining.advisor.questionnaire.scoring.Answers;
import com.legacytraining.advisor.questionnaire.scoring.Caveat;
import com.legacytraining.advisor.questionnaire.scoring.Rule;
import com.legacytraining.advisor.questionnaire.scoring.Strength;
import com.legacytraining.advisor.questionnaire.scoring.TrainingType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The domain scenarios from {@code scenarios.csv} (a copy of the shared domain file), and the
 * letter notation they use: letter N is the answer to question N, A-E its options in order.
 */
public final class Scenarios {

    public record Scenario(int id, String staffGroup, String letters, int score, TrainingType recommendation,
            Strength strength, List<Rule> rules, List<Caveat> caveats) {

        public Answers answers() {
            return Scenarios.answers(letters);
        }

        @Override
        public String toString() {
            return id + " " + staffGroup;
        }
    }

    private Scenarios() {
    }

    public static List<Scenario> all() {
        var resource = Objects.requireNonNull(Scenarios.class.getResourceAsStream("/scenarios.csv"), "scenarios.csv");
        try (var reader = new BufferedReader(new InputStreamReader(resource, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(Scenarios::scenario).toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The letters of one scenario, such as {@code "CCDCCACCCADB"}; browser tests answer with them. */
    public static String letters(int id) {
        return all().stream().filter(scenario -> scenario.id() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No scenario " + id)).letters();
    }

    /** Answers to the seeded questionnaire in letter notation, e.g. {@code "ECBAAABAAAAC"}. */
    public static Answers answers(String letters) {
        var definition = SeededQuestionnaire.definition();
        if (letters.length() != definition.questions().size()) {
            throw new IllegalArgumentException("Need one letter per question: " + letters);
        }
        var answers = Answers.none(definition);
        for (int i = 0; i < letters.length(); i++) {
            var question = definition.questions().get(i);
            answers = answers.with(question.key(), question.options().get(letters.charAt(i) - 'A').key());
        }
        return answers;
    }

    private static Scenario scenario(String line) {
        List<String> fields = csvFields(line);
        return new Scenario(Integer.parseInt(fields.get(0)), fields.get(1), fields.get(2),
                Integer.parseInt(fields.get(3)), TrainingType.valueOf(fields.get(4)), Strength.valueOf(fields.get(5)),
                keys(fields.get(6)).stream().map(Scenarios::rule).toList(),
                keys(fields.get(7)).stream().map(Scenarios::caveat).toList());
    }

    private static List<String> keys(String field) {
        return field.isEmpty() ? List.of() : List.of(field.split(";"));
    }

    private static Rule rule(String key) {
        return Arrays.stream(Rule.values()).filter(rule -> rule.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown rule " + key));
    }

    private static Caveat caveat(String key) {
        return Arrays.stream(Caveat.values()).filter(caveat -> caveat.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown caveat " + key));
    }

    // Enough CSV for this file: commas inside double quotes, and "" for a quote.
    private static List<String> csvFields(String line) {
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            }
            else if (c == '"') {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            }
            else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
