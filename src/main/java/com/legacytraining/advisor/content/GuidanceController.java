package com.legacytraining.advisor.content;

import com.legacytraining.advisor.site.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class GuidanceController {

    private final ContentService content;

    GuidanceController(ContentService content) {
        this.content = content;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("content", content.published());
        return "content/home";
    }

    @GetMapping("/guidance")
    String guidanceList(Model model) {
        model.addAttribute("content", content.published());
        return "content/guidance-list";
    }

    @GetMapping("/guidance/{slug}")
    String guidancePage(@PathVariable String slug, Model model) {
        PublishedContent published = content.published();
        model.addAttribute("page", published.page(slug)
                .orElseThrow(() -> new NotFoundException("No guidance page at " + slug)));
        return "content/guidance-page";
    }

    @GetMapping("/key-points")
    String keyPoints(Model model) {
        model.addAttribute("content", content.published());
        return "content/key-points";
    }

    @GetMapping("/faq")
    String faq(Model model) {
        model.addAttribute("content", content.published());
        return "content/faq";
    }
}
