package com.legacytraining.advisor.questionnaire.web.admin;

import com.legacytraining.advisor.questionnaire.editing.QuestionnaireEditing;
import com.legacytraining.advisor.questionnaire.editing.Preview;
import com.legacytraining.advisor.questionnaire.editing.PublishProblem;
import com.legacytraining.advisor.questionnaire.editing.PublishRefusedException;
import com.legacytraining.advisor.questionnaire.editing.Workspace;
import com.legacytraining.advisor.history.SaveOutcome;
import com.legacytraining.advisor.history.Submissions;
import com.legacytraining.advisor.questionnaire.scoring.OptionDefinition;
import com.legacytraining.advisor.questionnaire.scoring.QuestionDefinition;
import com.legacytraining.advisor.questionnaire.scoring.QuestionnaireDefinition;

import com.legacytraining.advisor.history.RevisionHistory;
import com.legacytraining.advisor.history.TextDiff;
import com.legacytraining.advisor.site.NotFoundException;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
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
        Workspace workspace = editing.workspace();
        model.addAttribute("workspace", workspace);
        model.addAttribute("changedQuestions", workspace.changedQuestions());
        model.addAttribute("discardSubmission", Submissions.newToken());
        return "admin/questionnaire/overview";
    }

    @GetMapping("/questions/{key}")
    String question(@PathVariable String key, Model model) {
        Workspace workspace = editing.workspace();
        QuestionDefinition question = find(workspace.working(), key);
        model.addAttribute("question", question);
        model.addAttribute("form", QuestionForm.of(question, workspace.version()));
        model.addAttribute("workspace", workspace);
        return "admin/questionnaire/question";
    }

    @PostMapping("/questions/{key}")
    String saveQuestion(@PathVariable String key, @Valid @ModelAttribute("form") QuestionForm form,
            BindingResult binding, Principal who, Model model, RedirectAttributes redirect) {
        Workspace workspace = editing.workspace();
        QuestionDefinition question = find(workspace.working(), key);
        model.addAttribute("question", question);
        model.addAttribute("workspace", workspace);
        if (!form.hasOptionsOf(question)) {
            binding.rejectValue("options", "qedit.error.optionKeys");
        }
        if (binding.hasErrors()) {
            return "admin/questionnaire/question";
        }
        SaveOutcome<Workspace> outcome = editing.saveQuestion(form.basedOnVersion(), form.toDefinition(question),
                who.getName(), form.getSubmission());
        if (outcome instanceof SaveOutcome.Conflict<Workspace> conflict) {
            Workspace latest = conflict.latest();
            QuestionDefinition latestQuestion = find(latest.working(), key);
            model.addAttribute("latest", latestQuestion);
            model.addAttribute("latestWorkspace", latest);
            addChanges(form, latestQuestion, model);
            form.setVersion(String.valueOf(latest.version()));
            form.setSubmission(Submissions.newToken());
            return "admin/questionnaire/conflict";
        }
        redirect.addFlashAttribute("message", outcome.isRepeated() ? "qedit.flash.alreadySaved" : "qedit.flash.saved");
        return "redirect:/admin/questionnaire";
    }

    /**
     * What the admin's question changes in the latest one, for the conflict page (before: the
     * latest, after: the admin's): "changes" by field, "optionChanges" by option key, an option
     * shown as "text (points, #order)" as the page always has.
     */
    private static void addChanges(QuestionForm form, QuestionDefinition latest, Model model) {
        model.addAttribute("changes", Map.of(
                "text", TextDiff.between(latest.text(), form.getText()),
                "hint", TextDiff.between(latest.hint(), form.getHint())));
        Map<String, TextDiff> optionChanges = new LinkedHashMap<>();
        for (OptionDefinition option : latest.options()) {
            QuestionForm.OptionForm mine = form.getOptions().get(option.key());
            optionChanges.put(option.key(), TextDiff.between(
                    shown(option.text(), String.valueOf(option.points()), String.valueOf(option.position())),
                    mine == null ? "" : shown(mine.getText(), mine.getPoints(), mine.getPosition())));
        }
        model.addAttribute("optionChanges", optionChanges);
    }

    private static String shown(String text, String points, String position) {
        return text + " (" + points + ", #" + position + ")";
    }

    @PostMapping("/discard")
    String discard(@RequestParam long version, @RequestParam(required = false) String submission, Principal who,
            RedirectAttributes redirect) {
        SaveOutcome<Workspace> outcome = editing.discardDraft(version, who.getName(), submission);
        redirect.addFlashAttribute("message", outcome.isConflict() ? "qedit.flash.stale"
                : outcome.isRepeated() ? "qedit.flash.alreadyDiscarded" : "qedit.flash.discarded");
        return "redirect:/admin/questionnaire";
    }

    /** What publishing the draft would change: the scenarios, and every possible set of answers. */
    @GetMapping("/preview")
    String preview(Model model, RedirectAttributes redirect) {
        Optional<Preview> preview = editing.preview();
        if (preview.isEmpty()) {
            redirect.addFlashAttribute("message", "qedit.flash.noDraft");
            return "redirect:/admin/questionnaire";
        }
        addPreview(preview.get(), model);
        model.addAttribute("form", PublishForm.of(preview.get().workspace().version()));
        return "admin/questionnaire/preview";
    }

    /**
     * Publishes the draft. The publish gate in {@link QuestionnaireEditing#publish} refuses a change
     * that alters a scenario unless the admin confirms it and says why; the page then shows again,
     * with the gate's reasons as errors on the fields they concern. A version or confirmation that is
     * not what the page sends fails binding, as a bad request.
     */
    @PostMapping("/publish")
    String publish(@ModelAttribute("form") PublishForm form, Principal who, Model model, RedirectAttributes redirect) {
        SaveOutcome<Workspace> outcome;
        try {
            outcome = editing.publish(form.getVersion(), form.getChangeNote(), form.isConfirm(), who.getName(),
                    form.getSubmission());
        } catch (PublishRefusedException refused) {
            addPreview(refused.preview(), model);
            BindingResult problems = new BeanPropertyBindingResult(form, "form");
            refused.problems().stream()
                    .filter(problem -> !problems.hasFieldErrors(problem.field()))
                    .forEach(problem -> problems.rejectValue(problem.field(), messageKey(problem)));
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", problems);
            return "admin/questionnaire/preview";
        }
        if (outcome instanceof SaveOutcome.Conflict<Workspace> conflict) {
            redirect.addFlashAttribute("message", "qedit.flash.publishStale");
            return conflict.latest().hasDraft() ? "redirect:/admin/questionnaire/preview" : "redirect:/admin/questionnaire";
        }
        redirect.addFlashAttribute("message", outcome.isRepeated() ? "qedit.flash.alreadyPublished"
                : "qedit.flash.published");
        return "redirect:/admin/questionnaire";
    }

    private static String messageKey(PublishProblem problem) {
        return switch (problem) {
            case NOTE_TOO_LONG -> "qedit.error.tooLong";
            case NOTE_REQUIRED -> "qedit.error.noteRequired";
            case CONFIRMATION_REQUIRED -> "qedit.error.confirmRequired";
        };
    }

    private static void addPreview(Preview preview, Model model) {
        model.addAttribute("workspace", preview.workspace());
        model.addAttribute("scenarioCount", preview.scenarioCount());
        model.addAttribute("scenarioChanges", preview.scenarioChanges());
        model.addAttribute("flips", preview.changesScenarios());
        model.addAttribute("flipCount", preview.scenarioChanges().size());
        model.addAttribute("combinations", preview.combinations());
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
            TextDiff diff = TextDiff.between(older.fields().get(field), newer.fields().get(field));
            if (diff.changed()) {
                diffs.add(FieldDiff.of(field, labels, diff.lines()));
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
            List<TextDiff.Line> lines) {

        static FieldDiff of(String field, QuestionnaireDefinition definition, List<TextDiff.Line> lines) {
            String[] parts = field.split("\\.");
            QuestionDefinition question = definition.question(parts[0]).orElse(null);
            if (question == null || (parts.length != 2 && parts.length != 4)) {
                return new FieldDiff(field, 0, field, null, "text", lines);
            }
            String option = parts.length == 4 ? question.option(parts[2]).map(OptionDefinition::text).orElse(parts[2]) : null;
            return new FieldDiff(field, question.position(), question.text(), option, parts[parts.length - 1], lines);
        }
    }

    private static QuestionDefinition find(QuestionnaireDefinition definition, String key) {
        return definition.question(key).orElseThrow(() -> new NotFoundException("No question " + key));
    }

    private RevisionHistory.Entry findRevision(int number) {
        return editing.revision(number).orElseThrow(() -> new NotFoundException("No revision " + number));
    }
}
