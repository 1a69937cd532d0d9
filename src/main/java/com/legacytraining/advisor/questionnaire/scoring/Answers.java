package com.legacytraining.advisor.questionnaire.scoring;


import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Answers given to one questionnaire definition: question key to option key, held in question
 * order. Every answer names a question and an option of that definition; answers may be partial.
 * Immutable: {@link #with} and {@link #without} return new answers.
 */
public final class Answers {

    /**
     * Parameters the web layer sends beside the answers, which {@link #parse} ignores rather than
     * reports: {@code v}, the questionnaire version a link was made for, and {@code change}, which
     * marks a journey back to change one answer. A question with the same key would still win.
     */
    public static final Set<String> NON_ANSWER_PARAMETERS = Set.of("v", "change");

    // Long values are cut in problems so a crafted URL cannot fill the page with its own text.
    private static final int MAX_VALUE_SHOWN = 40;

    private final QuestionnaireDefinition definition;
    private final Map<String, String> optionsByQuestion;

    private Answers(QuestionnaireDefinition definition, Map<String, String> optionsByQuestion) {
        this.definition = definition;
        var ordered = new LinkedHashMap<String, String>();
        for (var questionKey : definition.questionKeys()) {
            if (optionsByQuestion.containsKey(questionKey)) {
                ordered.put(questionKey, optionsByQuestion.get(questionKey));
            }
        }
        this.optionsByQuestion = Collections.unmodifiableMap(ordered);
    }

    /** No answers yet: the start of the journey. */
    public static Answers none(QuestionnaireDefinition definition) {
        return new Answers(Objects.requireNonNull(definition, "definition"), Map.of());
    }

    /** {@link #parse(QuestionnaireDefinition, Map, Set)} ignoring {@link #NON_ANSWER_PARAMETERS}. */
    public static AnswersParseResult parse(QuestionnaireDefinition definition, Map<String, List<String>> parameters) {
        return parse(definition, parameters, NON_ANSWER_PARAMETERS);
    }

    /**
     * Reads request parameters (a Spring {@code MultiValueMap<String, String>} fits) as answers,
     * keeping every valid one and reporting every problem: a parameter that is neither a question
     * nor ignored, a value that is not an option of its question (an empty one included), and a
     * question given more than once. A repeated question is left unanswered rather than guessed.
     *
     * @param ignoredParameters parameter names that are not answers and not problems either
     */
    public static AnswersParseResult parse(QuestionnaireDefinition definition, Map<String, List<String>> parameters,
            Set<String> ignoredParameters) {
        Objects.requireNonNull(definition, "definition");
        var accepted = new LinkedHashMap<String, String>();
        var problems = new ArrayList<AnswerProblem>();
        for (var question : definition.questions()) {
            List<String> values = Objects.requireNonNullElse(parameters.get(question.key()), List.of());
            if (values.size() > 1) {
                problems.add(new AnswerProblem(question.key(), AnswerProblem.Kind.ANSWERED_MORE_THAN_ONCE,
                        List.of(question.key(), values.size(), question.text())));
            }
            else if (values.size() == 1) {
                String value = values.get(0) == null ? "" : values.get(0);
                if (question.option(value).isPresent()) {
                    accepted.put(question.key(), value);
                }
                else {
                    problems.add(new AnswerProblem(question.key(), AnswerProblem.Kind.NOT_AN_OPTION,
                            List.of(question.key(), shown(value), question.text())));
                }
            }
        }
        for (var name : parameters.keySet()) {
            if (definition.question(name).isEmpty() && !ignoredParameters.contains(name)) {
                problems.add(new AnswerProblem(name, AnswerProblem.Kind.NOT_A_QUESTION, List.of(shown(name))));
            }
        }
        return new AnswersParseResult(new Answers(definition, accepted), problems);
    }

    public QuestionnaireDefinition definition() {
        return definition;
    }

    /** The chosen option key, if the question has been answered. */
    public Optional<String> option(String questionKey) {
        return Optional.ofNullable(optionsByQuestion.get(questionKey));
    }

    /** Question key to option key, in question order; unmodifiable. */
    public Map<String, String> asMap() {
        return optionsByQuestion;
    }

    public boolean isEmpty() {
        return optionsByQuestion.isEmpty();
    }

    public boolean isComplete() {
        return optionsByQuestion.size() == definition.questions().size();
    }

    /** The questions without an answer, in question order. */
    public List<QuestionDefinition> unanswered() {
        return definition.questions().stream()
                .filter(question -> !optionsByQuestion.containsKey(question.key()))
                .toList();
    }

    /** Where the journey should go next. */
    public Optional<QuestionDefinition> firstUnanswered() {
        return unanswered().stream().findFirst();
    }

    /**
     * These answers with one answer set or replaced.
     *
     * @throws IllegalArgumentException if the question or the option is not in the definition
     */
    public Answers with(String questionKey, String optionKey) {
        var question = definition.question(questionKey)
                .orElseThrow(() -> new IllegalArgumentException("No question '" + questionKey + "'"));
        if (question.option(optionKey).isEmpty()) {
            throw new IllegalArgumentException("Question '" + questionKey + "' has no option '" + optionKey + "'");
        }
        var changed = new LinkedHashMap<>(optionsByQuestion);
        changed.put(questionKey, optionKey);
        return new Answers(definition, changed);
    }

    /**
     * These answers without the answer to one question (unchanged if it was not answered).
     *
     * @throws IllegalArgumentException if the question is not in the definition
     */
    public Answers without(String questionKey) {
        if (definition.question(questionKey).isEmpty()) {
            throw new IllegalArgumentException("No question '" + questionKey + "'");
        }
        var changed = new LinkedHashMap<>(optionsByQuestion);
        changed.remove(questionKey);
        return new Answers(definition, changed);
    }

    /**
     * The answers as a URL query string without the leading {@code ?}, in question order, e.g.
     * {@code setting=inpatient-secure&people=no-care-relationship}; empty when there are none.
     * {@link #parse} reads it back to equal answers.
     */
    public String toQueryString() {
        return optionsByQuestion.entrySet().stream()
                .map(answer -> encode(answer.getKey()) + "=" + encode(answer.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String shown(String value) {
        return value.length() > MAX_VALUE_SHOWN ? value.substring(0, MAX_VALUE_SHOWN) + "..." : value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Answers that && definition.equals(that.definition)
                && optionsByQuestion.equals(that.optionsByQuestion);
    }

    @Override
    public int hashCode() {
        return Objects.hash(definition, optionsByQuestion);
    }

    @Override
    public String toString() {
        return "Answers" + optionsByQuestion;
    }
}
