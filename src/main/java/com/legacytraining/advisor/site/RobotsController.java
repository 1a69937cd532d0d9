package com.legacytraining.advisor.site;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** robots.txt names the sitemap by absolute URL, built from the configured address of the site. */
@RestController
class RobotsController {

    private final SiteProperties site;

    RobotsController(SiteProperties site) {
        this.site = site;
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    String robots() {
        String sitemap = site.absolute("/sitemap.xml");
        return """
                User-agent: *
                Disallow: /admin/
                Disallow: /api/
                Sitemap: %s
                """.formatted(sitemap);
    }
}
