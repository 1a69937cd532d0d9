package com.legacytraining.advisor.content.web;

import com.legacytraining.advisor.content.ContentKind;
import com.legacytraining.advisor.content.CrossReferences;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
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
            @RequestParam(name = "section", required = false) List<String> sections, Principal who,
            RedirectAttributes redirect) {
        crossReferences.cite(kind, id, sectionIds(sections), who.getName());
        redirect.addFlashAttribute("message", "citations.flash.saved");
        return "redirect:/admin/content/" + kind.path() + "/" + id + "#citations-heading";
    }

    /**
     * The ticked sections' ids, as plain decimals only: Spring's own conversion of a list of numbers
     * would also read {@code 0x10} as 16.
     *
     * @throws ResponseStatusException 400 for anything the form's check boxes never send
     */
    private static Set<Long> sectionIds(List<String> sections) {
        if (sections == null) {
            return Set.of();
        }
        if (!sections.stream().allMatch(section -> section.matches("[1-9][0-9]{0,17}"))) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not a section id");
        }
        return sections.stream().map(Long::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    @PostMapping("/confirm")
    String confirm(@PathVariable("kindPath") ContentKind kind, @PathVariable long id, Principal who,
            RedirectAttributes redirect) {
        crossReferences.confirm(kind, id, who.getName());
        redirect.addFlashAttribute("message", "citations.flash.confirmed");
        return "redirect:/admin/content/" + kind.path() + "/" + id;
    }
}
