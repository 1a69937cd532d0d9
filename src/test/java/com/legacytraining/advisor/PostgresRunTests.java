package com.legacytraining.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The suite runs a second time on a real PostgreSQL, the production database, when
 * ADVISOR_TEST_POSTGRES_URL names one (.ci/run starts one): every test but the browser ones, each Spring
 * context in a schema of its own ({@link PostgresTestDatabase}). This proves that run really is on
 * PostgreSQL, and that CI cannot skip it: under CI=true a missing database fails the build.
 */
@WebIntegrationTest
class PostgresRunTests {

    @BeforeAll
    static void requirePostgres() {
        String url = System.getenv("ADVISOR_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true but ADVISOR_TEST_POSTGRES_URL is not set: run the tests through .ci/run");
            }
            Assumptions.abort("No PostgreSQL: set ADVISOR_TEST_POSTGRES_URL (see .ci/run) to run the suite on it too");
        }
    }

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSecondRunMigratesASchemaOfItsOwnOnPostgresql() throws SQLException {
        Assumptions.assumeTrue(PostgresTestDatabase.selected(), "Checked in the PostgreSQL run (surefire:test@postgresql)");
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
        assertThat(jdbc.sql("select current_schema()").query(String.class).single()).startsWith("t_");
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where success = false").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from question").query(Long.class).single()).isEqualTo(12);
    }
}
