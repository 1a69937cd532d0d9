package com.legacytraining.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
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

    /**
     * Spring Session deletes expired sessions on a schedule until its repository is destroyed, which
     * comes after the context-closed event: a schema dropped at that event failed the cleanup that ran
     * in between ("relation spring_session does not exist"), an error CI caught once.
     */
    @Test
    void anApplicationStillFindsItsSchemaWhileItsBeansAreDestroyed() {
        Assumptions.assumeTrue(PostgresTestDatabase.selected(), "Checked in the PostgreSQL run (surefire:test@postgresql)");
        UsesTheDatabaseUntilDestroyed.rowsSeenWhenDestroyed = -1;
        try (ConfigurableApplicationContext application = new SpringApplicationBuilder(UsesTheDatabaseUntilDestroyed.class)
                .web(WebApplicationType.NONE)
                .properties("spring.datasource.url=jdbc:h2:mem:closing", "spring.main.banner-mode=off")
                .run()) {
            assertThat(application.getBean(UsesTheDatabaseUntilDestroyed.class).rows()).isEqualTo(1);
        }
        assertThat(UsesTheDatabaseUntilDestroyed.rowsSeenWhenDestroyed).isEqualTo(1);
    }

    /**
     * Like Spring Session's repository: a bean that uses the database up to its own destruction. Not a
     * {@code @Configuration}, which would replace the application this test class runs against.
     */
    static class UsesTheDatabaseUntilDestroyed implements DisposableBean {

        static volatile long rowsSeenWhenDestroyed;

        private final JdbcTemplate jdbc;

        UsesTheDatabaseUntilDestroyed(Environment environment) {
            jdbc = new JdbcTemplate(new DriverManagerDataSource(environment.getRequiredProperty("spring.datasource.url"),
                    environment.getProperty("spring.datasource.username"), environment.getProperty("spring.datasource.password")));
            jdbc.execute("create table closing_check (id int)");
            jdbc.execute("insert into closing_check values (1)");
        }

        long rows() {
            return jdbc.queryForObject("select count(*) from closing_check", Long.class);
        }

        @Override
        public void destroy() {
            rowsSeenWhenDestroyed = rows();
        }
    }
}
