package com.legacytraining.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the feature packages honest, in the spirit of Spring Modulith's verify(): the shared
 * packages depend on no feature, and no two features depend on each other in a cycle.
 * (Repositories and entities are package-private, so the compiler already keeps features out of
 * each other's data.)
 */
class ModularityTests {

    private static final Path SOURCES = Path.of("src/main/java/com/legacytraining/advisor");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?com\\.legacytraining\\.advisor\\.(\\w+)\\.",
            Pattern.MULTILINE);
    private static final List<String> SHARED = List.of("site", "history");

    @Test
    void sharedPackagesDependOnNoFeature() throws IOException {
        Map<String, Set<String>> dependencies = dependencies();

        for (String shared : SHARED) {
            assertThat(dependencies.getOrDefault(shared, Set.of())).as(shared + " depends on")
                    .isSubsetOf(SHARED);
        }
    }

    @Test
    void featuresDoNotDependOnEachOtherInACycle() throws IOException {
        Map<String, Set<String>> dependencies = dependencies();

        for (String from : dependencies.keySet()) {
            for (String to : dependencies.get(from)) {
                assertThat(dependencies.getOrDefault(to, Set.of())).as(from + " -> " + to + " -> " + from)
                        .doesNotContain(from);
            }
        }
        assertThat(dependencies).containsKeys("content", "questionnaire", "admin");
    }

    private static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> dependencies = new HashMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                String feature = relative.getName(0).toString();
                Matcher imports = IMPORT.matcher(Files.readString(file));
                while (imports.find()) {
                    if (!imports.group(1).equals(feature)) {
                        dependencies.computeIfAbsent(feature, key -> new TreeSet<>()).add(imports.group(1));
                    }
                }
            }
        }
        return dependencies;
    }
}
