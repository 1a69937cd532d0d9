package com.legacytraining.advisor.content.web;

import com.legacytraining.advisor.content.ContentKind;
import com.legacytraining.advisor.content.CrossReferences;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** On an advice text's editor: choosing the guidance sections it cites, and confirming it after they changed. */
@Controller
@RequestMapping("/admin/content/{kindPath}/{id}/citations")
class CitationController {

    private final CrossReferences crossReferences;

    CitationController(CrossReferences crossReferences) {
        this.crossReferences = crossReferences;
    }

    @PostMapping
    String cite(@PathVariable("kindPath") ContentKind kind, @PathVariable long id,
            @RequestParam(name = "section", required = false) List<Long> sections, Principal who,
            RedirectAttributes redirect) {
        crossReferences.cite(kind, id, sections == null ? Set.of() : Set.copyOf(sections), who.getName());
        redirect.addFlashAttribute("message", "citations.flash.saved");
        return "redirect:/admin/content/" + kind.path() + "/" + id + "#citations-heading";
    }

    @PostMapping("/confirm")
    String confirm(@PathVariable("kindPath") ContentKind kind, @PathVariable long id, Principal who,
            RedirectAttributes redirect) {
        crossReferences.confirm(kind, id, who.getName());
        redirect.addFlashAttribute("message", "citations.flash.confirmed");
        return "redirect:/admin/content/" + kind.path() + "/" + id;
    }
}
