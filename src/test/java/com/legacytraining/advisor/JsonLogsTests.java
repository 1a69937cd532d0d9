package com.legacytraining.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.json.JsonParserFactory;

/**
 * Logs are plain text, or with {@code ADVISOR_LOG_FORMAT} one JSON object a line for a log shipper.
 * Logging is set up once per JVM while any application in it runs, and the test JVM keeps the other
 * test classes' applications open, so each case starts a JVM of its own: an application with no beans
 * at all, started with the application's configuration, logs as the real one does. The tests' own
 * {@code logback-test.xml} would take the place of Spring Boot's set-up there, so the JSON case names
 * {@code logback-structured-test.xml}, which is that set-up.
 */
class JsonLogsTests {

    private static final String LINE = "A line for the log shipper";

    @Test
    void withAFormatNamedEveryLineIsAJsonObject() throws Exception {
        List<String> lines = run("--ADVISOR_LOG_FORMAT=ecs", "--logging.config=classpath:logback-structured-test.xml");

        assertThat(lines).as("the banner, start-up and our line").hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(line -> assertThatNoException().as(line)
                        .isThrownBy(() -> JsonParserFactory.getJsonParser().parseMap(line)));
        assertThat(lines.stream().map(line -> JsonParserFactory.getJsonParser().parseMap(line)))
                .anySatisfy(json -> {
                    assertThat(json).containsEntry("message", LINE).containsKey("@timestamp");
                    assertThat(json.toString()).contains("INFO");
                });
    }

    @Test
    void withoutOneLinesArePlainText() throws Exception {
        assertThat(run().stream().filter(line -> line.contains(LINE)))
                .singleElement().satisfies(line -> assertThat(line).doesNotStartWith("{").contains(" INFO "));
    }

    /** Starts {@link Probe} in a JVM of its own and returns the lines it printed. */
    private static List<String> run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Probe.class.getName()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the probe ends").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().filter(line -> !line.isBlank()).toList();
    }

    /** An application with no beans: it starts, logs {@link #LINE} and stops. */
    static class Probe {

        public static void main(String[] arguments) {
            try (var app = new SpringApplicationBuilder(Probe.class).web(WebApplicationType.NONE).run(arguments)) {
                LoggerFactory.getLogger(JsonLogsTests.class).info(LINE);
            }
        }
    }
}
