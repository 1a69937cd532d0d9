package com.legacytraining.advisor.questionnaire;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The scoring service is plain Java with no Spring type in it; it becomes a bean here. */
@Configuration(proxyBeanMethods = false)
class QuestionnaireConfiguration {

    @Bean
    ScoringService scoringService() {
        return new ScoringService();
    }
}
