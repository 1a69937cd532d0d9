package com.legacytraining.advisor.questionnaire.scoring;

import java.util.List;

/**
 * Something wrong with one submitted parameter, as a code with the values its message needs; the
 * web layer says it in words through {@link Kind#messageKey()}.
 *
 * @param parameter the offending parameter name, so a page or a problem response can point at it
 * @param kind what is wrong
 * @param arguments the values the message names, in the order {@link Kind} documents
 */
public record AnswerProblem(String parameter, Kind kind, List<Object> arguments) {

    public AnswerProblem {
        arguments = List.copyOf(arguments);
    }

    /** The message key, as {@link Kind#messageKey()}. */
    public String messageKey() {
        return kind.messageKey();
    }

    public enum Kind {
        /** The value is not an option of its question. Arguments: question key, value as shown, question text. */
        NOT_AN_OPTION("notAnOption"),
        /** The question was given more than once. Arguments: question key, how many times, question text. */
        ANSWERED_MORE_THAN_ONCE("answeredMoreThanOnce"),
        /** The parameter names no question. Arguments: the name as shown. */
        NOT_A_QUESTION("notAQuestion"),
        /** The question has no answer. Arguments: question key, question text. */
        NOT_ANSWERED("notAnswered");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String messageKey() {
            return "questionnaire.problem." + code;
        }
    }
}
