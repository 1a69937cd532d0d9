package com.legacytraining.advisor.questionnaire.web;

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
import java.util.Set;
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
                        try {
                            boolean api = request.getRequestURI().endsWith(RecommendationApiController.PATH);
                            var parameters = UriComponentsBuilder.newInstance().query(request.getQueryString())
                                    .build().getQueryParams();
                            var decoded = new org.springframework.util.LinkedMultiValueMap<String, String>();
                            parameters.forEach((name, values) -> values.forEach(value -> decoded.add(decode(name),
                                    value == null ? "" : decode(value))));
                            AnswersParseResult parsed = Answers.parse(questionnaire.current(), decoded, Set.of("v",
                                    "change"));
                            if (!parsed.hasProblems() && parsed.isComplete()) {
                                Answers answers = parsed.answers();
                                events.publishEvent(new ResultShown(answers,
                                        scoring.score(answers.definition(), answers), api));
                            }
                        } catch (RuntimeException failed) {
                            log.warn("Could not count a result view: {}", failed.toString());
                        }
                    }
                });
        // Outside the page cache (HIGHEST_PRECEDENCE + 1), so kept pages are counted too.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static String decode(String text) {
        return java.net.URLDecoder.decode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
