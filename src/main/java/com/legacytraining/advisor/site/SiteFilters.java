package com.legacytraining.advisor.site;

import jakarta.servlet.Filter;
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
        return inOrder(new TrailingSlashRedirectFilter(), 0);
    }

    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, ContentGeneration generation) {
        return inOrder(new PageCacheFilter(cache, generation), 1);
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> cacheControlFilter() {
        return inOrder(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                boolean admin = path.equals("/admin") || path.startsWith("/admin/");
                response.setHeader("Cache-Control", admin ? "no-store" : "no-cache");
                chain.doFilter(request, response);
            }
        }, 2);
    }

    @Bean
    FilterRegistrationBean<UnreadableParametersFilter> unreadableParametersFilter() {
        return inOrder(new UnreadableParametersFilter(), 3);
    }

    @Bean
    FilterRegistrationBean<NulFreeParametersFilter> nulFreeParametersFilter() {
        return inOrder(new NulFreeParametersFilter(), 4);
    }

    /** The filter at its place among the site's filters, all of them before Spring Security's. */
    private static <F extends Filter> FilterRegistrationBean<F> inOrder(F filter, int place) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + place);
        return registration;
    }
}
