package com.legacytraining.advisor.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Valid example values for the sweep: of path variables (by name, or by name under an address
 * prefix where one name means different things), of request parameters (by name), and whole example
 * paths for patterns with wildcards. Values are supplied per request, so a route that deletes what
 * it names can be given something new to delete each time. A route whose variable has no example
 * here cannot be swept, and says so.
 */
final class Examples {

    private final List<Entry> pathVariables = new ArrayList<>();
    private final Map<String, Supplier<String>> parameters = new HashMap<>();
    private final Map<String, String> wildcardPaths = new LinkedHashMap<>();
    private final Map<String, Set<String>> refusedMethods = new HashMap<>();

    private record Entry(String prefix, String variable, Supplier<String> value) {
    }

    /** The value of {@code {variable}} in any route. */
    Examples pathVariable(String variable, String value) {
        return pathVariable("", variable, () -> value);
    }

    /** The value of {@code {variable}} in routes under the prefix; the longest prefix wins, then the latest. */
    Examples pathVariable(String prefix, String variable, Supplier<String> value) {
        pathVariables.add(new Entry(prefix, variable, value));
        return this;
    }

    /** The value of request parameter {@code name}, wherever a handler reads it. */
    Examples parameter(String name, Supplier<String> value) {
        parameters.put(name, value);
        return this;
    }

    Examples parameter(String name, String value) {
        return parameter(name, () -> value);
    }

    /** An address that a pattern with {@code **} or {@code {*rest}} answers. */
    Examples wildcardPath(String pattern, String path) {
        wildcardPaths.put(pattern, path);
        return this;
    }

    /**
     * Methods a route's own handler refuses on purpose, with a 405 naming those it takes (the API
     * answers POST that way): the sweep expects that refusal, as for a method no handler takes.
     */
    Examples refusing(String pattern, String... methods) {
        refusedMethods.put(pattern, Set.of(methods));
        return this;
    }

    Set<String> refusedMethods(String pattern) {
        return refusedMethods.getOrDefault(pattern, Set.of());
    }

    /** The example value of a variable in a pattern, or null when there is none. */
    Supplier<String> pathVariableIn(String pattern, String variable) {
        Entry found = null;
        for (Entry entry : pathVariables) {
            boolean applies = entry.variable().equals(variable) && pattern.startsWith(entry.prefix());
            if (applies && (found == null || entry.prefix().length() >= found.prefix().length())) {
                found = entry;
            }
        }
        return found == null ? null : found.value();
    }

    /** The example value of a request parameter, or null when there is none. */
    Supplier<String> parameterValue(String name) {
        return parameters.get(name);
    }

    String wildcardPath(String pattern) {
        return wildcardPaths.get(pattern);
    }
}
