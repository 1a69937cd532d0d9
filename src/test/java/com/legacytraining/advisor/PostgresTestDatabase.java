package com.legacytraining.advisor;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * In the PostgreSQL run of the suite (system property {@value #SWITCH}, set by the pom's
 * {@code postgresql} profile), moves every application the tests start from its own in-memory H2 to a
 * schema of its own in the PostgreSQL that ADVISOR_TEST_POSTGRES_URL names: created empty, migrated by
 * Flyway as H2 would be, dropped after the application's last bean is destroyed. So, as on H2, no Spring
 * context ever sees another's writes. An application given another database explicitly (a second instance
 * on the same schema) only gets the credentials. Registered in {@code META-INF/spring.factories}; does nothing in the
 * H2 run.
 */
class PostgresTestDatabase implements EnvironmentPostProcessor, Ordered {

    /** The system property that selects PostgreSQL for every test application in this JVM. */
    static final String SWITCH = "advisor.test.postgresql";

    private static final String URL = System.getenv("ADVISOR_TEST_POSTGRES_URL");

    private static final String USERNAME = System.getenv("ADVISOR_TEST_POSTGRES_USERNAME");

    private static final String PASSWORD = System.getenv("ADVISOR_TEST_POSTGRES_PASSWORD");

    /** Whether this JVM runs the tests on PostgreSQL. */
    static boolean selected() {
        return Boolean.getBoolean(SWITCH);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!selected()) {
            return;
        }
        if (URL == null || URL.isBlank()) {
            throw new IllegalStateException(SWITCH + " is set but ADVISOR_TEST_POSTGRES_URL is not");
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.username", USERNAME);
        properties.put("spring.datasource.password", PASSWORD);
        String configured = environment.getProperty("spring.datasource.url", "");
        if (configured.startsWith("jdbc:h2:mem:")) {
            String schema = createSchema();
            // A commit need not wait for the disk: nothing here must survive a crash, and the run is faster.
            properties.put("spring.datasource.url", URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema
                    + "&options=-c%20synchronous_commit%3Doff");
            // Dropped once every bean is destroyed, not at the context-closed event: beans such as Spring
            // Session's repository keep using the database (its scheduled cleanup) until their own destruction.
            // Registered before any bean exists, so destroyed after all of them.
            application.addInitializers(context -> ((DefaultSingletonBeanRegistry) context.getBeanFactory())
                    .registerDisposableBean(PostgresTestDatabase.class.getName(), () -> dropSchema(schema)));
        }
        environment.getPropertySources().addFirst(new MapPropertySource("postgresTestDatabase", properties));
    }

    @Override
    public int getOrder() {
        // After application.properties and the tests' own properties are in the environment.
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static String createSchema() {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("create schema " + schema);
        return schema;
    }

    private static void dropSchema(String schema) {
        try {
            // Waits briefly for a lock, so a session still open cannot hold up the end of the run.
            execute("set lock_timeout = '5s'; drop schema if exists " + schema + " cascade");
        } catch (IllegalStateException leftBehind) {
            // Only tidiness: a schema left behind is never used again, and CI's database is new each run.
        }
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(URL, USERNAME, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failure) {
            throw new IllegalStateException("PostgreSQL for the tests at " + URL + ": " + failure.getMessage(), failure);
        }
    }
}
