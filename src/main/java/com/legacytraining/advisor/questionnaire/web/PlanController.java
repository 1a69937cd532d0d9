package com.legacytraining.advisor.questionnaire.web;

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
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
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

    private final PlanReader plans;
    private final ScoringService scoring;
    private final SiteProperties site;
    private final PdfRenderer pdf;
    private final Clock clock;

    PlanController(PlanReader plans, ScoringService scoring, SiteProperties site, PdfRenderer pdf, Clock clock) {
        this.plans = plans;
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
    ModelAndView plan(@RequestParam MultiValueMap<String, String> query,
            @RequestParam(name = Plan.VERSION, required = false) String version) {
        Plan plan = plans.read(groupsIn(query), version);
        ModelAndView page = new ModelAndView("plan/plan");
        page.addObject("plan", PlanPage.of(plan, scoring));
        page.addObject("noindex", true);
        return page;
    }

    @GetMapping(PDF)
    Object planPdf(@RequestParam MultiValueMap<String, String> query,
            @RequestParam(name = Plan.VERSION, required = false) String version, Locale locale) {
        Plan plan = plans.read(groupsIn(query), version);
        var model = new HashMap<String, Object>();
        model.put("site", site);
        model.put("plan", PlanPage.of(plan, scoring));
        model.put("version", plan.definition().version());
        model.put("date", PdfSummary.today(clock));
        model.put("planUrl", site.absolute(plan.url()));
        model.put("tnaForPlan", true);
        return PdfSummary.response(pdf.render("plan/plan-pdf", model, locale), "training-plan.pdf");
    }

    /** The add-or-change form: empty for a new group, filled in with one group's answers to change it. */
    @GetMapping(GROUP)
    ModelAndView group(@RequestParam MultiValueMap<String, String> query,
            @RequestParam(name = Plan.VERSION, required = false) String version,
            @RequestParam(name = CHANGE, required = false) Integer change) {
        Plan plan = plans.read(groupsIn(query), version);
        QuestionnaireDefinition definition = plan.definition();
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
        return groupPage(definition, plan, form, plan.url());
    }

    /**
     * Adds the group (or replaces the one being changed) and redirects to the plan's new address; a
     * missing name or answer shows the form again with an error summary.
     */
    @GetMapping(ADD)
    ModelAndView add(@RequestParam MultiValueMap<String, String> query,
            @RequestParam(name = Plan.VERSION, required = false) String version,
            @Valid @ModelAttribute("form") PlanGroupForm form, BindingResult errors) {
        if (errors.hasFieldErrors("replace")) {
            // The group being changed is a hidden field the form fills in: a value that is no number was not sent by it.
            throw new Plan.BadPlanException("plan.bad.change");
        }
        Plan plan = plans.read(groupsIn(query), version);
        QuestionnaireDefinition definition = plan.definition();
        Answers answers;
        String backUrl = plan.url();
        if (!form.getCode().isEmpty()) {
            answers = plans.code(form.getCode(), version).orElseThrow(() -> badCode(plan, form, errors));
            // Shown again on an error, the form keeps every answer, and its Back link returns to the result.
            form.setAnswers(new LinkedHashMap<>(answers.asMap()));
            form.setCode("");
            backUrl = Journey.carrying(plan.isEmpty() ? CarriedPlan.NONE : new CarriedPlan(plan, replaceIn(plan, form)))
                    .result(answers);
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
        if (errors.hasFieldErrors("replace") || form.getReplace() != null && replaceIn(plan, form) == null) {
            throw new Plan.BadPlanException("plan.bad.change");
        }
        if (errors.hasErrors()) {
            return groupPage(definition, plan, form, backUrl);
        }
        Plan changed = plan.with(new Plan.Group(form.getName(), answers), form.getReplace());
        RedirectView redirect = new RedirectView(changed.url(), true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        redirect.setExposeModelAttributes(false);
        redirect.setExpandUriTemplateVariables(false);
        return new ModelAndView(redirect);
    }

    /** A code that is no code: the page names the group by its name only when the form would accept it. */
    private static Plan.BadPlanException badCode(Plan plan, PlanGroupForm form, BindingResult errors) {
        int place = plan.groups().size() + 1;
        return errors.hasFieldErrors("name") ? new Plan.BadPlanException("plan.bad.code.unnamed", place)
                : new Plan.BadPlanException("plan.bad.code", place, form.getName());
    }

    /** The place of the group the form changes, or {@code null} when it adds one or names no group of the plan. */
    private static Integer replaceIn(Plan plan, PlanGroupForm form) {
        Integer replace = form.getReplace();
        return replace != null && replace >= 0 && replace < plan.groups().size() ? replace : null;
    }

    private static ModelAndView groupPage(QuestionnaireDefinition definition, Plan plan, PlanGroupForm form,
            String backUrl) {
        ModelAndView page = new ModelAndView("plan/group");
        page.addObject("form", form);
        page.addObject("questions", definition.questions());
        page.addObject("inputs", form.inputs(definition.questionKeys()));
        page.addObject("planFields", new CarriedPlan(plan, null).planFields());
        page.addObject("backUrl", backUrl);
        page.addObject("noindex", true);
        Map<String, String> selected = form.getAnswers();
        page.addObject("selected", selected);
        return page;
    }

    /**
     * The plan's groups, each as sent. A {@code List<String>} parameter would split a single value at its commas,
     * and a group named "Porters, night" would come apart.
     */
    private static List<String> groupsIn(MultiValueMap<String, String> query) {
        return query.get(Plan.PARAMETER);
    }
}
