package com.legacytraining.advisor.questionnaire.scoring;

/**
 * Something wrong with one submitted parameter, said in plain English.
 *
 * @param parameter the offending parameter name, so a page or a problem response can point at it
 * @param message what is wrong, starting with the parameter name, e.g.
 *        {@code setting: 'xyz' is not one of the options for "Where does this group mainly work?"}
 */
public record AnswerProblem(String parameter, String message) {
}
