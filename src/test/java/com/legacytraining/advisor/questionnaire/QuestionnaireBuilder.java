package com.legacytraining.advisor.questionnaire;

import com.legacytraining.advisor.questionnaire.scoring.OptionDefinition;
import com.legacytraining.advisor.questionnaire.scoring.QuestionDefinition;
import com.legacytraining.advisor.questionnaire.scoring.QuestionnaireDefinition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Test data builder for questionnaire definitions, so a test names only what matters to it:
 *
 * <pre>
 * draftOf(SeededQuestionnaire.definition()).withPoints("setting", "public-facing-office", 20).build();
 * questionnaire().with(question("a b").options(option("x&amp;y=z"), option("é").points(1))).build();
 * </pre>
 *
 * Whatever a test leaves out gets a plain default: version 1, position by order of adding, the key as
 * text ({@code "key?"} for a question), no hint, no points.
 */
public final class QuestionnaireBuilder {

    private int version;
    private final List<QuestionBuilder> questions = new ArrayList<>();

    private QuestionnaireBuilder(int version) {
        this.version = version;
    }

    /** An empty questionnaire, version 1; add questions with {@link #with}. */
    public static QuestionnaireBuilder questionnaire() {
        return new QuestionnaireBuilder(1);
    }

    /** The seeded questionnaire ({@link SeededQuestionnaire}), ready to change. */
    public static QuestionnaireBuilder seeded() {
        return from(SeededQuestionnaire.definition());
    }

    /** A copy of the definition, same version, ready to change. */
    public static QuestionnaireBuilder from(QuestionnaireDefinition definition) {
        var builder = new QuestionnaireBuilder(definition.version());
        definition.questions().forEach(question -> builder.questions.add(QuestionBuilder.from(question)));
        return builder;
    }

    /** A copy of the definition numbered as the next version, as an admin's draft of it would be. */
    public static QuestionnaireBuilder draftOf(QuestionnaireDefinition definition) {
        return from(definition).version(definition.version() + 1);
    }

    public static QuestionBuilder question(String key) {
        return new QuestionBuilder(key);
    }

    public static OptionBuilder option(String key) {
        return new OptionBuilder(key);
    }

    public QuestionnaireBuilder version(int version) {
        this.version = version;
        return this;
    }

    public QuestionnaireBuilder with(QuestionBuilder... questions) {
        this.questions.addAll(List.of(questions));
        return this;
    }

    /** Gives one option new points. */
    public QuestionnaireBuilder withPoints(String questionKey, String optionKey, int points) {
        find(questionKey).find(optionKey).points(points);
        return this;
    }

    /** Gives every option the points the function returns for it, question by question, option by option. */
    public QuestionnaireBuilder withPoints(ToIntFunction<OptionDefinition> points) {
        for (var question : questions) {
            for (int i = 0; i < question.options.size(); i++) {
                var option = question.options.get(i);
                option.points(points.applyAsInt(option.build(i + 1)));
            }
        }
        return this;
    }

    /** Renames one option's key (keys never change in the application; this makes answers stale). */
    public QuestionnaireBuilder withOptionKey(String questionKey, String optionKey, String newKey) {
        find(questionKey).find(optionKey).key = newKey;
        return this;
    }

    /** Leaves the question only the named options, each keeping its position. */
    public QuestionnaireBuilder keepingOnly(String questionKey, String... optionKeys) {
        var question = find(questionKey);
        Set<String> kept = Set.of(optionKeys);
        kept.forEach(question::find);
        question.options.removeIf(option -> !kept.contains(option.key));
        return this;
    }

    public QuestionnaireBuilder without(String questionKey) {
        questions.remove(find(questionKey));
        return this;
    }

    public QuestionnaireDefinition build() {
        var built = new ArrayList<QuestionDefinition>();
        for (int i = 0; i < questions.size(); i++) {
            built.add(questions.get(i).build(i + 1));
        }
        return new QuestionnaireDefinition(version, built);
    }

    private QuestionBuilder find(String key) {
        return questions.stream().filter(question -> question.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No question " + key));
    }

    public static final class QuestionBuilder {

        private final String key;
        private Integer position;
        private String text;
        private String hint;
        private final List<OptionBuilder> options = new ArrayList<>();

        private QuestionBuilder(String key) {
            this.key = key;
            this.text = key + "?";
        }

        private static QuestionBuilder from(QuestionDefinition question) {
            var builder = new QuestionBuilder(question.key()).position(question.position()).text(question.text())
                    .hint(question.hint());
            question.options().forEach(option -> builder.options.add(OptionBuilder.from(option)));
            return builder;
        }

        public QuestionBuilder position(int position) {
            this.position = position;
            return this;
        }

        public QuestionBuilder text(String text) {
            this.text = text;
            return this;
        }

        public QuestionBuilder hint(String hint) {
            this.hint = hint;
            return this;
        }

        public QuestionBuilder options(OptionBuilder... options) {
            this.options.addAll(Arrays.asList(options));
            return this;
        }

        private QuestionDefinition build(int defaultPosition) {
            var built = new ArrayList<OptionDefinition>();
            for (int i = 0; i < options.size(); i++) {
                built.add(options.get(i).build(i + 1));
            }
            return new QuestionDefinition(key, position != null ? position : defaultPosition, text, hint, built);
        }

        private OptionBuilder find(String optionKey) {
            return options.stream().filter(option -> option.key.equals(optionKey)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No option " + optionKey + " in " + key));
        }
    }

    public static final class OptionBuilder {

        private String key;
        private Integer position;
        private String text;
        private int points;

        private OptionBuilder(String key) {
            this.key = key;
            this.text = key;
        }

        private static OptionBuilder from(OptionDefinition option) {
            return new OptionBuilder(option.key()).position(option.position()).text(option.text())
                    .points(option.points());
        }

        public OptionBuilder position(int position) {
            this.position = position;
            return this;
        }

        public OptionBuilder text(String text) {
            this.text = text;
            return this;
        }

        public OptionBuilder points(int points) {
            this.points = points;
            return this;
        }

        private OptionDefinition build(int defaultPosition) {
            return new OptionDefinition(key, position != null ? position : defaultPosition, text, points);
        }
    }
}
