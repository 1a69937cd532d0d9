package com.legacytraining.advisor.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The site's own servlet filters, in the order they run: one address per page, then the page cache
 * (a kept page is answered before anything else runs), then caching headers, then the answer to
 * parameters Tomcat cannot read, around everything that may read them, then the removal of NUL
 * characters from parameters, before anything reads them. Public responses may
 * be kept by browsers but must be revalidated (the page cache's ETag makes that cheap), so an edit
 * shows on the next request; admin pages are never stored anywhere. Static files get long-lived,
 * content-hashed URLs ({@link WebResourcesConfiguration}), whose handler sets its own header.
 */
@Configuration(proxyBeanMethods = false)
class SiteFilters {

    @Bean
    FilterRegistrationBean<TrailingSlashRedirectFilter> trailingSlashRedirectFilter() {
        FilterRegistrationBean<TrailingSlashRedirectFilter> registration =
                new FilterRegistrationBean<>(new TrailingSlashRedirectFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, ContentGeneration generation) {
        FilterRegistrationBean<PageCacheFilter> registration =
                new FilterRegistrationBean<>(new PageCacheFilter(cache, generation));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> cacheControlFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                boolean admin = path.equals("/admin") || path.startsWith("/admin/");
                response.setHeader("Cache-Control", admin ? "no-store" : "no-cache");
                chain.doFilter(request, response);
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Bean
    FilterRegistrationBean<UnreadableParametersFilter> unreadableParametersFilter() {
        FilterRegistrationBean<UnreadableParametersFilter> registration =
                new FilterRegistrationBean<>(new UnreadableParametersFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        return registration;
    }

    @Bean
    FilterRegistrationBean<NulFreeParametersFilter> nulFreeParametersFilter() {
        FilterRegistrationBean<NulFreeParametersFilter> registration =
                new FilterRegistrationBean<>(new NulFreeParametersFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 4);
        return registration;
    }
}
