package com.legacytraining.advisor.questionnaire.web;

import com.legacytraining.advisor.questionnaire.QuestionnaireService;
import com.legacytraining.advisor.questionnaire.scoring.AnswerProblem;
import com.legacytraining.advisor.questionnaire.scoring.Answers;
import com.legacytraining.advisor.questionnaire.scoring.AnswersParseResult;
import com.legacytraining.advisor.questionnaire.scoring.Counterfactuals;
import com.legacytraining.advisor.questionnaire.scoring.QuestionDefinition;
import com.legacytraining.advisor.questionnaire.scoring.QuestionnaireDefinition;
import com.legacytraining.advisor.questionnaire.scoring.ScoringService;

import com.legacytraining.advisor.site.NotFoundException;
import com.legacytraining.advisor.site.SiteProperties;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The questionnaire journey: start page, one question per page, check your answers, result. Every
 * step is a GET whose query string holds all answers so far, keyed by question key (GOV.UK
 * smart-answers), so the Back button works and any step can be bookmarked or shared. Parameters
 * that are not answers to this questionnaire get a 400 page that offers to start again.
 */
@Controller
@RequestMapping(Journey.START)
class QuestionnaireController {

    private final QuestionnaireService questionnaire;
    private final ScoringService scoring;
    private final Counterfactuals counterfactuals;
    private final SiteProperties site;
    private final PdfRenderer pdf;
    private final PlanReader plans;
    private final Clock clock;

    QuestionnaireController(QuestionnaireService questionnaire, ScoringService scoring, Counterfactuals counterfactuals,
            SiteProperties site, PdfRenderer pdf, PlanReader plans, Clock clock) {
        this.questionnaire = questionnaire;
        this.scoring = scoring;
        this.counterfactuals = counterfactuals;
        this.site = site;
        this.pdf = pdf;
        this.plans = plans;
        this.clock = clock;
    }

    /** The start page is indexable; it keeps valid answers brought back from the first question. */
    @GetMapping
    ModelAndView start(@RequestParam MultiValueMap<String, String> parameters) {
        QuestionnaireDefinition definition = questionnaire.current();
        Answers answers = Answers.parse(definition, parameters, Journey.NOT_ANSWERS).answers();
        Journey journey = journey(parameters);
        ModelAndView page = new ModelAndView("questionnaire/start");
        page.addObject("questionCount", definition.questions().size());
        page.addObject("startUrl", journey.question(definition.questions().get(0).key(), answers));
        page.addObject("carried", journey.plan());
        page.addObject("noindex", !parameters.isEmpty());
        return page;
    }

    @GetMapping("/check")
    ModelAndView check(@RequestParam MultiValueMap<String, String> parameters) {
        return withCompleteAnswers(parameters, (answers, journey) -> checkPage(answers, journey));
    }

    private ModelAndView checkPage(Answers answers, Journey journey) {
        List<QuestionDefinition> questions = answers.definition().questions();
        ModelAndView page = journeyPage("questionnaire/check", journey);
        page.addObject("answers", AnswerRow.of(answers, Journey.ReturnTo.CHECK, journey));
        page.addObject("backUrl", journey.question(questions.get(questions.size() - 1).key(), answers));
        page.addObject("resultUrl", journey.result(answers));
        return page;
    }

    @GetMapping("/result")
    ModelAndView result(@RequestParam MultiValueMap<String, String> parameters) {
        return withCompleteAnswers(parameters,
                (answers, journey) -> resultPage(answers, journey, parameters.getFirst(Journey.VERSION)));
    }

    private ModelAndView resultPage(Answers answers, Journey journey, String linkVersion) {
        ModelAndView page = journeyPage("questionnaire/result", journey);
        page.addObject("result", ResultPage.of(answers, scoring.score(answers.definition(), answers),
                counterfactuals.search(answers), journey));
        // Adds this group to the carried plan, or puts it in place of the group being changed, or starts a plan.
        page.addObject("planGroup", PlanGroupForm.forResult(PlanCode.of(answers), journey.plan()));
        page.addObject("planCodeVersion", answers.definition().version());
        // A shared link made before the scoring changed is recomputed now, and says so; a version
        // that never existed (0, 999, "abc") says nothing untrue and is simply scored now.
        page.addObject("scoringChanged", Journey.earlierVersion(linkVersion, answers.definition().version()));
        page.addObject("currentVersionUrl", journey.result(answers));
        // The enquiry form takes the result's own query string, so the admin sees what the visitor saw.
        page.addObject("enquiryUrl", "/enquiry" + Journey.PLAIN.result(answers).substring(Journey.RESULT.length()));
        page.addObject("feedbackOutcome", page.getModel().get("result") instanceof ResultPage result
                ? result.recommendation().recommendation().name() + "." + result.recommendation().strength().name()
                : null);
        return page;
    }

    /**
     * The result as a PDF summary to file with a training needs analysis: the same query string as
     * the result page, and the same 400 page for bad answers.
     */
    @GetMapping("/result.pdf")
    Object resultPdf(@RequestParam MultiValueMap<String, String> parameters, Locale locale) {
        AnswersParseResult parsed = Answers.parse(questionnaire.current(), parameters);
        if (parsed.hasProblems()) {
            return badAnswers(parsed, Journey.PLAIN);
        }
        if (!parsed.isComplete()) {
            return redirect(Journey.PLAIN.nextUnanswered(parsed.answers()));
        }
        Answers answers = parsed.answers();
        var model = new HashMap<String, Object>();
        model.put("site", site);
        model.put("result", ResultPage.of(answers, scoring.score(answers.definition(), answers),
                counterfactuals.search(answers), Journey.PLAIN));
        model.put("version", answers.definition().version());
        model.put("date", PdfSummary.today(clock));
        model.put("resultUrl", site.absolute(Journey.PLAIN.result(answers)));
        return PdfSummary.response(pdf.render("questionnaire/result-pdf", model, locale), "training-recommendation.pdf");
    }

    @GetMapping("/{questionKey}")
    ModelAndView question(@PathVariable String questionKey, @RequestParam MultiValueMap<String, String> parameters) {
        AnswersParseResult parsed = Answers.parse(questionnaire.current(), parameters, Journey.NOT_ANSWERS);
        QuestionDefinition question = find(parsed.answers().definition(), questionKey);
        Journey journey = journey(parameters);
        if (parsed.hasProblems()) {
            return badAnswers(parsed, journey);
        }
        return questionPage(question, parsed.answers(), returnTo(parameters), false, journey);
    }

    /**
     * The question page's form lands here: with an answer, go on (or back to where a Change link
     * came from); without one, show the question again with the error, every other answer kept.
     */
    @GetMapping("/{questionKey}/answer")
    ModelAndView answer(@PathVariable String questionKey, @RequestParam MultiValueMap<String, String> parameters) {
        AnswersParseResult parsed = Answers.parse(questionnaire.current(), parameters, Journey.NOT_ANSWERS);
        QuestionnaireDefinition definition = parsed.answers().definition();
        QuestionDefinition question = find(definition, questionKey);
        Journey journey = journey(parameters);
        if (parsed.hasProblems()) {
            return badAnswers(parsed, journey);
        }
        Answers answers = parsed.answers();
        Journey.ReturnTo returnTo = returnTo(parameters);
        if (answers.option(questionKey).isEmpty()) {
            return questionPage(question, answers, returnTo, true, journey);
        }
        if (returnTo != null) {
            return redirect(journey.returnTo(returnTo, answers));
        }
        int index = definition.questions().indexOf(question);
        if (index + 1 < definition.questions().size()) {
            return redirect(journey.question(definition.questions().get(index + 1).key(), answers));
        }
        return redirect(journey.check(answers));
    }

    /**
     * Tomcat refuses a query string it cannot decode (a stray {@code %}) when the parameters are
     * first read. Exception handlers get no {@code @ModelAttribute}s, so the layout's are added here.
     */
    @ExceptionHandler(InvalidParameterException.class)
    ModelAndView undecodableAddress() {
        ModelAndView page = badAnswers(List.of(), null);
        page.addObject("undecodable", true);
        page.addObject("site", site);
        page.addObject("section", "questionnaire");
        return page;
    }

    private static QuestionDefinition find(QuestionnaireDefinition definition, String questionKey) {
        return definition.question(questionKey)
                .orElseThrow(() -> new NotFoundException("No question " + questionKey));
    }

    private static Journey.ReturnTo returnTo(MultiValueMap<String, String> parameters) {
        return Journey.ReturnTo.fromParameter(parameters.getFirst(Journey.CHANGE)).orElse(null);
    }

    private static ModelAndView questionPage(QuestionDefinition question, Answers answers, Journey.ReturnTo returnTo,
            boolean error, Journey journey) {
        ModelAndView page = journeyPage("questionnaire/question", journey);
        page.addObject("page", QuestionPage.of(question, answers, returnTo, error, journey));
        return page;
    }

    /** The journey of this address: plain, or carrying the plan it names (a bad plan is a 400). */
    private Journey journey(MultiValueMap<String, String> parameters) {
        return Journey.carrying(plans.carried(parameters));
    }

    /** Check and result need every answer: bad ones get the 400 page, missing ones the first unanswered question. */
    private ModelAndView withCompleteAnswers(MultiValueMap<String, String> parameters,
            BiFunction<Answers, Journey, ModelAndView> page) {
        AnswersParseResult parsed = Answers.parse(questionnaire.current(), parameters, Journey.NOT_ANSWERS);
        Journey journey = journey(parameters);
        if (parsed.hasProblems()) {
            return badAnswers(parsed, journey);
        }
        if (!parsed.isComplete()) {
            return redirect(journey.nextUnanswered(parsed.answers()));
        }
        return page.apply(parsed.answers(), journey);
    }

    /** Names every problem and offers to start again or to go on with the answers that could be read. */
    private static ModelAndView badAnswers(AnswersParseResult parsed, Journey journey) {
        return badAnswers(parsed.problems(),
                parsed.answers().isEmpty() ? null : journey.nextUnanswered(parsed.answers()));
    }

    private static ModelAndView badAnswers(List<AnswerProblem> problems, String continueUrl) {
        ModelAndView page = new ModelAndView("questionnaire/bad-answers");
        page.addObject("noindex", true);
        page.setStatus(HttpStatus.BAD_REQUEST);
        page.addObject("problems", problems);
        page.addObject("continueUrl", continueUrl);
        return page;
    }

    /**
     * Question, check and result pages hold one person's answers: keep them out of search results. They
     * say which plan, if any, the journey is for.
     */
    private static ModelAndView journeyPage(String view, Journey journey) {
        ModelAndView page = new ModelAndView(view);
        page.addObject("noindex", true);
        page.addObject("carried", journey.plan());
        return page;
    }

    private static ModelAndView redirect(String url) {
        RedirectView redirect = new RedirectView(url, true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        redirect.setExposeModelAttributes(false);
        redirect.setExpandUriTemplateVariables(false);
        return new ModelAndView(redirect);
    }
}
