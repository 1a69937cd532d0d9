package com.legacytraining.advisor.questionnaire.web;

import com.legacytraining.advisor.questionnaire.scoring.Answers;
import com.legacytraining.advisor.questionnaire.scoring.QuestionDefinition;

import java.util.ArrayList;
import java.util.List;

/**
 * What one question page shows.
 *
 * @param question the question with its options
 * @param number its place in the questionnaire, from 1
 * @param total how many questions there are
 * @param selected the option already chosen, or {@code null}
 * @param hiddenFields every other answer (and the change marker and any carried plan), so the GET form keeps them
 * @param action where the form sends the answer
 * @param backUrl the previous step, answers kept
 * @param error whether the person continued without choosing
 */
record QuestionPage(QuestionDefinition question, int number, int total, String selected,
        List<HiddenField> hiddenFields, String action, String backUrl, boolean error) {

    static QuestionPage of(QuestionDefinition question, Answers answers, Journey.ReturnTo returnTo, boolean error,
            Journey journey) {
        var definition = answers.definition();
        int index = definition.questions().indexOf(question);
        var hidden = new ArrayList<HiddenField>();
        answers.asMap().forEach((key, option) -> {
            if (!key.equals(question.key())) {
                hidden.add(new HiddenField(key, option));
            }
        });
        if (returnTo != null) {
            hidden.add(new HiddenField(Journey.CHANGE, returnTo.parameter()));
        }
        hidden.addAll(journey.plan().journeyFields());
        String back;
        if (returnTo != null) {
            back = journey.returnTo(returnTo, answers);
        }
        else if (index == 0) {
            back = journey.plan().present() ? journey.plan().planUrl() : journey.start(answers);
        }
        else {
            back = journey.question(definition.questions().get(index - 1).key(), answers);
        }
        return new QuestionPage(question, index + 1, definition.questions().size(),
                answers.option(question.key()).orElse(null), hidden, Journey.answer(question.key()), back, error);
    }

    public boolean hasHint() {
        return question.hint() != null && !question.hint().isBlank();
    }

    /** The ids the fieldset is described by: the hint and, on error, the error message. */
    public String describedBy() {
        var ids = new ArrayList<String>();
        if (hasHint()) {
            ids.add("question-hint");
        }
        if (error) {
            ids.add("question-error");
        }
        return ids.isEmpty() ? null : String.join(" ", ids);
    }
}
