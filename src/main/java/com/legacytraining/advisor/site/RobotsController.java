package com.legacytraining.advisor.site;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** robots.txt names the sitemap by absolute URL, which depends on where the site is served. */
@RestController
class RobotsController {

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    String robots() {
        String sitemap = ServletUriComponentsBuilder.fromCurrentContextPath().path("/sitemap.xml").toUriString();
        return """
                User-agent: *
                Disallow: /admin/
                Disallow: /api/
                Sitemap: %s
                """.formatted(sitemap);
    }
}
