package com.legacytraining.advisor.site;

import java.time.Duration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static files live under their own narrow path, {@code /assets/**}, with content-hashed names
 * ({@code /assets/css/site-5d41402a.css}) that can be cached for a year and never revalidated: a
 * change gives a new name. Links in templates get the hashed name through
 * {@link ResourceUrlEncodingFilter}; since only {@code /assets/**} is a resource path, every other
 * link on a page is passed over without a look-up.
 */
@Configuration(proxyBeanMethods = false)
class WebResourcesConfiguration implements WebMvcConfigurer {

    private static final CacheControl HASHED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    // The favicon's address is fixed (browsers ask for /favicon.ico), so it must be revalidated now and then.
    private static final CacheControl FIXED_NAME = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/static/assets/")
                .setCacheControl(HASHED)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        registry.addResourceHandler("/favicon.ico", "/favicon.svg")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(FIXED_NAME);
    }

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }
}
