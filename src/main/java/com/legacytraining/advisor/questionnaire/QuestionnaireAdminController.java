package com.legacytraining.advisor.questionnaire;

import com.legacytraining.advisor.history.LineDiff;
import com.legacytraining.advisor.history.RevisionHistory;
import com.legacytraining.advisor.site.NotFoundException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    QuestionnaireAdminController(QuestionnaireEditing editing) {
        this.editing = editing;
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
        List<FieldDiff> diffs = new ArrayList<>();
        for (String field : newer.fields().keySet()) {
            List<LineDiff.Line> lines = LineDiff.compare(older.fields().get(field), newer.fields().get(field));
            if (LineDiff.changed(lines)) {
                diffs.add(new FieldDiff(field, lines));
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

    /** One changed snapshot field ("setting.option.rarely.points") and its line diff. */
    record FieldDiff(String field, List<LineDiff.Line> lines) {
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
