package com.legacytraining.advisor.questionnaire.web.admin;

import com.legacytraining.advisor.questionnaire.scenarios.ScenarioCommand;
import com.legacytraining.advisor.questionnaire.scenarios.ScenarioService;
import com.legacytraining.advisor.questionnaire.scenarios.ScenarioView;
import com.legacytraining.advisor.questionnaire.scoring.QuestionDefinition;
import com.legacytraining.advisor.questionnaire.scoring.QuestionnaireDefinition;
import com.legacytraining.advisor.questionnaire.scoring.Strength;
import com.legacytraining.advisor.questionnaire.scoring.TrainingType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The add and edit form of a scenario. Everything is bound as text, so a tampered value comes back
 * as a problem on the page rather than a binding failure, and the rest of the admin's input stays.
 */
public class ScenarioForm {

    private static final int MAX_KEY_SHOWN = 40;

    private String name = "";
    private Map<String, String> answers = new LinkedHashMap<>();
    private String recommendation;
    private String strength;
    private long version;

    static ScenarioForm empty() {
        return new ScenarioForm();
    }

    static ScenarioForm of(ScenarioView scenario) {
        ScenarioForm form = new ScenarioForm();
        form.name = scenario.name();
        form.answers = new LinkedHashMap<>(scenario.answers());
        form.recommendation = scenario.expected().recommendation().name();
        form.strength = scenario.expected().strength().name();
        form.version = scenario.version();
        return form;
    }

    /** A problem with one field: where it is (the input's id) and what to say (a message key and its argument). */
    record Problem(String fieldId, String messageKey, String argument) {
    }

    /** Problems by field id, in form order; empty when {@link #toCommand()} may be called. */
    Map<String, Problem> validate(QuestionnaireDefinition definition) {
        var problems = new LinkedHashMap<String, Problem>();
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            problems.put("scenario-name", new Problem("scenario-name", "scenario.error.nameMissing", null));
        }
        else if (trimmed.length() > ScenarioService.MAX_NAME_LENGTH) {
            problems.put("scenario-name", new Problem("scenario-name", "scenario.error.nameTooLong",
                    String.valueOf(ScenarioService.MAX_NAME_LENGTH)));
        }
        Map<String, String> given = answers == null ? Map.of() : answers;
        var unknown = new ArrayList<String>();
        for (String key : given.keySet()) {
            if (definition.question(key).isEmpty()) {
                unknown.add(shown(key));
            }
        }
        if (!unknown.isEmpty()) {
            problems.put("answers", new Problem("answers", "scenario.error.unknownQuestion", String.join(", ", unknown)));
        }
        for (QuestionDefinition question : definition.questions()) {
            String id = "answer-" + question.key();
            String value = given.get(question.key());
            if (value == null || value.isEmpty()) {
                problems.put(id, new Problem(id, "scenario.error.answerMissing", question.text()));
            }
            else if (question.option(value).isEmpty()) {
                problems.put(id, new Problem(id, "scenario.error.answerInvalid", question.text()));
            }
        }
        if (!isOneOf(recommendation, TrainingType.values())) {
            problems.put("expected-recommendation",
                    new Problem("expected-recommendation", "scenario.error.recommendationMissing", null));
        }
        if (!isOneOf(strength, Strength.values())) {
            problems.put("expected-strength", new Problem("expected-strength", "scenario.error.strengthMissing", null));
        }
        return problems;
    }

    /** The command for valid input, answers in question order. */
    ScenarioCommand toCommand(QuestionnaireDefinition definition) {
        var ordered = new LinkedHashMap<String, String>();
        definition.questionKeys().forEach(key -> ordered.put(key, answers.get(key)));
        return new ScenarioCommand(name.strip(), ordered, TrainingType.valueOf(recommendation),
                Strength.valueOf(strength));
    }

    /** Drops answers that are not options, so a page shown again never selects what cannot be chosen. */
    void keepOnlyValidAnswers(QuestionnaireDefinition definition) {
        answers.entrySet().removeIf(answer -> definition.question(answer.getKey())
                .flatMap(question -> question.option(answer.getValue())).isEmpty());
    }

    private static boolean isOneOf(String value, Enum<?>[] values) {
        return value != null && Arrays.stream(values).anyMatch(candidate -> candidate.name().equals(value));
    }

    private static String shown(String value) {
        return "'" + (value.length() > MAX_KEY_SHOWN ? value.substring(0, MAX_KEY_SHOWN) + "..." : value) + "'";
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public void setAnswers(Map<String, String> answers) {
        this.answers = answers;
    }

    public String getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(String recommendation) {
        this.recommendation = recommendation;
    }

    public String getStrength() {
        return strength;
    }

    public void setStrength(String strength) {
        this.strength = strength;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
