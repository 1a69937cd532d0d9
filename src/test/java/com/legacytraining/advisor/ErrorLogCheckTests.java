package com.legacytraining.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ErrorLogCheck} cannot pass vacuously: small fixture classes that log on purpose run through
 * JUnit here, registered as every test class is, and their outcomes are what the check promises.
 */
class ErrorLogCheckTests {

    private static final String FIXTURE_LOGGER = "com.legacytraining.advisor.ErrorLogCheckTests.fixture";
    private static volatile boolean runningFixtures;

    @Test
    void aTestThatLogsAnErrorItDidNotDeclareFailsAndTheFailureNamesIt() {
        Events tests = run(LogsUndeclared.class);

        assertThat(tests.failed().count()).isEqualTo(1);
        assertThat(failureMessages(tests)).singleElement().asString()
                .contains("no @ProvokesErrorLog declares", FIXTURE_LOGGER, "the disk is full");
    }

    @Test
    void aTestThatDeclaresTheErrorItProvokesPasses() {
        Events tests = run(LogsDeclared.class);

        assertThat(tests.succeeded().count()).isEqualTo(1);
        assertThat(tests.failed().count()).isZero();
    }

    @Test
    void aDeclarationOfAnotherErrorDoesNotCoverIt() {
        assertThat(run(LogsAnotherThanDeclared.class).failed().count()).isEqualTo(1);
    }

    @Test
    void aTestThatDeclaresAnErrorItNoLongerProvokesFails() {
        Events tests = run(DeclaresButDoesNotLog.class);

        assertThat(failureMessages(tests)).singleElement().asString().contains("declares an ERROR it did not provoke");
    }

    @Test
    void anErrorLoggedWhileAClassIsSetUpFailsItsFirstTest() {
        Events tests = run(LogsWhileSettingUp.class);

        assertThat(tests.failed().count()).isEqualTo(1);
        assertThat(failureMessages(tests)).singleElement().asString().contains("set up", "cannot reach the database");
    }

    @Test
    void aSevereJavaUtilLoggingRecordCountsAsAnError() {
        assertThat(run(LogsSevereThroughJavaUtilLogging.class).failed().count()).isEqualTo(1);
    }

    @Test
    void aWarningIsNotAnError() {
        assertThat(run(LogsAWarning.class).failed().count()).isZero();
    }

    static boolean runningFixtures() {
        return runningFixtures;
    }

    /** Runs one fixture class as Maven would, with the same junit-platform.properties, so auto-detection is tested too. */
    private static Events run(Class<?> fixture) {
        runningFixtures = true;
        try {
            return EngineTestKit.engine("junit-jupiter")
                    .enableImplicitConfigurationParameters(true)
                    .selectors(selectClass(fixture))
                    .execute()
                    .testEvents();
        }
        finally {
            runningFixtures = false;
        }
    }

    private static List<String> failureMessages(Events tests) {
        return tests.failed().stream()
                .map(event -> event.getRequiredPayload(TestExecutionResult.class).getThrowable()
                        .map(Throwable::getMessage).orElse(""))
                .toList();
    }

    @EnabledIf("com.legacytraining.advisor.ErrorLogCheckTests#runningFixtures")
    static class LogsUndeclared {

        @Test
        void logs() {
            LoggerFactory.getLogger(FIXTURE_LOGGER).error("Could not save: the disk is full");
        }
    }

    @EnabledIf("com.legacytraining.advisor.ErrorLogCheckTests#runningFixtures")
    static class LogsDeclared {

        @Test
        @ProvokesErrorLog(logger = FIXTURE_LOGGER, containing = "disk is full", why = "a fixture")
        void logs() {
            LoggerFactory.getLogger(FIXTURE_LOGGER).error("Could not save", new IllegalStateException("the disk is full"));
        }
    }

    @EnabledIf("com.legacytraining.advisor.ErrorLogCheckTests#runningFixtures")
    static class LogsAnotherThanDeclared {

        @Test
        @ProvokesErrorLog(logger = FIXTURE_LOGGER, containing = "disk is full", why = "a fixture")
        void logs() {
            Logger log = LoggerFactory.getLogger(FIXTURE_LOGGER);
            log.error("Could not save: the disk is full");
            log.error("Could not send the mail");
        }
    }

    @EnabledIf("com.legacytraining.advisor.ErrorLogCheckTests#runningFixtures")
    static class DeclaresButDoesNotLog {

        @Test
        @ProvokesErrorLog(logger = FIXTURE_LOGGER, containing = "disk is full", why = "a fixture")
        void logsNothing() {
        }
    }

    @EnabledIf("com.legacytraining.advisor.ErrorLogCheckTests#runningFixtures")
    static class LogsWhileSettingUp {

        @BeforeAll
        static void setUp() {
            LoggerFactory.getLogger(FIXTURE_LOGGER).error("Start-up failed: cannot reach the database");
        }

        @Test
        void first() {
        }

        @Test
        void second() {
        }
    }

    @EnabledIf("com.legacytraining.advisor.ErrorLogCheckTests#runningFixtures")
    static class LogsSevereThroughJavaUtilLogging {

        @Test
        void logs() {
            java.util.logging.Logger.getLogger(FIXTURE_LOGGER).log(Level.SEVERE, "Font file unreadable");
        }
    }

    @EnabledIf("com.legacytraining.advisor.ErrorLogCheckTests#runningFixtures")
    static class LogsAWarning {

        @Test
        void logs() {
            LoggerFactory.getLogger(FIXTURE_LOGGER).warn("Mail server slow to answer");
        }
    }
}
