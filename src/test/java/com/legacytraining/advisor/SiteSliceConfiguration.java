package com.legacytraining.advisor;

import com.legacytraining.advisor.site.SiteProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * What the site's model advice needs in a {@code @WebMvcTest} slice, which leaves out the
 * application's {@code @ConfigurationPropertiesScan}: the site properties every layout shows.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(SiteProperties.class)
public class SiteSliceConfiguration {
}
