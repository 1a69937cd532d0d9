package com.legacytraining.advisor.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import com.legacytraining.advisor.WebIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@WebIntegrationTest
class QuestionnaireServiceTests {

    private static final String SEEDED_HINT = "Choose the place where this group spends most of its working time.";

    @Autowired
    QuestionnaireService questionnaire;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void restoreSeed() {
        jdbc.sql("update question set hint = ? where question_key = 'setting'").param(SEEDED_HINT).update();
        bumpGeneration();
    }

    @Test
    void theDatabaseSeedEqualsTheSeededQuestionnaireFixture() {
        // Record equality compares every key, position, text, hint and point, in order.
        assertThat(questionnaire.current()).isEqualTo(SeededQuestionnaire.definition());
    }

    @Test
    void servesTheCachedDefinitionUntilTheContentGenerationMovesOn() {
        questionnaire.current();
        jdbc.sql("update question set hint = 'Changed behind the cache' where question_key = 'setting'").update();

        assertThat(questionnaire.current().question("setting").orElseThrow().hint()).isEqualTo(SEEDED_HINT);

        bumpGeneration();

        assertThat(questionnaire.current().question("setting").orElseThrow().hint())
                .isEqualTo("Changed behind the cache");
    }

    private void bumpGeneration() {
        jdbc.sql("update content_generation set generation = generation + 1 where id = 1").update();
    }
}
