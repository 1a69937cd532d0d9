package com.legacytraining.advisor.questionnaire;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The scoring service and the impact analysis are plain Java with no Spring type in them; they become beans here. */
@Configuration(proxyBeanMethods = false)
class QuestionnaireConfiguration {

    @Bean
    ScoringService scoringService() {
        return new ScoringService();
    }

    @Bean
    ImpactAnalysis impactAnalysis(ScoringService scoring) {
        return new ImpactAnalysis(scoring);
    }
}
