package com.legacytraining.advisor.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * Every address the running application answers, read from its handler mappings, so a route added
 * later is in the sweep without anyone listing it: the controllers' and the actuator's request
 * mappings, the static files' URL mappings, and the two addresses only Spring Security's filters
 * answer (signing in and out).
 */
final class Routes {

    /** Handled by Spring Security's filters, not by a handler mapping: method by path. */
    private static final Map<String, String> FILTER_ROUTES = Map.of("/admin/login", "POST", "/admin/logout", "POST");

    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([^}:]+)(?::[^}]*)?}");

    private Routes() {
    }

    /**
     * One address pattern with every method it takes.
     *
     * @param pattern as mapped, e.g. {@code /admin/content/{kindPath}/{id}}
     * @param mvcMethods the methods a handler mapping takes; empty when a mapping takes any method
     * @param filterMethods the methods only a filter takes (signing in and out)
     * @param handlers the controller methods by HTTP method ("*" for a mapping without methods)
     * @param staticFiles whether the address is served by a resource handler
     */
    record Route(String pattern, Set<String> mvcMethods, Set<String> filterMethods,
            Map<String, List<HandlerMethod>> handlers, boolean staticFiles) {

        /** Whether any method reaches a handler: then there is no wrong method. */
        boolean anyMethod() {
            return handlers.containsKey("*");
        }

        /** The methods that reach the application, GET standing for all where a mapping takes any. */
        Set<String> methods() {
            Set<String> methods = new LinkedHashSet<>(anyMethod() ? Set.of("GET") : mvcMethods);
            methods.addAll(filterMethods);
            return methods;
        }

        /** Whether the method reaches a handler or a filter that answers it. */
        boolean takes(String method) {
            return anyMethod() || mvcMethods.contains(method) || filterMethods.contains(method)
                    || ("HEAD".equals(method) && mvcMethods.contains("GET"));
        }

        /** The controller methods that may answer the HTTP method (a HEAD is answered as a GET). */
        List<HandlerMethod> handlersFor(String method) {
            String answeredAs = method.equals("HEAD") && !handlers.containsKey("HEAD") ? "GET" : method;
            List<HandlerMethod> found = new ArrayList<>(handlers.getOrDefault(answeredAs, List.of()));
            found.addAll(handlers.getOrDefault("*", List.of()));
            return found;
        }

        /** The names of the path's variables, in order ({@code **} and {@code {*rest}} count as "**"). */
        List<String> variables() {
            List<String> names = new ArrayList<>();
            Matcher matcher = VARIABLE.matcher(pattern);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        }

        boolean hasWildcard() {
            return pattern.contains("*");
        }

        /** Only an admin may use it; everything under /admin but the sign-in page. */
        boolean adminOnly() {
            return (pattern.equals("/admin") || pattern.startsWith("/admin/")) && !pattern.equals("/admin/login");
        }

        /** Under /admin, where Spring Security wants a CSRF token for every change (SecurityConfiguration). */
        boolean takesCsrfToken() {
            return pattern.equals("/admin") || pattern.startsWith("/admin/");
        }

        boolean api() {
            return pattern.startsWith("/api/");
        }

        /** The path with every variable replaced. */
        String path(Map<String, String> values) {
            Matcher matcher = VARIABLE.matcher(pattern);
            StringBuilder path = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(path, Matcher.quoteReplacement(values.get(matcher.group(1))));
            }
            matcher.appendTail(path);
            return path.toString();
        }

        @Override
        public String toString() {
            Set<String> methods = new LinkedHashSet<>(mvcMethods);
            methods.addAll(filterMethods);
            return pattern + " " + (anyMethod() ? "[any method]" : methods);
        }
    }

    /** Every route, sorted by pattern. */
    static List<Route> of(ApplicationContext context) {
        Map<String, Builder> byPattern = new TreeMap<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
                .values()) {
            mapping.getHandlerMethods().forEach((info, handler) -> {
                for (String pattern : info.getPatternValues()) {
                    byPattern.computeIfAbsent(pattern, Builder::new).add(info, handler);
                }
            });
        }
        for (AbstractUrlHandlerMapping mapping : context.getBeansOfType(AbstractUrlHandlerMapping.class).values()) {
            mapping.getHandlerMap().forEach((pattern, handler) -> {
                if (handler instanceof ResourceHttpRequestHandler files) {
                    Builder route = byPattern.computeIfAbsent(pattern, Builder::new);
                    route.staticFiles = true;
                    route.mvcMethods.addAll(Arrays.asList(files.getSupportedMethods()));
                }
            });
        }
        FILTER_ROUTES.forEach((pattern, method) -> byPattern.computeIfAbsent(pattern, Builder::new).filterMethods.add(method));
        return byPattern.values().stream().map(Builder::build).toList();
    }

    private static final class Builder {

        private final String pattern;
        private final Set<String> mvcMethods = new LinkedHashSet<>();
        private final Set<String> filterMethods = new LinkedHashSet<>();
        private final Map<String, List<HandlerMethod>> handlers = new LinkedHashMap<>();
        private boolean staticFiles;

        Builder(String pattern) {
            this.pattern = pattern;
        }

        void add(RequestMappingInfo info, HandlerMethod handler) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            Collection<String> names = methods.isEmpty() ? List.of("*") : methods.stream().map(Enum::name).toList();
            for (String name : names) {
                handlers.computeIfAbsent(name, key -> new ArrayList<>()).add(handler);
                if (!name.equals("*")) {
                    mvcMethods.add(name);
                }
            }
        }

        Route build() {
            return new Route(pattern, Collections.unmodifiableSet(mvcMethods),
                    Collections.unmodifiableSet(filterMethods), Collections.unmodifiableMap(handlers), staticFiles);
        }
    }
}
