package com.legacytraining.advisor.content.web;

import com.legacytraining.advisor.content.ContentService;

import com.legacytraining.advisor.content.PublishedContent;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import com.legacytraining.advisor.site.SiteProperties;
import org.springframework.web.util.HtmlUtils;

/** Lists every public, indexable page for search engines. */
@RestController
class SitemapController {

    /** The pages made of every guidance page's content, so they change whenever one does. */
    private static final List<String> LISTS = List.of("/", "/guidance", "/key-points", "/faq");

    private final ContentService content;
    private final SiteProperties site;

    SitemapController(ContentService content, SiteProperties site) {
        this.content = content;
        this.site = site;
    }

    /**
     * The sitemap, each guidance page with its {@code lastmod} (the day its text last changed), the
     * lists of guidance with the latest of those; the questionnaire, whose content is not guidance,
     * without one.
     */
    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    String sitemap() {
        List<PublishedContent.Page> pages = content.published().pages();
        LocalDate latest = pages.stream().map(PublishedContent.Page::lastUpdated).max(Comparator.naturalOrder())
                .orElse(null);
        Map<String, LocalDate> paths = new LinkedHashMap<>();
        LISTS.forEach(path -> paths.put(path, latest));
        paths.put("/questionnaire", null);
        pages.forEach(page -> paths.put("/guidance/" + page.slug(), page.lastUpdated()));
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        paths.forEach((path, lastModified) -> {
            xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(site.absolute(path))).append("</loc>");
            if (lastModified != null) {
                xml.append("<lastmod>").append(lastModified).append("</lastmod>");
            }
            xml.append("</url>\n");
        });
        return xml.append("</urlset>\n").toString();
    }
}
