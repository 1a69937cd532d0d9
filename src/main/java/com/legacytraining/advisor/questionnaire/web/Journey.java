package com.legacytraining.advisor.questionnaire.web;

import com.legacytraining.advisor.questionnaire.scoring.Answers;

import java.util.Optional;

/**
 * The addresses of the questionnaire journey. Answers travel in the query string (no session), so
 * every link and redirect carries all of them; {@code change} marks a detour to change one answer
 * and says where to return: {@code check} or {@code result}.
 */
final class Journey {

    static final String START = "/questionnaire";
    static final String CHECK = START + "/check";
    static final String RESULT = START + "/result";
    static final String RESULT_PDF = START + "/result.pdf";
    static final String CHANGE = "change";
    static final String VERSION = "v";

    /** Where a Change link returns once the answer is given. */
    enum ReturnTo {
        CHECK("check"), RESULT("result");

        private final String parameter;

        ReturnTo(String parameter) {
            this.parameter = parameter;
        }

        String parameter() {
            return parameter;
        }

        /** Any {@code change} value other than "result" returns to the check page; none means no detour. */
        static Optional<ReturnTo> fromParameter(String value) {
            if (value == null) {
                return Optional.empty();
            }
            return Optional.of("result".equals(value) ? RESULT : CHECK);
        }
    }

    private Journey() {
    }

    static String start(Answers answers) {
        return withQuery(START, answers.toQueryString());
    }

    static String question(String questionKey, Answers answers) {
        return withQuery(START + "/" + questionKey, answers.toQueryString());
    }

    static String change(String questionKey, Answers answers, ReturnTo returnTo) {
        return withQuery(START + "/" + questionKey, join(answers.toQueryString(), CHANGE + "=" + returnTo.parameter()));
    }

    /** The question page's GET form sends its answer here. */
    static String answer(String questionKey) {
        return START + "/" + questionKey + "/answer";
    }

    static String check(Answers answers) {
        return withQuery(CHECK, answers.toQueryString());
    }

    /** Result links name the questionnaire version they were scored with, so a later change can be told. */
    static String result(Answers answers) {
        return withQuery(RESULT, join(answers.toQueryString(), VERSION + "=" + answers.definition().version()));
    }

    /** Whether a link's {@code v} names a real version before {@code current}: plain decimal, 1 or more. */
    static boolean earlierVersion(String linkVersion, int current) {
        if (linkVersion == null || !linkVersion.matches("[1-9][0-9]{0,8}")) {
            return false;
        }
        return Integer.parseInt(linkVersion) < current;
    }

    /** The PDF summary of a result: the same query string as the result page. */
    static String resultPdf(Answers answers) {
        return withQuery(RESULT_PDF, join(answers.toQueryString(), VERSION + "=" + answers.definition().version()));
    }

    static String returnTo(ReturnTo returnTo, Answers answers) {
        return returnTo == ReturnTo.RESULT ? result(answers) : check(answers);
    }

    /** The first unanswered question, or the check page when there is none. */
    static String nextUnanswered(Answers answers) {
        return answers.firstUnanswered().map(question -> question(question.key(), answers)).orElse(check(answers));
    }

    private static String join(String query, String more) {
        return query.isEmpty() ? more : query + "&" + more;
    }

    private static String withQuery(String path, String query) {
        return query.isEmpty() ? path : path + "?" + query;
    }
}
