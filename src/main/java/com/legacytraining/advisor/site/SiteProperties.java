package com.legacytraining.advisor.site;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The names the site shows and the address it is served at, set per deployment.
 *
 * @param baseUrl the public address, such as {@code https://advisor.example.org}, without a trailing
 *        slash: absolute links (robots.txt, the sitemap) are built from it, never from a request's
 *        Host or forwarded headers, which anyone can set
 */
@ConfigurationProperties("advisor.site")
public record SiteProperties(String name, String organisation, URI baseUrl) {

    /** The absolute URL of a path on this site, such as {@code /faq}. */
    public String absolute(String path) {
        String base = baseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
