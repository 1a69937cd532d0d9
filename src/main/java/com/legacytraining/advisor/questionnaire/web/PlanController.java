package com.legacytraining.advisor.questionnaire.web;

import com.legacytraining.advisor.questionnaire.QuestionnaireService;
import com.legacytraining.advisor.questionnaire.scoring.Answers;
import com.legacytraining.advisor.questionnaire.scoring.QuestionnaireDefinition;
import com.legacytraining.advisor.questionnaire.scoring.ScoringService;
import com.legacytraining.advisor.site.SiteProperties;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * A plan for several staff groups, held in its address ({@link Plan}): the plan page, its PDF, and
 * the GET form that adds or changes a group and redirects to the new address. Nothing is stored.
 */
@Controller
class PlanController {

    static final String GROUP = Plan.PATH + "/group";
    static final String ADD = Plan.PATH + "/add";
    static final String PDF = Plan.PATH + ".pdf";
    private static final String CHANGE = "change";

    private final QuestionnaireService questionnaire;
    private final ScoringService scoring;
    private final SiteProperties site;
    private final PdfRenderer pdf;
    private final Clock clock;

    PlanController(QuestionnaireService questionnaire, ScoringService scoring, SiteProperties site, PdfRenderer pdf,
            Clock clock) {
        this.questionnaire = questionnaire;
        this.scoring = scoring;
        this.site = site;
        this.pdf = pdf;
        this.clock = clock;
    }

    static String groupUrl(Plan plan, Integer change) {
        String query = plan.query();
        if (change != null) {
            query = query.isEmpty() ? CHANGE + "=" + change : query + "&" + CHANGE + "=" + change;
        }
        return query.isEmpty() ? GROUP : GROUP + "?" + query;
    }

    @GetMapping(Plan.PATH)
    ModelAndView plan(@RequestParam(name = Plan.PARAMETER, required = false) List<String> groups) {
        Plan plan = Plan.read(questionnaire.current(), groups);
        ModelAndView page = new ModelAndView("plan/plan");
        page.addObject("plan", PlanPage.of(plan, scoring));
        page.addObject("noindex", true);
        return page;
    }

    @GetMapping(PDF)
    Object planPdf(@RequestParam(name = Plan.PARAMETER, required = false) List<String> groups, Locale locale) {
        Plan plan = Plan.read(questionnaire.current(), groups);
        var model = new HashMap<String, Object>();
        model.put("site", site);
        model.put("plan", PlanPage.of(plan, scoring));
        model.put("version", questionnaire.current().version());
        model.put("date", PdfSummary.today(clock));
        model.put("planUrl", PdfSummary.absolute(plan.url()));
        return PdfSummary.response(pdf.render("plan/plan-pdf", model, locale), "training-plan.pdf");
    }

    /** The add-or-change form: empty for a new group, filled in with one group's answers to change it. */
    @GetMapping(GROUP)
    ModelAndView group(@RequestParam(name = Plan.PARAMETER, required = false) List<String> groups,
            @RequestParam(name = CHANGE, required = false) Integer change) {
        QuestionnaireDefinition definition = questionnaire.current();
        Plan plan = Plan.read(definition, groups);
        var form = new PlanGroupForm();
        if (change != null) {
            if (change < 0 || change >= plan.groups().size()) {
                throw new Plan.BadPlanException("plan.bad.change");
            }
            Plan.Group group = plan.groups().get(change);
            form.setName(group.name());
            form.setAnswers(new LinkedHashMap<>(group.answers().asMap()));
            form.setReplace(change);
        }
        else if (plan.full()) {
            throw new Plan.BadPlanException("plan.bad.tooMany", Plan.MAX_GROUPS);
        }
        return groupPage(definition, plan, form);
    }

    /**
     * Adds the group (or replaces the one being changed) and redirects to the plan's new address; a
     * missing name or answer shows the form again with an error summary.
     */
    @GetMapping(ADD)
    ModelAndView add(@RequestParam(name = Plan.PARAMETER, required = false) List<String> groups,
            @Valid @ModelAttribute("form") PlanGroupForm form, BindingResult errors) {
        if (errors.hasFieldErrors("replace")) {
            // The group being changed is a hidden field the form fills in: a value that is no number was not sent by it.
            throw new Plan.BadPlanException("plan.bad.change");
        }
        QuestionnaireDefinition definition = questionnaire.current();
        Plan plan = Plan.read(definition, groups);
        Answers answers;
        if (!form.getCode().isEmpty()) {
            answers = PlanCode.read(definition, form.getCode())
                    .orElseThrow(() -> new Plan.BadPlanException("plan.bad.code", plan.groups().size() + 1,
                            form.getName()));
        }
        else {
            var parameters = new LinkedMultiValueMap<String, String>();
            form.getAnswers().forEach((key, value) -> {
                if (value != null && !value.isEmpty()) {
                    parameters.add(key, value);
                }
            });
            var parsed = Answers.parse(definition, parameters, Set.of());
            answers = parsed.answers();
            for (var question : definition.questions()) {
                if (answers.option(question.key()).isEmpty()) {
                    errors.rejectValue("answers[" + question.key() + "]", "plan.error.answer",
                            new Object[] { question.text() }, null);
                }
            }
        }
        if (form.getReplace() == null && plan.full()) {
            throw new Plan.BadPlanException("plan.bad.tooMany", Plan.MAX_GROUPS);
        }
        if (errors.hasErrors()) {
            return groupPage(definition, plan, form);
        }
        Plan changed = plan.with(new Plan.Group(form.getName(), answers), form.getReplace());
        RedirectView redirect = new RedirectView(changed.url(), true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        redirect.setExposeModelAttributes(false);
        redirect.setExpandUriTemplateVariables(false);
        return new ModelAndView(redirect);
    }

    @ExceptionHandler(Plan.BadPlanException.class)
    ModelAndView badPlan(Plan.BadPlanException problem) {
        ModelAndView page = new ModelAndView("plan/bad-plan");
        page.setStatus(HttpStatus.BAD_REQUEST);
        page.addObject("problemKey", problem.messageKey());
        page.addObject("problemArguments", problem.arguments());
        page.addObject("site", site);
        page.addObject("section", "questionnaire");
        page.addObject("noindex", true);
        return page;
    }

    private ModelAndView groupPage(QuestionnaireDefinition definition, Plan plan, PlanGroupForm form) {
        ModelAndView page = new ModelAndView("plan/group");
        page.addObject("form", form);
        page.addObject("questions", definition.questions());
        page.addObject("inputs", form.inputs(definition.questionKeys()));
        page.addObject("planParameters", plan.parameters());
        page.addObject("backUrl", plan.url());
        page.addObject("noindex", true);
        Map<String, String> selected = form.getAnswers();
        page.addObject("selected", selected);
        return page;
    }
}
