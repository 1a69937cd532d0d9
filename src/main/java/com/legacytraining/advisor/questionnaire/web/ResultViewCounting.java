package com.legacytraining.advisor.questionnaire.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.legacytraining.advisor.questionnaire.scoring.QuestionnaireDefinition;
import java.util.Optional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.legacytraining.advisor.questionnaire.QuestionnaireService;
import com.legacytraining.advisor.questionnaire.ResultShown;
import com.legacytraining.advisor.questionnaire.scoring.Answers;
import com.legacytraining.advisor.questionnaire.scoring.AnswersParseResult;
import com.legacytraining.advisor.questionnaire.scoring.ScoringService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Announces every result shown ({@link ResultShown}), for the anonymous statistics. A filter in front
 * of the page cache, because a kept result is served without reaching the controller: it counts
 * after the response is complete, and only a 200 or a 304 (the browser showing its kept copy). A
 * failure to count is logged and never reaches the visitor.
 */
@Configuration(proxyBeanMethods = false)
class ResultViewCounting {

    private static final Logger log = LoggerFactory.getLogger(ResultViewCounting.class);

    // What each result address shows, by questionnaire version: a kept page is counted without parsing
    // and scoring its answers again. Bounded like the page cache.
    private final Cache<String, Optional<ResultShown>> shown = Caffeine.newBuilder().maximumSize(10_000).build();

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> resultViewCountingFilter(QuestionnaireService questionnaire,
            ScoringService scoring, ApplicationEventPublisher events) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected boolean shouldNotFilter(HttpServletRequest request) {
                        String path = request.getRequestURI().substring(request.getContextPath().length());
                        return !"GET".equals(request.getMethod())
                                || !(path.equals(Journey.RESULT) || path.equals(RecommendationApiController.PATH));
                    }

                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                            FilterChain chain) throws ServletException, IOException {
                        chain.doFilter(request, response);
                        int status = response.getStatus();
                        if (status != HttpServletResponse.SC_OK && status != HttpServletResponse.SC_NOT_MODIFIED) {
                            return;
                        }
                        RequestAttributes previous = RequestContextHolder.getRequestAttributes();
                        try {
                            // Bound to the thread, so the questionnaire is read with the generation the
                            // page cache already read for this request, not with another query.
                            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
                            boolean api = request.getRequestURI().endsWith(RecommendationApiController.PATH);
                            QuestionnaireDefinition definition = questionnaire.current();
                            String key = definition.version() + (api ? " api " : " page ") + request.getQueryString();
                            shown.get(key, unused -> resultShown(definition, request.getQueryString(), api, scoring))
                                    .ifPresent(events::publishEvent);
                        } catch (RuntimeException failed) {
                            log.warn("Could not count a result view: {}", failed.toString());
                        } finally {
                            RequestContextHolder.setRequestAttributes(previous);
                        }
                    }
                });
        // Outside the page cache (HIGHEST_PRECEDENCE + 1), so kept pages are counted too.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** The result a query string shows, or empty when it shows none (bad or missing answers). */
    private static Optional<ResultShown> resultShown(QuestionnaireDefinition definition, String query, boolean api,
            ScoringService scoring) {
        var parameters = UriComponentsBuilder.newInstance().query(query).build().getQueryParams();
        var decoded = new org.springframework.util.LinkedMultiValueMap<String, String>();
        parameters.forEach((name, values) -> values.forEach(value -> decoded.add(decode(name),
                value == null ? "" : decode(value))));
        AnswersParseResult parsed = Answers.parse(definition, decoded, Journey.NOT_ANSWERS);
        if (parsed.hasProblems() || !parsed.isComplete()) {
            return Optional.empty();
        }
        Answers answers = parsed.answers();
        return Optional.of(new ResultShown(answers, scoring.score(definition, answers), api));
    }

    private static String decode(String text) {
        return java.net.URLDecoder.decode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
