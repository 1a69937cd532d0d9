package com.legacytraining.advisor.questionnaire;

import com.legacytraining.advisor.questionnaire.impact.AnswerSetImpact;
import com.legacytraining.advisor.questionnaire.impact.ScenarioImpact;
import com.legacytraining.advisor.questionnaire.scoring.Counterfactuals;
import com.legacytraining.advisor.questionnaire.scoring.ScoringService;
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
    Counterfactuals counterfactuals(ScoringService scoring) {
        return new Counterfactuals(scoring);
    }

    @Bean
    ScenarioImpact scenarioImpact(ScoringService scoring) {
        return new ScenarioImpact(scoring);
    }

    @Bean
    AnswerSetImpact answerSetImpact() {
        return new AnswerSetImpact();
    }
}
