package com.legacytraining.advisor.site;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The names the site shows, set per deployment. */
@ConfigurationProperties("advisor.site")
public record SiteProperties(String name, String organisation) {
}
