package com.legacytraining.advisor.questionnaire.web;

import com.legacytraining.advisor.questionnaire.QuestionnaireService;
import com.legacytraining.advisor.questionnaire.scoring.AnswerProblem;
import com.legacytraining.advisor.questionnaire.scoring.Answers;
import com.legacytraining.advisor.questionnaire.scoring.AnswersParseResult;
import com.legacytraining.advisor.questionnaire.scoring.Caveat;
import com.legacytraining.advisor.questionnaire.scoring.Counterfactuals;
import com.legacytraining.advisor.questionnaire.scoring.QuestionnaireDefinition;
import com.legacytraining.advisor.questionnaire.scoring.Reason;
import com.legacytraining.advisor.questionnaire.scoring.Recommendation;
import com.legacytraining.advisor.questionnaire.scoring.Rule;
import com.legacytraining.advisor.questionnaire.scoring.ScoringService;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.http.MediaType;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The recommendation as JSON, for the same query string as the result page
 * ({@code shared/domain/questionnaire.md}, "The JSON contract"). Every bad parameter is named in
 * one {@code application/problem+json} answer, so a caller can fix them all at once.
 */
@RestController
class RecommendationApiController {

    static final String PATH = "/api/recommendation";

    /** What the API answers: GET (HEAD with it) and OPTIONS; {@link #otherMethods} refuses the rest. */
    private static final HttpMethod[] ANSWERED = { HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS };

    // The API takes answers only; "v" is tolerated because shared links will carry it.
    private static final Set<String> IGNORED_PARAMETERS = Set.of("v");

    private final QuestionnaireService questionnaire;
    private final ScoringService scoring;
    private final Counterfactuals counterfactuals;
    private final MessageSource messages;

    RecommendationApiController(QuestionnaireService questionnaire, ScoringService scoring,
            Counterfactuals counterfactuals, MessageSource messages) {
        this.questionnaire = questionnaire;
        this.scoring = scoring;
        this.counterfactuals = counterfactuals;
        this.messages = messages;
    }

    @GetMapping(PATH)
    ResponseEntity<?> recommendation(@RequestParam MultiValueMap<String, String> parameters, Locale locale) {
        QuestionnaireDefinition definition = questionnaire.current();
        AnswersParseResult parsed = Answers.parse(definition, parameters, IGNORED_PARAMETERS);
        List<AnswerProblem> problems = parsed.problemsIncludingUnanswered();
        if (!problems.isEmpty()) {
            ProblemDetail problem = invalidAnswers(messages.getMessage("questionnaire.api.invalid.detail",
                    new Object[] { definition.questions().size(), definition.questionKeys().toString() }, locale),
                    locale);
            problem.setProperty("errors", problems.stream()
                    .map(answerProblem -> new ParameterError(answerProblem.parameter(),
                            messages.getMessage(answerProblem.messageKey(), answerProblem.arguments().toArray(),
                                    locale)))
                    .toList());
            return ResponseEntity.badRequest().body(problem);
        }
        return ResponseEntity.ok(RecommendationJson.of(scoring.score(definition, parsed.answers()),
                counterfactuals.search(parsed.answers())));
    }

    /**
     * The methods the API answers. Spring's own answer to OPTIONS would list every method mapped here,
     * the refused ones below included.
     */
    @RequestMapping(path = PATH, method = RequestMethod.OPTIONS)
    ResponseEntity<Void> options() {
        return ResponseEntity.ok().allow(ANSWERED).build();
    }

    /** The API only answers GET: anything else is told so, with the methods it may use, as a problem. */
    @RequestMapping(path = PATH, method = {RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH,
            RequestMethod.DELETE})
    ResponseEntity<ProblemDetail> otherMethods() {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).allow(ANSWERED)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatus(HttpStatus.METHOD_NOT_ALLOWED));
    }

    /** Tomcat refuses a query string it cannot decode (a stray {@code %}) when the parameters are first read. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> undecodableQuery(Locale locale) {
        return ResponseEntity.badRequest().body(
                invalidAnswers(messages.getMessage("questionnaire.api.undecodable.detail", null, locale), locale));
    }

    private ProblemDetail invalidAnswers(String detail, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(messages.getMessage("questionnaire.api.invalid.title", null, locale));
        problem.setInstance(URI.create(PATH));
        return problem;
    }

    /** One offending parameter, as the problem's {@code errors} extension lists it. */
    record ParameterError(String parameter, String message) {
    }

    /**
     * The 200 body of the contract: enums by name, rules and caveats by key; counterfactuals as the
     * result page shows them (at most three that turn the recommendation round, then at most three
     * that change only its strength; an empty array when no change of one or two answers does either).
     */
    record RecommendationJson(String recommendation, String strength, int score, List<String> rules,
            List<String> caveats, List<Reason> reasons, List<CounterfactualJson> counterfactuals) {

        static RecommendationJson of(Recommendation result, Counterfactuals.Search search) {
            var shown = new ArrayList<CounterfactualJson>();
            search.shownRecommendation().forEach(counterfactual -> shown.add(CounterfactualJson.of(counterfactual)));
            search.shownStrength().forEach(counterfactual -> shown.add(CounterfactualJson.of(counterfactual)));
            return new RecommendationJson(result.recommendation().name(), result.strength().name(), result.score(),
                    result.rules().stream().map(Rule::key).toList(),
                    result.caveats().stream().map(Caveat::key).toList(), result.reasons(), List.copyOf(shown));
        }
    }

    /** One counterfactual: which part of the result it changes, the answers to change and the result they give. */
    record CounterfactualJson(String changes, List<AnswerChangeJson> answers, String recommendation, String strength) {

        static CounterfactualJson of(Counterfactuals.Counterfactual counterfactual) {
            return new CounterfactualJson(counterfactual.kind().name().toLowerCase(Locale.ROOT),
                    counterfactual.changes().stream()
                            .map(change -> new AnswerChangeJson(change.question(), change.from(), change.to()))
                            .toList(),
                    counterfactual.outcome().recommendation().name(), counterfactual.outcome().strength().name());
        }
    }

    record AnswerChangeJson(String question, String from, String to) {
    }
}
