package com.legacytraining.advisor.questionnaire.web.admin;

import com.legacytraining.advisor.questionnaire.QuestionnaireService;
import com.legacytraining.advisor.history.SaveOutcome;
import com.legacytraining.advisor.history.Submissions;
import com.legacytraining.advisor.questionnaire.scenarios.ScenarioService;
import com.legacytraining.advisor.questionnaire.scenarios.ScenarioView;
import com.legacytraining.advisor.questionnaire.scoring.QuestionnaireDefinition;
import com.legacytraining.advisor.questionnaire.scoring.Strength;
import com.legacytraining.advisor.questionnaire.scoring.TrainingType;

import com.legacytraining.advisor.site.NotFoundException;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Scenarios: list, add, edit, archive and restore them, and run the suite against the live questionnaire. */
@Controller
@RequestMapping("/admin/scenarios")
class ScenarioAdminController {

    // An id is digits, so "run" is never taken for one: a POST to the suite's page is a 405, not a 404.
    private static final String ID = "/{id:[0-9]+}";

    private final ScenarioService scenarios;
    private final QuestionnaireService questionnaire;

    ScenarioAdminController(ScenarioService scenarios, QuestionnaireService questionnaire) {
        this.scenarios = scenarios;
        this.questionnaire = questionnaire;
    }

    @ModelAttribute("recommendations")
    List<TrainingType> recommendations() {
        return List.of(TrainingType.values());
    }

    @ModelAttribute("strengths")
    List<Strength> strengths() {
        return List.of(Strength.values());
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("active", scenarios.active());
        model.addAttribute("archived", scenarios.archived());
        return "admin/scenarios/list";
    }

    @GetMapping("/run")
    String run(Model model) {
        QuestionnaireDefinition definition = questionnaire.current();
        model.addAttribute("run", scenarios.run(definition));
        return "admin/scenarios/run";
    }

    @GetMapping("/new")
    String newScenario(Model model) {
        return form(ScenarioForm.empty(), null, null, model);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") ScenarioForm form, BindingResult binding, Principal who, Model model,
            RedirectAttributes redirect) {
        QuestionnaireDefinition definition = questionnaire.current();
        new AnswersFitQuestionnaire(definition).validate(form, binding);
        if (binding.hasErrors()) {
            form.keepOnlyValidAnswers(definition);
            return form(form, null, null, model);
        }
        boolean repeated = scenarios.create(form.toCommand(definition), who.getName(), form.getSubmission()).repeated();
        redirect.addFlashAttribute("message", repeated ? "scenario.flash.alreadyCreated" : "scenario.flash.created");
        return "redirect:/admin/scenarios";
    }

    @GetMapping(ID)
    String edit(@PathVariable long id, Model model) {
        ScenarioView scenario = find(id);
        return form(ScenarioForm.of(scenario), scenario, null, model);
    }

    @PostMapping(ID)
    String save(@PathVariable long id, @Valid @ModelAttribute("form") ScenarioForm form, BindingResult binding,
            Principal who, Model model, RedirectAttributes redirect) {
        ScenarioView scenario = find(id);
        QuestionnaireDefinition definition = questionnaire.current();
        new AnswersFitQuestionnaire(definition).validate(form, binding);
        if (binding.hasErrors()) {
            form.keepOnlyValidAnswers(definition);
            return form(form, scenario, null, model);
        }
        SaveOutcome<ScenarioView> outcome = scenarios.update(id, form.basedOnVersion(), form.toCommand(definition),
                who.getName(), form.getSubmission());
        if (outcome instanceof SaveOutcome.Conflict<ScenarioView> conflict) {
            // The admin's input stays in the form; saving again replaces the other admin's change.
            form.setVersion(String.valueOf(conflict.latest().version()));
            form.setSubmission(Submissions.newToken());
            return form(form, conflict.latest(), conflict.latest(), model);
        }
        redirect.addFlashAttribute("message", outcome.isRepeated() ? "scenario.flash.alreadySaved" : "scenario.flash.saved");
        return "redirect:/admin/scenarios";
    }

    @PostMapping(ID + "/archive")
    String archive(@PathVariable long id, Principal who, RedirectAttributes redirect) {
        scenarios.archive(id, who.getName());
        redirect.addFlashAttribute("message", "scenario.flash.archived");
        return "redirect:/admin/scenarios";
    }

    @PostMapping(ID + "/unarchive")
    String unarchive(@PathVariable long id, Principal who, RedirectAttributes redirect) {
        scenarios.unarchive(id, who.getName());
        redirect.addFlashAttribute("message", "scenario.flash.unarchived");
        return "redirect:/admin/scenarios";
    }

    private String form(ScenarioForm form, ScenarioView scenario, ScenarioView conflict, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("scenario", scenario);
        model.addAttribute("conflict", conflict);
        model.addAttribute("questions", questionnaire.current().questions());
        return "admin/scenarios/edit";
    }

    private ScenarioView find(long id) {
        return scenarios.find(id).orElseThrow(() -> new NotFoundException("No scenario " + id));
    }
}
