package com.legacytraining.advisor.site;

import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.legacytraining.advisor.site.HandlerInputs.Input;
import com.legacytraining.advisor.site.Routes.Route;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Sends every route of the application hostile variants of a request, and checks the kind of
 * answer each gets: never a server error; the security headers on every response;
 * {@code application/problem+json} for every error under {@code /api}; and where the right answer is
 * knowable, that answer: 405 with {@code Allow} for a method the route does not take, 404 for an id
 * that names nothing, 400 for a parameter that is not of its type, the sign-in page for a visitor
 * in the admin area, 403 (or the kept-form redirect) without a CSRF token, 301 for a trailing slash. Every route is first sent
 * its valid example, which must reach it, so the hostile variants are near misses of a real request.
 * <p>
 * Through MockMvc ({@link Mode#VISITOR}, {@link Mode#ADMIN}) the variants are: every method (and
 * PROPFIND, which no route takes), a malformed form body, a malformed JSON body, malformed and
 * unknown field names, a 1 MB value in every text input the route has, bad versions, a value of the
 * wrong shape in every typed parameter, bad ids in every path variable, and a trailing slash. Over
 * HTTP to a running server ({@link Mode#CONTAINER}) they are what only a servlet container parses: a
 * malformed query string and form body, 1 MB values, an encoded NUL in the path, a method no route
 * takes, and the error pages the container dispatches to.
 */
final class RouteSweep {

    static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "PROPFIND");
    static final List<String> BAD_IDS = List.of("0x10", "-1", "99999999999999999999", "abc", "%00");
    static final List<String> MALFORMED_NAMES = List.of("fields[x][y]", "a[0]", "x.y.z", "class.module",
            "options[x][y]", "answers[x][y]", "version[0]", "[", "]");
    static final List<String> BAD_NUMBERS = List.of("0x10", "abc", "99999999999999999999");
    static final List<Map<String, String>> BAD_VERSIONS = List.of(Map.of("version", "abc", "v", "999"),
            Map.of("version", "99999999999999999999", "v", "abc"));
    static final String MALFORMED_ENCODING = "%z1=a&b=%";
    private static final String HUGE = "x".repeat(1 << 20);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

    /** Who asks, and how. */
    enum Mode {
        /** A visitor who is not signed in, through MockMvc, with CSRF tokens where the admin area needs them. */
        VISITOR,
        /** A signed-in admin, through MockMvc, with CSRF tokens. */
        ADMIN,
        /** A visitor who is not signed in, over HTTP to a running server, without a session or tokens. */
        CONTAINER
    }

    /**
     * One request of the sweep.
     *
     * @param method the HTTP method
     * @param path the path, possibly with raw escapes ({@code %00}), without the query
     * @param parameters sent in the query for GET, HEAD and other body-less methods, as a form body otherwise
     * @param rawQuery a query string sent as it is, not encoded, when not null (over HTTP only)
     * @param contentType with {@code body}: a raw body sent instead of the parameters, when not null
     * @param csrf whether to send a valid CSRF token
     */
    record Probe(String method, String path, Map<String, List<String>> parameters, String rawQuery,
            String contentType, String body, boolean csrf) {

        /** The query string (for GET and HEAD) or form body, encoded. */
        String encodedParameters() {
            return parameters.entrySet().stream()
                    .flatMap(parameter -> parameter.getValue().stream()
                            .map(value -> encode(parameter.getKey()) + "=" + encode(value)))
                    .collect(Collectors.joining("&"));
        }

        boolean parametersInQuery() {
            return !BODY_METHODS.contains(method);
        }

        /** The path and query string as sent. */
        String uri() {
            String query = rawQuery != null ? rawQuery : parametersInQuery() ? encodedParameters() : "";
            return query.isEmpty() ? path : path + "?" + query;
        }

        Probe withMethod(String method) {
            return new Probe(method, path, parameters, rawQuery, contentType, body, csrf);
        }

        Probe withPath(String path) {
            return new Probe(method, path, parameters, rawQuery, contentType, body, csrf);
        }

        Probe withParameter(String name, String value) {
            Map<String, List<String>> changed = new LinkedHashMap<>(parameters);
            changed.put(name, List.of(value));
            return new Probe(method, path, changed, rawQuery, contentType, body, csrf);
        }

        Probe withRawQuery(String query) {
            return new Probe(method, path, parameters, query, contentType, body, csrf);
        }

        /** A raw body instead of the parameters. */
        Probe withBody(String type, String content) {
            return new Probe(method, path, Map.of(), rawQuery, type, content, csrf);
        }

        Probe withoutCsrf() {
            return new Probe(method, path, parameters, rawQuery, contentType, body, false);
        }

        @Override
        public String toString() {
            String uri = uri();
            String shown = uri.length() > 160 ? uri.substring(0, 160) + "..." : uri;
            String sent = body != null ? " with a " + contentType + " body"
                    : !parametersInQuery() && !parameters.isEmpty() ? " with form fields " + parameters.keySet() : "";
            return method + " " + shown + sent + (csrf ? " with a CSRF token" : "");
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }

    /** What came back: after the container's error page, where the application sent only an error status. */
    record Answer(int status, HttpHeaders headers, String contentType, String body) {

        String location() {
            return headers.getFirst(HttpHeaders.LOCATION);
        }
    }

    /** Sends a probe: through MockMvc, or over HTTP to a running server. */
    interface Client {

        Answer send(Probe probe) throws Exception;
    }

    /** What a variant should get, in words for the failure message. */
    private record Expectation(String description, BiPredicate<Probe, Answer> met) {

        static Expectation of(String description, Predicate<Answer> met) {
            return new Expectation(description, (probe, answer) -> met.test(answer));
        }
    }

    /**
     * One request to send and what it should get.
     *
     * @param addressUnread whether the container refuses it before it has read the address (a request
     *        line too long), so not even an API address gets a problem
     */
    private record Variant(String name, Supplier<Probe> probe, Expectation expected, boolean addressUnread) {

        Variant(String name, Supplier<Probe> probe, Expectation expected) {
            this(name, probe, expected, false);
        }
    }

    private final Client client;
    private final Mode mode;
    private final Examples examples;

    RouteSweep(Client client, Mode mode, Examples examples) {
        this.client = client;
        this.mode = mode;
        this.examples = examples;
    }

    /** One container of tests per route, one test per variant, each named by the variant. */
    Stream<DynamicNode> tests(List<Route> routes) {
        return routes.stream().map(route -> {
            List<String> missing = missingExamples(route);
            if (!missing.isEmpty()) {
                return dynamicContainer(route.toString(), Stream.of(dynamicTest("has example values", () -> {
                    throw new AssertionError("No example value for " + missing + " of " + route
                            + ": add one to the sweep's examples, so the route is swept from its valid address");
                })));
            }
            List<Variant> variants = mode == Mode.CONTAINER ? containerVariants(route) : variants(route);
            return dynamicContainer(route.toString(),
                    variants.stream().map(variant -> dynamicTest(variant.name(), () -> check(route, variant))));
        });
    }

    private List<String> missingExamples(Route route) {
        List<String> missing = new ArrayList<>();
        if (route.hasWildcard()) {
            if (examples.wildcardPath(route.pattern()) == null) {
                missing.add("the path of " + route.pattern());
            }
            return missing;
        }
        route.variables().stream().filter(variable -> examples.pathVariableIn(route.pattern(), variable) == null)
                .forEach(variable -> missing.add("{" + variable + "}"));
        for (String method : route.methods()) {
            inputs(route, method).values().stream()
                    .filter(input -> input.required() && !input.typed() && examples.parameterValue(input.name()) == null)
                    .forEach(input -> missing.add("request parameter " + input.name() + " of " + method));
        }
        return missing;
    }

    // The variants.

    private List<Variant> variants(Route route) {
        List<Variant> variants = new ArrayList<>();
        for (String method : methods(route)) {
            variants.add(new Variant(method + " its example", () -> valid(route, method), reached(route, method)));
            if (method.equals("GET")) {
                variants.add(new Variant("HEAD its example", () -> valid(route, "HEAD"), reached(route, "HEAD")));
            }
        }
        if (!route.anyMethod()) {
            for (String method : METHODS) {
                if (!takes(route, method)) {
                    variants.add(new Variant(method + ", a method it does not take",
                            () -> wrongMethod(route, method), wrongMethodAnswer(route, method)));
                }
            }
        }
        for (String method : methods(route)) {
            variants.addAll(hostileVariants(route, method));
        }
        return variants;
    }

    private List<Variant> hostileVariants(Route route, String method) {
        List<Variant> variants = new ArrayList<>();
        Map<String, Input> inputs = inputs(route, method);
        if (route.takesCsrfToken() && !SAFE_METHODS.contains(method)) {
            variants.add(new Variant(method + " without a CSRF token", () -> valid(route, method).withoutCsrf(),
                    refusedWithoutToken()));
        }
        if (BODY_METHODS.contains(method)) {
            variants.add(new Variant(method + " with a malformed form body", () -> valid(route, method)
                    .withBody(MediaType.APPLICATION_FORM_URLENCODED_VALUE, MALFORMED_ENCODING), answered(route)));
            variants.add(new Variant(method + " with a malformed JSON body", () -> valid(route, method)
                    .withBody(MediaType.APPLICATION_JSON_VALUE, "{\"a\": [1, "), answered(route)));
        }
        variants.add(new Variant(method + " with the field names " + MALFORMED_NAMES,
                () -> withEach(valid(route, method), MALFORMED_NAMES, "1"), answered(route)));
        List<String> huge = hugeInputs(inputs);
        variants.add(new Variant(method + " with 1 MB in " + huge, () -> withEach(valid(route, method), huge, HUGE),
                answered(route)));
        for (Map<String, String> versions : BAD_VERSIONS) {
            // A number that is not one is refused before the handler; text versions are the handler's to judge.
            boolean numeric = versions.keySet().stream().map(inputs::get)
                    .anyMatch(input -> input != null && input.requestParameter() && input.typed());
            variants.add(new Variant(method + " with " + versions, () -> {
                Probe probe = valid(route, method);
                for (Map.Entry<String, String> version : versions.entrySet()) {
                    probe = probe.withParameter(version.getKey(), version.getValue());
                }
                return probe;
            }, numeric ? badRequest(route) : answered(route)));
        }
        for (Input input : inputs.values()) {
            if (input.typed()) {
                for (String bad : BAD_NUMBERS) {
                    variants.add(new Variant(method + " with " + input.name() + "=" + bad,
                            () -> valid(route, method).withParameter(input.name(), bad),
                            input.requestParameter() ? badRequest(route) : answered(route)));
                }
            }
        }
        for (String variable : route.variables()) {
            for (String bad : BAD_IDS) {
                variants.add(new Variant(method + " with {" + variable + "} = " + bad,
                        () -> withPathVariable(route, method, variable, bad), badId(route, bad)));
            }
        }
        if (!route.pattern().equals("/")) {
            variants.add(new Variant(method + " with a trailing slash",
                    () -> valid(route, method).withPath(valid(route, method).path() + "/"), trailingSlash(route, method)));
        }
        return variants;
    }

    /**
     * What only a servlet container parses, sent as raw HTTP. Tomcat may refuse a hostile request
     * before security runs, so for those any client error is right, in the admin area too. There is
     * no session, so no CSRF token: a change to the admin area is refused for want of one.
     */
    private List<Variant> containerVariants(Route route) {
        List<Variant> variants = new ArrayList<>();
        Expectation refused = Expectation.of("any answer but a server error", answer -> true);
        for (String method : methods(route)) {
            List<String> huge = hugeInputs(inputs(route, method));
            variants.add(new Variant(method + " its example", () -> valid(route, method).withoutCsrf(),
                    reached(route, method)));
            variants.add(new Variant(method + " with a malformed query string",
                    () -> valid(route, method).withoutCsrf().withRawQuery(MALFORMED_ENCODING), refused));
            if (BODY_METHODS.contains(method)) {
                variants.add(new Variant(method + " with a malformed form body", () -> valid(route, method)
                        .withoutCsrf().withBody(MediaType.APPLICATION_FORM_URLENCODED_VALUE, MALFORMED_ENCODING), refused));
                variants.add(new Variant(method + " with 1 MB in " + huge.get(0),
                        () -> valid(route, method).withoutCsrf().withParameter(huge.get(0), HUGE), refused));
                variants.add(new Variant(method + " with a form body larger than Tomcat takes",
                        () -> withEach(valid(route, method).withoutCsrf(), List.of("a", "b", "c"), HUGE), refused));
            }
            else {
                variants.add(new Variant(method + " with a request line longer than Tomcat takes",
                        () -> valid(route, method).withoutCsrf().withParameter(huge.get(0), HUGE), refused, true));
            }
            for (String variable : route.variables()) {
                variants.add(new Variant(method + " with {" + variable + "} = %00",
                        () -> withPathVariable(route, method, variable, "%00").withoutCsrf(), clientError()));
            }
        }
        if (!route.anyMethod()) {
            for (String method : List.of("PUT", "PROPFIND")) {
                if (!takes(route, method)) {
                    variants.add(new Variant(method + ", a method it does not take",
                            () -> wrongMethod(route, method).withoutCsrf(),
                            route.takesCsrfToken() ? clientError() : wrongMethodAnswer(route, method)));
                }
            }
        }
        return variants;
    }

    // The requests.

    /** The methods the route takes, less those its handler refuses on purpose. */
    private Set<String> methods(Route route) {
        Set<String> methods = new LinkedHashSet<>(route.methods());
        methods.removeAll(examples.refusedMethods(route.pattern()));
        return methods;
    }

    private boolean takes(Route route, String method) {
        return route.takes(method) && !examples.refusedMethods(route.pattern()).contains(method);
    }

    private static Map<String, Input> inputs(Route route, String method) {
        return HandlerInputs.of(route.handlersFor(method));
    }

    /** The route's own text inputs, or a made-up one where it reads none by name. */
    private static List<String> hugeInputs(Map<String, Input> inputs) {
        List<String> text = inputs.values().stream().filter(Input::text).map(Input::name).toList();
        return text.isEmpty() ? List.of("q") : text;
    }

    private Probe valid(Route route, String method) {
        String path;
        if (route.hasWildcard()) {
            path = examples.wildcardPath(route.pattern());
        }
        else {
            Map<String, String> values = new LinkedHashMap<>();
            route.variables().forEach(variable -> values.put(variable,
                    examples.pathVariableIn(route.pattern(), variable).get()));
            path = route.path(values);
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        inputs(route, method).values().forEach(input -> {
            Supplier<String> example = examples.parameterValue(input.name());
            if (example != null && input.requestParameter()) {
                parameters.put(input.name(), List.of(example.get()));
            }
            else if (input.required()) {
                parameters.put(input.name(), List.of(exampleOf(input.type())));
            }
        });
        return new Probe(method, path, parameters, null, null, null,
                route.takesCsrfToken() && !SAFE_METHODS.contains(method));
    }

    /** A value of a typed parameter that converts: the first constant of an enum, true, or 1. */
    private static String exampleOf(Class<?> type) {
        if (type.isEnum()) {
            return type.getEnumConstants()[0].toString();
        }
        return type == boolean.class || type == Boolean.class ? "true" : "1";
    }

    private Probe wrongMethod(Route route, String method) {
        Probe valid = valid(route, methods(route).iterator().next());
        return new Probe(method, valid.path(), Map.of(), null, null, null,
                route.takesCsrfToken() && !SAFE_METHODS.contains(method));
    }

    private Probe withPathVariable(Route route, String method, String variable, String bad) {
        Map<String, String> values = new LinkedHashMap<>();
        route.variables().forEach(name -> values.put(name,
                name.equals(variable) ? bad : examples.pathVariableIn(route.pattern(), name).get()));
        return valid(route, method).withPath(route.path(values));
    }

    private static Probe withEach(Probe probe, List<String> names, String value) {
        Probe changed = probe;
        for (String name : names) {
            changed = changed.withParameter(name, value);
        }
        return changed;
    }

    // The checks.

    private void check(Route route, Variant variant) throws Exception {
        Probe probe = variant.probe().get();
        Answer answer = client.send(probe);
        List<String> problems = new ArrayList<>();
        if (answer.status() >= 500) {
            problems.add("a server error");
        }
        SecurityHeaders.ALL.forEach((name, value) -> {
            if (!value.equals(answer.headers().getFirst(name))) {
                problems.add("security header " + name + (answer.headers().containsHeader(name)
                        ? " is " + answer.headers().getFirst(name) : " missing"));
            }
        });
        if (route.api() && answer.status() >= 400 && !variant.addressUnread()
                && (answer.contentType() == null || !answer.contentType().startsWith("application/problem+json"))) {
            problems.add("an API error as " + answer.contentType() + ", not application/problem+json");
        }
        if (!variant.expected().met().test(probe, answer)) {
            problems.add("not " + variant.expected().description());
        }
        if (!problems.isEmpty()) {
            String body = answer.body() == null ? "" : answer.body().replaceAll("\\s+", " ");
            throw new AssertionError(route + ": " + probe + " got " + answer.status()
                    + (answer.location() == null ? "" : " to " + answer.location()) + ", which is "
                    + String.join("; ", problems) + "\n  body: " + (body.length() > 300 ? body.substring(0, 300) : body));
        }
    }

    /** The admin area sends a visitor who is not signed in to sign in before anything else. */
    private boolean signInFirst(Route route) {
        return route.adminOnly() && mode != Mode.ADMIN;
    }

    /** The valid example reaches the route: neither "no such page" nor "not this method". */
    private Expectation reached(Route route, String method) {
        if (route.pattern().equals("/error")) {
            return status(404);
        }
        if (mode == Mode.CONTAINER && route.takesCsrfToken() && !SAFE_METHODS.contains(method)) {
            // Without a session there is no token: refused, or taken as a session that ended, whose form
            // is kept while the browser goes to sign in (see admin.KeptForms). Never applied.
            return refusedWithoutToken();
        }
        if (signInFirst(route)) {
            return signIn();
        }
        return Expectation.of("an answer from the route (neither 404 nor 405)",
                answer -> answer.status() != 404 && answer.status() != 405);
    }

    /** A hostile request may be refused in any way but a server error, which every check rules out. */
    private Expectation answered(Route route) {
        return signInFirst(route) ? signIn() : Expectation.of("any answer but a server error", answer -> true);
    }

    private Expectation badRequest(Route route) {
        return signInFirst(route) ? signIn() : status(400);
    }

    private Expectation wrongMethodAnswer(Route route, String method) {
        Set<String> allowed = new LinkedHashSet<>(route.mvcMethods());
        allowed.removeAll(examples.refusedMethods(route.pattern()));
        if (method.equals("PROPFIND")) {
            // Spring Security's firewall refuses a method outside HTTP's common set before anything else.
            return Expectation.of("405 with Allow naming " + allowed + ", or 400",
                    answer -> answer.status() == 400 || answer.status() == 405 && allows(answer, allowed));
        }
        if (signInFirst(route)) {
            return signIn();
        }
        if (allowed.isEmpty()) {
            // Only a filter takes it (signing out): no handler mapping knows what to allow.
            return clientError();
        }
        if (method.equals("OPTIONS")) {
            return Expectation.of("200 with Allow naming " + allowed,
                    answer -> answer.status() == 200 && allows(answer, allowed));
        }
        return Expectation.of("405 with Allow naming " + allowed,
                answer -> answer.status() == 405 && allows(answer, allowed));
    }

    private static boolean allows(Answer answer, Set<String> methods) {
        String allow = answer.headers().getFirst(HttpHeaders.ALLOW);
        return allow != null && Arrays.stream(allow.split(",")).map(String::strip).collect(Collectors.toSet())
                .containsAll(methods);
    }

    private Expectation badId(Route route, String bad) {
        Expectation notFound = signInFirst(route) ? signIn() : status(404);
        if (bad.equals("%00")) {
            // Refused before routing: by Tomcat (ContainerErrorPageTests), or by Spring Security's firewall.
            return new Expectation(notFound.description() + ", or 400",
                    (probe, answer) -> answer.status() == 400 || notFound.met().test(probe, answer));
        }
        return notFound;
    }

    private Expectation trailingSlash(Route route, String method) {
        if (method.equals("GET") || method.equals("HEAD")) {
            return new Expectation("301 to the address without the slash", (probe, answer) -> answer.status() == 301
                    && probe.uri().replaceFirst("/(\\?|$)", "$1").equals(answer.location()));
        }
        // Only GET and HEAD are redirected. With the slash, even the sign-in address is in the admin area.
        return route.pattern().startsWith("/admin") && mode != Mode.ADMIN ? signIn() : clientError();
    }

    /**
     * A form sent without its CSRF token is never applied: refused, or taken for a form whose session
     * ended, kept, and the browser sent to sign in or back to the form (see admin.KeptForms).
     */
    private static Expectation refusedWithoutToken() {
        return Expectation.of("403, or a redirect into the admin area", answer -> answer.status() == 403
                || answer.status() == 303 && answer.location() != null
                && answer.location().replaceFirst("^https?://[^/]+", "").startsWith("/admin"));
    }

    private static Expectation status(int status) {
        return Expectation.of(String.valueOf(status), answer -> answer.status() == status);
    }

    private static Expectation clientError() {
        return Expectation.of("a 4xx", answer -> answer.status() >= 400 && answer.status() < 500);
    }

    private static Expectation signIn() {
        // 303 for a form sent without a session: its typed text is kept and the browser comes back with a GET.
        return Expectation.of("a redirect to the sign-in page", answer -> (answer.status() == 302 || answer.status() == 303)
                && answer.location() != null
                && answer.location().replaceFirst("^https?://[^/]+", "").startsWith("/admin/login"));
    }
}
