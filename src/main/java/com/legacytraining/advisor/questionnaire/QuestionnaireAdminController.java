package com.legacytraining.advisor.questionnaire;

import com.legacytraining.advisor.history.LineDiff;
import com.legacytraining.advisor.history.RevisionHistory;
import com.legacytraining.advisor.site.NotFoundException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editing the questionnaire: questions into a draft, history, compare and restore. */
@Controller
@RequestMapping("/admin/questionnaire")
class QuestionnaireAdminController {

    private final QuestionnaireEditing editing;
    private final ScenarioService scenarios;
    private final ImpactAnalysis impact;

    QuestionnaireAdminController(QuestionnaireEditing editing, ScenarioService scenarios, ImpactAnalysis impact) {
        this.editing = editing;
        this.scenarios = scenarios;
        this.impact = impact;
    }

    @GetMapping
    String overview(Model model) {
        QuestionnaireEditing.Workspace workspace = editing.workspace();
        model.addAttribute("workspace", workspace);
        model.addAttribute("changedQuestions", changedQuestions(workspace));
        return "admin/questionnaire/overview";
    }

    @GetMapping("/questions/{key}")
    String question(@PathVariable String key, Model model) {
        QuestionnaireEditing.Workspace workspace = editing.workspace();
        QuestionDefinition question = find(workspace.working(), key);
        model.addAttribute("question", question);
        model.addAttribute("form", QuestionForm.of(question, workspace.version()));
        model.addAttribute("workspace", workspace);
        return "admin/questionnaire/question";
    }

    @PostMapping("/questions/{key}")
    String saveQuestion(@PathVariable String key, @ModelAttribute("form") QuestionForm form, Principal who,
            Model model, RedirectAttributes redirect) {
        QuestionnaireEditing.Workspace workspace = editing.workspace();
        QuestionDefinition question = find(workspace.working(), key);
        model.addAttribute("question", question);
        model.addAttribute("workspace", workspace);
        Map<String, String> errors = form.validate(question);
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            return "admin/questionnaire/question";
        }
        Optional<QuestionnaireEditing.Conflict> conflict = editing.saveQuestion(form.getVersion(),
                form.toDefinition(question), who.getName());
        if (conflict.isPresent()) {
            QuestionnaireEditing.Workspace latest = conflict.get().latest();
            model.addAttribute("latest", find(latest.working(), key));
            model.addAttribute("latestWorkspace", latest);
            form.setVersion(latest.version());
            return "admin/questionnaire/conflict";
        }
        redirect.addFlashAttribute("message", "qedit.flash.saved");
        return "redirect:/admin/questionnaire";
    }

    @PostMapping("/discard")
    String discard(@RequestParam long version, Principal who, RedirectAttributes redirect) {
        boolean stale = editing.discardDraft(version, who.getName()).isPresent();
        redirect.addFlashAttribute("message", stale ? "qedit.flash.stale" : "qedit.flash.discarded");
        return "redirect:/admin/questionnaire";
    }

    /** What publishing the draft would change: the scenarios, and every possible set of answers. */
    @GetMapping("/preview")
    String preview(Model model, RedirectAttributes redirect) {
        QuestionnaireEditing.Workspace workspace = editing.workspace();
        if (!workspace.hasDraft()) {
            redirect.addFlashAttribute("message", "qedit.flash.noDraft");
            return "redirect:/admin/questionnaire";
        }
        addImpact(workspace, model);
        return "admin/questionnaire/preview";
    }

    /**
     * Publishes the draft. When it changes the outcome of any scenario, the admin must confirm it and
     * say why; both go into the revision and the audit log.
     */
    @PostMapping("/publish")
    String publish(@RequestParam long version, @RequestParam(defaultValue = "") String changeNote,
            @RequestParam(defaultValue = "false") boolean confirm, Principal who, Model model,
            RedirectAttributes redirect) {
        QuestionnaireEditing.Workspace workspace = editing.workspace();
        if (!workspace.hasDraft() || workspace.version() != version) {
            redirect.addFlashAttribute("message", "qedit.flash.publishStale");
            return workspace.hasDraft() ? "redirect:/admin/questionnaire/preview" : "redirect:/admin/questionnaire";
        }
        List<ScenarioChange> changes = impact.scenarioChanges(workspace.published(), workspace.draft(),
                scenarios.activeCases());
        Map<String, String> errors = new LinkedHashMap<>();
        if (changeNote.length() > 400) {
            errors.put("changeNote", "qedit.error.tooLong");
        }
        if (!changes.isEmpty() && changeNote.isBlank()) {
            errors.put("changeNote", "qedit.error.noteRequired");
        }
        if (!changes.isEmpty() && !confirm) {
            errors.put("confirm", "qedit.error.confirmRequired");
        }
        if (!errors.isEmpty()) {
            addImpact(workspace, model);
            model.addAttribute("errors", errors);
            model.addAttribute("changeNote", changeNote);
            return "admin/questionnaire/preview";
        }
        String confirmation = changes.isEmpty() ? null
                : "confirmed: changes " + changes.size() + " scenario(s): "
                        + changes.stream().map(change -> change.scenario().name()).collect(Collectors.joining("; "));
        String note = confirmation == null ? changeNote : (changeNote.strip() + " [" + confirmation + "]");
        if (editing.publish(version, note, confirmation, who.getName()).isPresent()) {
            redirect.addFlashAttribute("message", "qedit.flash.publishStale");
            return "redirect:/admin/questionnaire/preview";
        }
        redirect.addFlashAttribute("message", "qedit.flash.published");
        return "redirect:/admin/questionnaire";
    }

    private void addImpact(QuestionnaireEditing.Workspace workspace, Model model) {
        List<ScenarioCase> cases = scenarios.activeCases();
        List<ScenarioChange> changes = impact.scenarioChanges(workspace.published(), workspace.draft(), cases);
        model.addAttribute("workspace", workspace);
        model.addAttribute("scenarioCount", cases.size());
        model.addAttribute("scenarioChanges", changes);
        model.addAttribute("flips", !changes.isEmpty());
        model.addAttribute("flipCount", changes.size());
        model.addAttribute("combinations", impact.allCombinations(workspace.published(), workspace.draft()));
    }

    @GetMapping("/history")
    String history(Model model) {
        model.addAttribute("revisions", editing.history());
        return "admin/questionnaire/history";
    }

    @GetMapping("/history/{number}")
    String revision(@PathVariable int number, Model model) {
        RevisionHistory.Entry revision = findRevision(number);
        model.addAttribute("revision", revision);
        model.addAttribute("definition", editing.definitionOf(revision));
        return "admin/questionnaire/revision";
    }

    @GetMapping("/compare")
    String compare(@RequestParam int from, @RequestParam int to, Model model) {
        RevisionHistory.Entry older = findRevision(Math.min(from, to));
        RevisionHistory.Entry newer = findRevision(Math.max(from, to));
        QuestionnaireDefinition labels = editing.definitionOf(newer);
        List<FieldDiff> diffs = new ArrayList<>();
        for (String field : newer.fields().keySet()) {
            List<LineDiff.Line> lines = LineDiff.compare(older.fields().get(field), newer.fields().get(field));
            if (LineDiff.changed(lines)) {
                diffs.add(FieldDiff.of(field, labels, lines));
            }
        }
        model.addAttribute("older", older);
        model.addAttribute("newer", newer);
        model.addAttribute("diffs", diffs);
        return "admin/questionnaire/compare";
    }

    @PostMapping("/history/{number}/restore")
    String restore(@PathVariable int number, Principal who, RedirectAttributes redirect) {
        editing.restoreAsDraft(number, who.getName());
        redirect.addFlashAttribute("message", "qedit.flash.restored");
        return "redirect:/admin/questionnaire";
    }

    /**
     * One changed snapshot field ("setting.option.rarely.points") with what a reader needs to name it:
     * the question's number and text, the option's text (null for the question's own fields) and the part.
     */
    record FieldDiff(String field, int questionNumber, String questionText, String optionText, String part,
            List<LineDiff.Line> lines) {

        static FieldDiff of(String field, QuestionnaireDefinition definition, List<LineDiff.Line> lines) {
            String[] parts = field.split("\\.");
            QuestionDefinition question = definition.question(parts[0]).orElse(null);
            if (question == null || (parts.length != 2 && parts.length != 4)) {
                return new FieldDiff(field, 0, field, null, "text", lines);
            }
            String option = parts.length == 4 ? question.option(parts[2]).map(OptionDefinition::text).orElse(parts[2]) : null;
            return new FieldDiff(field, question.position(), question.text(), option, parts[parts.length - 1], lines);
        }
    }

    private static List<String> changedQuestions(QuestionnaireEditing.Workspace workspace) {
        if (!workspace.hasDraft()) {
            return List.of();
        }
        return workspace.draft().questions().stream()
                .filter(question -> !question.equals(workspace.published().question(question.key()).orElse(null)))
                .map(QuestionDefinition::key)
                .toList();
    }

    private static QuestionDefinition find(QuestionnaireDefinition definition, String key) {
        return definition.question(key).orElseThrow(() -> new NotFoundException("No question " + key));
    }

    private RevisionHistory.Entry findRevision(int number) {
        return editing.revision(number).orElseThrow(() -> new NotFoundException("No revision " + number));
    }
}
