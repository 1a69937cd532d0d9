package com.legacytraining.advisor.questionnaire.web;

import com.legacytraining.advisor.questionnaire.scoring.Answers;

import java.util.List;

/** One line of "Your answers": the question, the chosen option's text and a link to change it. */
record AnswerRow(String questionKey, String question, String answer, String changeUrl) {

    static List<AnswerRow> of(Answers answers, Journey.ReturnTo returnTo, Journey journey) {
        return answers.definition().questions().stream()
                .filter(question -> answers.option(question.key()).isPresent())
                .map(question -> new AnswerRow(question.key(), question.text(),
                        question.option(answers.option(question.key()).orElseThrow()).orElseThrow().text(),
                        journey.change(question.key(), answers, returnTo)))
                .toList();
    }
}
