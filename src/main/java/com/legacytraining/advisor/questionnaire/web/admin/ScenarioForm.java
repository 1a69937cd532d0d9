package com.legacytraining.advisor.questionnaire.web.admin;

import com.legacytraining.advisor.questionnaire.scenarios.ScenarioCommand;
import com.legacytraining.advisor.questionnaire.scenarios.ScenarioService;
import com.legacytraining.advisor.questionnaire.scenarios.ScenarioView;
import com.legacytraining.advisor.questionnaire.scoring.QuestionDefinition;
import com.legacytraining.advisor.questionnaire.scoring.QuestionnaireDefinition;
import com.legacytraining.advisor.questionnaire.scoring.Strength;
import com.legacytraining.advisor.questionnaire.scoring.TrainingType;
import com.legacytraining.advisor.history.Submissions;
import com.legacytraining.advisor.site.FormInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The add and edit form of a scenario. Everything is bound as text, so a tampered value comes back
 * as a problem on the page rather than a binding failure, and the rest of the admin's input stays.
 * Whether the answers fit the questionnaire depends on the questionnaire: {@link AnswersFitQuestionnaire}.
 * Its submission token makes sending it twice count once ({@link Submissions}).
 */
public class ScenarioForm {

    @NotBlank(message = "{scenario.error.nameMissing}")
    @Size(max = ScenarioService.MAX_NAME_LENGTH, message = "{scenario.error.nameTooLong}")
    private String name = "";
    private Map<String, String> answers = new LinkedHashMap<>();
    @OneOf(value = TrainingType.class, message = "{scenario.error.recommendationMissing}")
    private String recommendation;
    @OneOf(value = Strength.class, message = "{scenario.error.strengthMissing}")
    private String strength;
    private String version = "0";
    private String submission = Submissions.newToken();

    static ScenarioForm empty() {
        return new ScenarioForm();
    }

    static ScenarioForm of(ScenarioView scenario) {
        ScenarioForm form = new ScenarioForm();
        form.name = scenario.name();
        form.answers = new LinkedHashMap<>(scenario.answers());
        form.recommendation = scenario.expected().recommendation().name();
        form.strength = scenario.expected().strength().name();
        form.version = String.valueOf(scenario.version());
        return form;
    }

    /** The version the admin started from; one that is not a number (tampered) counts as stale. */
    long basedOnVersion() {
        try {
            return Long.parseLong(version);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The inputs in page order, one per question, for the error summary, which gives problems without labels. */
    public List<FormInput> inputs(List<QuestionDefinition> questions) {
        List<FormInput> inputs = new ArrayList<>(List.of(FormInput.of("name", "scenario-name"),
                FormInput.of("answers", "answers")));
        questions.forEach(question -> inputs.add(FormInput.of("answers[" + question.key() + "]",
                "answer-" + question.key())));
        inputs.add(FormInput.of("recommendation", "expected-recommendation"));
        inputs.add(FormInput.of("strength", "expected-strength"));
        return inputs;
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

    public String getSubmission() {
        return submission;
    }

    public void setSubmission(String submission) {
        this.submission = submission;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }
}
