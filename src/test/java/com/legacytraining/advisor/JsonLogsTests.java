package com.legacytraining.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Logs are plain text, or with {@code ADVISOR_LOG_FORMAT} one JSON object a line for a log shipper.
 * Logging is set up from the application's configuration before any bean exists, so an application
 * with no beans at all, started with that configuration, logs as the real one does.
 */
@ExtendWith(OutputCaptureExtension.class)
class JsonLogsTests {

    private static final String LINE = "A line for the log shipper";

    /** Logging is one per JVM: the next test context must find it as the configuration leaves it. */
    @AfterEach
    void backToPlainText() {
        start().close();
    }

    @Test
    void withAFormatNamedEveryLineIsAJsonObject(CapturedOutput output) {
        try (ConfigurableApplicationContext app = start("--ADVISOR_LOG_FORMAT=ecs")) {
            LoggerFactory.getLogger(JsonLogsTests.class).info(LINE);
        }

        List<String> lines = output.getOut().lines().filter(line -> !line.isBlank()).toList();
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
    void withoutOneLinesArePlainText(CapturedOutput output) {
        try (ConfigurableApplicationContext app = start()) {
            LoggerFactory.getLogger(JsonLogsTests.class).info(LINE);
        }

        assertThat(output.getOut().lines().filter(line -> line.contains(LINE)))
                .singleElement().satisfies(line -> assertThat(line).doesNotStartWith("{").contains(" INFO "));
    }

    private static ConfigurableApplicationContext start(String... arguments) {
        return new SpringApplicationBuilder(NoBeans.class).web(WebApplicationType.NONE).run(arguments);
    }

    /** The application's configuration files, and nothing else. */
    static class NoBeans {
    }
}
