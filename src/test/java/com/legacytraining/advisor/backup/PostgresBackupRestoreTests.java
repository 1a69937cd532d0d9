package com.legacytraining.advisor.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.legacytraining.advisor.TrainingAdvisorApplication;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The README's PostgreSQL backup and restore, as scripts (ops/backup-postgres, ops/restore-postgres), on a real
 * PostgreSQL: a restore gives back exactly what every table held when the backup was made. Runs when
 * ADVISOR_TEST_POSTGRES_URL names a database (.ci/run sets one) and pg_dump and pg_restore are installed; skipped
 * elsewhere, except under CI=true, where either missing fails the build. It works in a schema of its own
 * (t_backup_ and random letters), made and dropped here, and touches nothing else in that database.
 */
class PostgresBackupRestoreTests {

    private static final String URL = System.getenv("ADVISOR_TEST_POSTGRES_URL");
    private static final String USERNAME = System.getenv("ADVISOR_TEST_POSTGRES_USERNAME");
    private static final String PASSWORD = System.getenv("ADVISOR_TEST_POSTGRES_PASSWORD");

    private final String schema = "t_backup_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36);

    @TempDir
    Path folder;

    @BeforeAll
    static void requirePostgresAndItsTools() {
        String missing = URL == null || URL.isBlank() ? "ADVISOR_TEST_POSTGRES_URL is not set (see .ci/run)"
                : !onPath("pg_dump") || !onPath("pg_restore") ? "pg_dump or pg_restore is not on the PATH" : null;
        if (missing != null) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true but " + missing + ": run the tests through .ci/run");
            }
            Assumptions.abort("No PostgreSQL backup test: " + missing);
        }
    }

    @AfterEach
    void dropTheSchema() throws Exception {
        if (URL != null && !URL.isBlank()) {
            try (Connection connection = DriverManager.getConnection(URL, USERNAME, PASSWORD)) {
                connection.createStatement().execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    @Test
    void aRestoredDumpHoldsExactlyWhatTheDatabaseHeldWhenItWasMade() throws Exception {
        Map<String, List<String>> atBackup;
        Path dump = folder.resolve("advisor.dump");
        try (ConfigurableApplicationContext site = start()) {
            DataSource dataSource = site.getBean(DataSource.class);
            SiteWork work = SiteWork.done(site);

            atBackup = TableDump.of(dataSource, schema);
            OpsScripts.Ran backedUp = OpsScripts.run(settings(), "ops/backup-postgres", dump.toString());
            assertThat(backedUp.status()).as(backedUp.output()).isZero();

            work.changeAndDelete();
            assertThat(TableDump.of(dataSource, schema)).as("the changes after the backup").isNotEqualTo(atBackup);
        }

        OpsScripts.Ran restored = OpsScripts.run(settings(), "ops/restore-postgres", dump.toString());
        assertThat(restored.status()).as(restored.output()).isZero();

        try (ConfigurableApplicationContext again = start()) {
            assertThat(TableDump.of(again.getBean(DataSource.class), schema)).isEqualTo(atBackup);
        }
    }

    /** The site on this test's schema, as production runs it on PostgreSQL. */
    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(TrainingAdvisorApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + schemaUrl(), "--spring.datasource.username=" + USERNAME,
                "--spring.datasource.password=" + PASSWORD, "--spring.flyway.schemas=" + schema,
                "--advisor.backup.directory=" + folder.resolve("backups"));
    }

    /** The settings the site reads, which the scripts read too. */
    private Map<String, String> settings() {
        return Map.of("ADVISOR_DATABASE_URL", schemaUrl(), "ADVISOR_DATABASE_USERNAME", USERNAME,
                "ADVISOR_DATABASE_PASSWORD", PASSWORD);
    }

    private String schemaUrl() {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static boolean onPath(String command) {
        return OpsScripts.run(Map.of(), "sh", "-c", "command -v " + command).status() == 0;
    }
}
