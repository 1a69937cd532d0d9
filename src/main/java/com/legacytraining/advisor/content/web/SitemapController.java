package com.legacytraining.advisor.content.web;

import com.legacytraining.advisor.content.ContentService;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import com.legacytraining.advisor.site.SiteProperties;
import org.springframework.web.util.HtmlUtils;

/** Lists every public, indexable page for search engines. */
@RestController
class SitemapController {

    private static final List<String> FIXED_PATHS = List.of("/", "/guidance", "/key-points", "/faq", "/questionnaire");

    private final ContentService content;
    private final SiteProperties site;

    SitemapController(ContentService content, SiteProperties site) {
        this.content = content;
        this.site = site;
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    String sitemap() {
        List<String> paths = new ArrayList<>(FIXED_PATHS);
        content.published().pages().forEach(page -> paths.add("/guidance/" + page.slug()));
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        paths.forEach(path -> xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(site.absolute(path))).append("</loc></url>\n"));
        return xml.append("</urlset>\n").toString();
    }
}
