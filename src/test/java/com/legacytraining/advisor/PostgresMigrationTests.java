package com.legacytraining.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.legacytraining.advisor.content.ContentService;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same migrations and entity mappings on a real PostgreSQL, the production database. Runs when
 * ADVISOR_TEST_POSTGRES_URL names an empty database (.ci/run starts one); skipped elsewhere, except
 * under CI=true, where a missing database fails the build.
 */
@SpringBootTest
class PostgresMigrationTests {

    private static final String URL = System.getenv("ADVISOR_TEST_POSTGRES_URL");

    @BeforeAll
    static void requirePostgres() {
        if (URL == null || URL.isBlank()) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true but ADVISOR_TEST_POSTGRES_URL is not set: run the tests through .ci/run");
            }
            Assumptions.abort("No PostgreSQL: set ADVISOR_TEST_POSTGRES_URL (see .ci/run) to run these tests");
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        if (URL != null && !URL.isBlank()) {
            registry.add("spring.datasource.url", () -> URL);
            registry.add("spring.datasource.username", () -> System.getenv("ADVISOR_TEST_POSTGRES_USERNAME"));
            registry.add("spring.datasource.password", () -> System.getenv("ADVISOR_TEST_POSTGRES_PASSWORD"));
        }
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ContentService content;

    @Test
    void everyMigrationRunsAndTheEntitiesMatchTheSchema() {
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where success = false").query(Long.class).single())
                .isZero();
        assertThat(content.published().page("pmva-vs-breakaway-training")).hasValueSatisfying(page -> {
            assertThat(page.sections()).hasSize(6);
            assertThat(page.keyPoints()).hasSize(3);
            assertThat(page.faqs()).hasSize(3);
        });
        assertThat(jdbc.sql("select count(*) from question").query(Long.class).single()).isEqualTo(12);
        assertThat(jdbc.sql("select count(*) from scenario where expected_rules = ''").query(Long.class).single())
                .isEqualTo(12);
    }
}
