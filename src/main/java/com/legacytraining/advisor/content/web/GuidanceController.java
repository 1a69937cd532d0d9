package com.legacytraining.advisor.content.web;

import com.legacytraining.advisor.content.SlugRedirects;
import com.legacytraining.advisor.content.ContentService;
import com.legacytraining.advisor.content.PublishedContent;

import com.legacytraining.advisor.site.NotFoundException;
import com.legacytraining.advisor.site.SiteProperties;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class GuidanceController {

    static final String SHARE_IMAGE = "/assets/images/share.png";

    private final ContentService content;
    private final SlugRedirects slugRedirects;
    private final SiteProperties site;
    private final ResourceUrlProvider resourceUrls;

    GuidanceController(ContentService content, SlugRedirects slugRedirects, SiteProperties site,
            ResourceUrlProvider resourceUrls) {
        this.content = content;
        this.slugRedirects = slugRedirects;
        this.site = site;
        this.resourceUrls = resourceUrls;
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
    String guidancePage(@PathVariable String slug, Model model, HttpServletResponse response) {
        Optional<PublishedContent.Page> page = content.published().page(slug);
        if (page.isEmpty()) {
            // A renamed page keeps its old address working, permanently redirected.
            String current = slugRedirects.currentSlugFor(slug)
                    .orElseThrow(() -> new NotFoundException("No guidance page at " + slug));
            response.setStatus(HttpStatus.MOVED_PERMANENTLY.value());
            response.setHeader("Location", "/guidance/" + current);
            return null;
        }
        model.addAttribute("page", page.get());
        model.addAttribute("ogType", "article");
        String image = Optional.ofNullable(resourceUrls.getForLookupPath(SHARE_IMAGE)).orElse(SHARE_IMAGE);
        model.addAttribute("structuredData", ArticleStructuredData.of(page.get(), site, image));
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
