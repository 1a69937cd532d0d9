package com.legacytraining.advisor.questionnaire.web;

import com.legacytraining.advisor.questionnaire.scoring.Answers;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The addresses of the questionnaire journey. Answers travel in the query string (no session), so
 * every link and redirect carries all of them; {@code change} marks a detour to change one answer
 * and says where to return: {@code check} or {@code result}. A journey may also carry a plan that its
 * result is for ({@link CarriedPlan}): then every address carries that too.
 */
final class Journey {

    static final String START = "/questionnaire";
    static final String CHECK = START + "/check";
    static final String RESULT = START + "/result";
    static final String RESULT_PDF = START + "/result.pdf";
    static final String CHANGE = "change";
    static final String VERSION = "v";
    /** The journey's parameters that are not answers: a link's version, the change marker, a carried plan. */
    static final Set<String> NOT_ANSWERS = Stream.concat(Answers.NON_ANSWER_PARAMETERS.stream(),
            CarriedPlan.PARAMETERS.stream()).collect(Collectors.toUnmodifiableSet());

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

    /** The plain journey, carrying no plan. */
    static final Journey PLAIN = new Journey(CarriedPlan.NONE);

    private final CarriedPlan plan;

    private Journey(CarriedPlan plan) {
        this.plan = plan;
    }

    /** The journey whose every address carries {@code plan}, so its result can be added to it. */
    static Journey carrying(CarriedPlan plan) {
        return plan.present() ? new Journey(plan) : PLAIN;
    }

    CarriedPlan plan() {
        return plan;
    }

    String start(Answers answers) {
        return withQuery(START, answers.toQueryString());
    }

    String question(String questionKey, Answers answers) {
        return withQuery(START + "/" + questionKey, answers.toQueryString());
    }

    String change(String questionKey, Answers answers, ReturnTo returnTo) {
        return withQuery(START + "/" + questionKey, join(answers.toQueryString(), CHANGE + "=" + returnTo.parameter()));
    }

    /** The question page's GET form sends its answer here. */
    static String answer(String questionKey) {
        return START + "/" + questionKey + "/answer";
    }

    String check(Answers answers) {
        return withQuery(CHECK, answers.toQueryString());
    }

    /** Result links name the questionnaire version they were scored with, so a later change can be told. */
    String result(Answers answers) {
        return withQuery(RESULT, join(answers.toQueryString(), VERSION + "=" + answers.definition().version()));
    }

    /** Whether a link's {@code v} names a real version before {@code current}: plain decimal, 1 or more. */
    static boolean earlierVersion(String linkVersion, int current) {
        if (linkVersion == null || !linkVersion.matches("[1-9][0-9]{0,8}")) {
            return false;
        }
        return Integer.parseInt(linkVersion) < current;
    }

    /** The PDF summary of a result: the same query string as the plain result page. */
    static String resultPdf(Answers answers) {
        return RESULT_PDF + "?" + join(answers.toQueryString(), VERSION + "=" + answers.definition().version());
    }

    String returnTo(ReturnTo returnTo, Answers answers) {
        return returnTo == ReturnTo.RESULT ? result(answers) : check(answers);
    }

    /** The first unanswered question, or the check page when there is none. */
    String nextUnanswered(Answers answers) {
        return answers.firstUnanswered().map(question -> question(question.key(), answers)).orElse(check(answers));
    }

    private static String join(String query, String more) {
        return query.isEmpty() ? more : more.isEmpty() ? query : query + "&" + more;
    }

    /** The path with the query, then the carried plan's parameters. */
    private String withQuery(String path, String query) {
        String all = join(query, plan.query());
        return all.isEmpty() ? path : path + "?" + all;
    }
}
