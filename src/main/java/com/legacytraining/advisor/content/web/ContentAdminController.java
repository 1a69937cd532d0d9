package com.legacytraining.advisor.content.web;

import com.legacytraining.advisor.content.ContentEditing;
import com.legacytraining.advisor.content.ContentKind;
import com.legacytraining.advisor.content.ContentArrangement;
import com.legacytraining.advisor.content.ContentReviews;
import com.legacytraining.advisor.content.CrossReferences;
import com.legacytraining.advisor.content.ContentSnapshot;
import com.legacytraining.advisor.content.MarkdownLinks;
import com.legacytraining.advisor.history.SaveOutcome;
import com.legacytraining.advisor.history.Submissions;

import com.legacytraining.advisor.history.RevisionHistory;
import com.legacytraining.advisor.history.TextDiff;
import com.legacytraining.advisor.site.NotFoundException;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editing guidance content: one editor for every kind, with preview, drafts, publish, history,
 * compare, restore and the conflict page.
 */
@Controller
@RequestMapping("/admin/content/{kindPath}")
class ContentAdminController {

    private final ContentEditing editing;
    private final ContentArrangement arrangement;
    private final ContentReviews reviews;
    private final CrossReferences crossReferences;

    ContentAdminController(ContentEditing editing, ContentArrangement arrangement, ContentReviews reviews,
            CrossReferences crossReferences) {
        this.editing = editing;
        this.arrangement = arrangement;
        this.reviews = reviews;
        this.crossReferences = crossReferences;
    }

    /** Offered to every view; handler methods get the same value through {@link ContentKindConverter}. */
    @ModelAttribute("kind")
    ContentKind kind(@PathVariable("kindPath") ContentKind kind) {
        return kind;
    }

    /**
     * The form every request of this editor binds into: empty for the kind in the address, so
     * validation knows which fields it must have. Edit pages replace it with the item's own.
     */
    @ModelAttribute("form")
    ContentForm form(@PathVariable("kindPath") ContentKind kind) {
        return ContentForm.empty(kind);
    }

    @GetMapping("/new")
    String newItem(@PathVariable("kindPath") ContentKind kind, @RequestParam(required = false) Long page, Model model) {
        model.addAttribute("pageId", page);
        requirePageWhenNeeded(kind, page, model);
        return "admin/content/edit";
    }

    @PostMapping(path = "/new", params = "action=preview")
    String previewNew(@PathVariable("kindPath") ContentKind kind, @RequestParam(required = false) Long page,
            @ModelAttribute("form") ContentForm form, Model model) {
        model.addAttribute("pageId", page);
        requirePageWhenNeeded(kind, page, model);
        return preview(kind, form, model);
    }

    @PostMapping("/new")
    String create(@PathVariable("kindPath") ContentKind kind, @RequestParam(required = false) Long page,
            @Valid @ModelAttribute("form") ContentForm form, BindingResult binding, @RequestParam String action,
            Principal who, Model model, RedirectAttributes redirect) {
        model.addAttribute("pageId", page);
        requirePageWhenNeeded(kind, page, model);
        rejectTakenSlug(kind, form, null, binding);
        if (binding.hasErrors()) {
            return "admin/content/edit";
        }
        Submissions.Created created = editing.create(kind, page, form.getFields(), "publish".equals(action),
                form.getChangeNote(), who.getName(), form.getSubmission());
        redirect.addFlashAttribute("message", created.repeated() ? "edit.flash.alreadyCreated." + kind.path()
                : "publish".equals(action) ? "edit.flash.published" : "edit.flash.created");
        return "redirect:/admin/content/" + kind.path() + "/" + created.id();
    }

    @GetMapping("/{id}")
    String edit(@PathVariable("kindPath") ContentKind kind, @PathVariable long id, Model model) {
        ContentSnapshot item = editing.item(kind, id);
        model.addAttribute("item", item);
        model.addAttribute("form", ContentForm.of(item));
        model.addAttribute("pageId", item.pageId());
        if (kind.isAdvice()) {
            List<CrossReferences.CitedSection> citations = crossReferences.cited(kind, id);
            model.addAttribute("citations", citations);
            model.addAttribute("citationsForm",
                    CitationsForm.of(citations.stream().map(CrossReferences.CitedSection::id).toList()));
            model.addAttribute("citationsNeedReview", citations.stream().anyMatch(CrossReferences.CitedSection::needsReview));
            model.addAttribute("sectionChoices", crossReferences.choices());
        }
        model.addAttribute("citedBy", citedBy(kind, id));
        if (kind == ContentKind.PAGE) {
            ContentReviews.ReviewState review = reviews.state(id);
            model.addAttribute("review", review);
            model.addAttribute("reviewForm", ReviewForm.of(review));
        }
        return "admin/content/edit";
    }

    @PostMapping(path = "/{id}", params = "action=preview")
    String previewEdit(@PathVariable("kindPath") ContentKind kind, @PathVariable long id,
            @ModelAttribute("form") ContentForm form, Model model) {
        ContentSnapshot item = editing.item(kind, id);
        model.addAttribute("item", item);
        model.addAttribute("pageId", item.pageId());
        return preview(kind, form, model);
    }

    @PostMapping(path = "/{id}", params = "action=discard")
    String discard(@PathVariable("kindPath") ContentKind kind, @PathVariable long id,
            @ModelAttribute("form") ContentForm form, Principal who, Model model, RedirectAttributes redirect) {
        ContentSnapshot item = editing.item(kind, id);
        model.addAttribute("item", item);
        model.addAttribute("pageId", item.pageId());
        return outcome(editing.discardDraft(kind, id, form.basedOnVersion(), who.getName(), form.getSubmission()), kind,
                id, form, model, redirect, "edit.flash.discarded", "edit.flash.alreadyDiscarded");
    }

    @PostMapping("/{id}")
    String save(@PathVariable("kindPath") ContentKind kind, @PathVariable long id,
            @Valid @ModelAttribute("form") ContentForm form, BindingResult binding, @RequestParam String action,
            Principal who, Model model, RedirectAttributes redirect) {
        ContentSnapshot item = editing.item(kind, id);
        model.addAttribute("item", item);
        model.addAttribute("pageId", item.pageId());
        rejectTakenSlug(kind, form, id, binding);
        if (binding.hasErrors()) {
            return "admin/content/edit";
        }
        SaveOutcome<ContentSnapshot> outcome = "publish".equals(action)
                ? editing.publish(kind, id, form.basedOnVersion(), form.getFields(), form.getChangeNote(), form.isReview(),
                        who.getName(), form.getSubmission())
                : editing.saveDraft(kind, id, form.basedOnVersion(), form.getFields(), who.getName(),
                        form.getSubmission());
        return "publish".equals(action)
                ? outcome(outcome, kind, id, form, model, redirect, "edit.flash.published", "edit.flash.alreadyPublished")
                : outcome(outcome, kind, id, form, model, redirect, "edit.flash.saved", "edit.flash.alreadySaved");
    }

    /** The advice texts citing a section, or any section of a page; none for other kinds. */
    private List<CrossReferences.CitingAdvice> citedBy(ContentKind kind, long id) {
        return switch (kind) {
            case SECTION -> crossReferences.citing(id);
            case PAGE -> crossReferences.citingPage(id);
            default -> List.of();
        };
    }

    /**
     * Archives the item; a section (or a page with sections) that advice texts cite is archived only once the admin has seen who
     * cites it and confirmed ({@code confirmed=true}), since their links to it go.
     */
    @PostMapping("/{id}/archive")
    String archive(@PathVariable("kindPath") ContentKind kind, @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean confirmed, Principal who, Model model,
            RedirectAttributes redirect) {
        if (!confirmed) {
            List<CrossReferences.CitingAdvice> citedBy = citedBy(kind, id);
            if (!citedBy.isEmpty()) {
                model.addAttribute("item", editing.item(kind, id));
                model.addAttribute("citedBy", citedBy);
                return "admin/content/archive-cited";
            }
        }
        arrangement.archive(kind, id, who.getName());
        redirect.addFlashAttribute("message", "edit.flash.archived");
        return "redirect:/admin";
    }

    @PostMapping("/{id}/unarchive")
    String unarchive(@PathVariable("kindPath") ContentKind kind, @PathVariable long id, Principal who,
            RedirectAttributes redirect) {
        arrangement.unarchive(kind, id, who.getName());
        redirect.addFlashAttribute("message", "edit.flash.unarchived");
        return "redirect:/admin";
    }

    @PostMapping("/{id}/move")
    String move(@PathVariable("kindPath") ContentKind kind, @PathVariable long id, @RequestParam String direction,
            Principal who, RedirectAttributes redirect) {
        arrangement.move(kind, id, "up".equals(direction), who.getName());
        redirect.addFlashAttribute("message", "edit.flash.moved");
        return "redirect:/admin#" + kind.path() + "-" + id;
    }

    @GetMapping("/{id}/history")
    String history(@PathVariable("kindPath") ContentKind kind, @PathVariable long id, Model model) {
        model.addAttribute("item", editing.item(kind, id));
        model.addAttribute("revisions", editing.history(kind, id));
        return "admin/content/history";
    }

    @GetMapping("/{id}/history/{number}")
    String revision(@PathVariable("kindPath") ContentKind kind, @PathVariable long id, @PathVariable int number,
            Model model) {
        model.addAttribute("item", editing.item(kind, id));
        model.addAttribute("revision", findRevision(kind, id, number));
        return "admin/content/revision";
    }

    @GetMapping("/{id}/compare")
    String compare(@PathVariable("kindPath") ContentKind kind, @PathVariable long id, @RequestParam int from,
            @RequestParam int to, Model model) {
        RevisionHistory.Entry older = findRevision(kind, id, Math.min(from, to));
        RevisionHistory.Entry newer = findRevision(kind, id, Math.max(from, to));
        Map<String, List<TextDiff.Line>> diffs = new LinkedHashMap<>();
        kind.fields().forEach(field -> diffs.put(field.name(),
                TextDiff.between(older.fields().get(field.name()), newer.fields().get(field.name())).lines()));
        model.addAttribute("item", editing.item(kind, id));
        model.addAttribute("older", older);
        model.addAttribute("newer", newer);
        model.addAttribute("diffs", diffs);
        return "admin/content/compare";
    }

    @PostMapping("/{id}/history/{number}/restore")
    String restore(@PathVariable("kindPath") ContentKind kind, @PathVariable long id, @PathVariable int number,
            Principal who, RedirectAttributes redirect) {
        editing.restoreAsDraft(kind, id, number, who.getName());
        redirect.addFlashAttribute("message", "edit.flash.restored");
        return "redirect:/admin/content/" + kind.path() + "/" + id;
    }

    /**
     * The conflict page, or back to the item saying what was done: {@code done} now, or {@code doneBefore}
     * when the same form was sent before and did it then.
     */
    private String outcome(SaveOutcome<ContentSnapshot> outcome, ContentKind kind, long id, ContentForm form, Model model,
            RedirectAttributes redirect, String done, String doneBefore) {
        if (outcome instanceof SaveOutcome.Conflict<ContentSnapshot> conflict) {
            // A new token: choosing what to keep is a new decision, and this form's sending saved nothing.
            form.setSubmission(Submissions.newToken());
            model.addAttribute("latest", conflict.latest());
            model.addAttribute("form", form);
            model.addAttribute("changes", changes(kind, conflict.latest(), form));
            form.setVersion(String.valueOf(conflict.latest().version()));
            return "admin/content/conflict";
        }
        redirect.addFlashAttribute("message", outcome.isRepeated() ? doneBefore : done);
        return "redirect:/admin/content/" + kind.path() + "/" + id;
    }

    /** Field by field, what the admin's text changes in the latest version (before: the latest, after: the admin's). */
    private static Map<String, TextDiff> changes(ContentKind kind, ContentSnapshot latest, ContentForm form) {
        Map<String, TextDiff> changes = new LinkedHashMap<>();
        kind.fields().forEach(field -> changes.put(field.name(),
                TextDiff.between(latest.working().get(field.name()), form.getFields().get(field.name()))));
        return changes;
    }

    /**
     * Shows the text as the public site would, whatever state it is in: previewing saves and checks
     * nothing, but says which fields have a link the site shows as plain text, which saving would refuse.
     */
    private String preview(ContentKind kind, ContentForm form, Model model) {
        model.addAttribute("preview", editing.preview(kind, form.getFields()));
        model.addAttribute("droppedLinks", kind.fields().stream().map(ContentKind.Field::name)
                .filter(name -> MarkdownLinks.anyRefused(form.getFields().get(name))).toList());
        model.addAttribute("previewing", true);
        return "admin/content/edit";
    }

    /** A page's slug is its address, so no two pages may share one; this needs the database, so it is checked here. */
    private void rejectTakenSlug(ContentKind kind, ContentForm form, Long pageId, BindingResult binding) {
        if (kind == ContentKind.PAGE && !binding.hasFieldErrors("fields[slug]")
                && editing.slugTakenByAnotherPage(form.getFields().get("slug"), pageId)) {
            binding.rejectValue("fields[slug]", "edit.error.slugTaken");
        }
    }

    /** Also refuses a new advice text: which exist is fixed by the questionnaire's rules and caveats. */
    private void requirePageWhenNeeded(ContentKind kind, Long page, Model model) {
        if (kind.isAdvice()) {
            throw new NotFoundException("Advice texts cannot be added, only edited");
        }
        if (kind.belongsToPage()) {
            if (page == null) {
                throw new NotFoundException("No page given for the new item");
            }
            model.addAttribute("parent", editing.page(page));
        }
    }

    private RevisionHistory.Entry findRevision(ContentKind kind, long id, int number) {
        return editing.revision(kind, id, number).orElseThrow(() -> new NotFoundException("No revision " + number));
    }
}
