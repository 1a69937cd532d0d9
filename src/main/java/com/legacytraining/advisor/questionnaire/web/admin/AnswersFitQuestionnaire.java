package com.legacytraining.advisor.questionnaire.web.admin;

import com.legacytraining.advisor.questionnaire.scoring.QuestionDefinition;
import com.legacytraining.advisor.questionnaire.scoring.QuestionnaireDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The answers of a {@link ScenarioForm} fit the questionnaire they will be scored by: one of the
 * listed answers to every question, and no answer to a question it does not have. This depends on
 * the live questionnaire, not on the form alone, so it is a Spring validator the controller runs
 * with that questionnaire after the form's own constraints. Messages name the question, so the
 * admin need not count down the page.
 */
class AnswersFitQuestionnaire implements Validator {

    private static final int MAX_KEY_SHOWN = 40;

    private final QuestionnaireDefinition definition;

    AnswersFitQuestionnaire(QuestionnaireDefinition definition) {
        this.definition = definition;
    }

    @Override
    public boolean supports(Class<?> type) {
        return ScenarioForm.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        Map<String, String> given = ((ScenarioForm) target).getAnswers();
        if (given == null) {
            given = Map.of();
        }
        List<String> unknown = new ArrayList<>();
        for (String key : given.keySet()) {
            if (definition.question(key).isEmpty()) {
                unknown.add(shown(key));
            }
        }
        if (!unknown.isEmpty()) {
            errors.rejectValue("answers", "scenario.error.unknownQuestion", new Object[] {String.join(", ", unknown)},
                    null);
        }
        for (QuestionDefinition question : definition.questions()) {
            String value = given.get(question.key());
            String field = "answers[" + question.key() + "]";
            if (value == null || value.isEmpty()) {
                errors.rejectValue(field, "scenario.error.answerMissing", new Object[] {question.text()}, null);
            }
            else if (question.option(value).isEmpty()) {
                errors.rejectValue(field, "scenario.error.answerInvalid", new Object[] {question.text()}, null);
            }
        }
    }

    private static String shown(String value) {
        return "'" + (value.length() > MAX_KEY_SHOWN ? value.substring(0, MAX_KEY_SHOWN) + "..." : value) + "'";
    }
}
