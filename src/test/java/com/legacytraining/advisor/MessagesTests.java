package com.legacytraining.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import com.legacytraining.advisor.content.ContentKind;
import com.legacytraining.advisor.questionnaire.scoring.Strength;
import com.legacytraining.advisor.questionnaire.scoring.TrainingType;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * Every word a visitor or an admin reads comes from {@code messages*.properties}, in the spirit of
 * spring-petclinic's {@code I18nPropertiesSyncTest}: templates hold no literal text, every message key
 * the templates and the code use is defined (once), and every apostrophe survives {@link MessageFormat},
 * which otherwise swallows a single one ("The page's address" read "The pages address"). Templates also
 * compare enums rather than their names.
 */
class MessagesTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path TEMPLATES = RESOURCES.resolve("templates");
    private static final Path JAVA = Path.of("src/main/java");
    private static final Locale SITE_LOCALE = Locale.UK;

    /** Attributes whose value a person reads or hears, when no {@code th:} attribute replaces them. */
    private static final Set<String> SHOWN_ATTRIBUTES = Set.of("title", "alt", "placeholder", "label", "aria-label",
            "aria-description", "aria-placeholder", "aria-roledescription", "aria-valuetext");

    /** Thymeleaf attributes that replace an element's content, so the prototype text inside never shows. */
    private static final Set<String> CONTENT_REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert");

    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_-]+)+");
    private static final Pattern JAVA_STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern TEMPLATE_STRING = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'");
    private static final Pattern MESSAGES_CALL = Pattern.compile(
            "#messages\\.(?:msg|msgOrNull|msgWithParams|msgOrNullWithParams)\\(");
    private static final Pattern DEFINITION = Pattern.compile("\\s*([^#!\\s=:][^\\s=:]*)\\s*[=:]");
    private static final Pattern INLINE_EXPRESSION = Pattern.compile("\\[\\[(.*?)]]|\\[\\((.*?)\\)]");
    private static final Pattern ENUM_NAME_COMPARISON = Pattern.compile(
            "\\.name\\(\\)\\s*(==|!=|\\beq\\b|\\bne\\b)|(==|!=)\\s*'[A-Z][A-Z0-9_]*'|'[A-Z][A-Z0-9_]*'\\s*(==|!=)");

    private final Messages messages = Messages.load();

    @Test
    void templatesShowNoLiteralText() throws IOException {
        var problems = new ArrayList<String>();
        for (Template template : templates()) {
            for (Element element : template.document().getAllElements()) {
                for (TextNode text : element.textNodes()) {
                    String shown = withoutInlineExpressions(text.text());
                    if (hasLetters(shown) && !replacedByThymeleaf(element)) {
                        problems.add(template.at(text) + ": " + shown.strip());
                    }
                }
                // An element's own attributes render unless the element is replaced or sits in replaced content.
                if (element.hasAttr("th:replace") || insideReplacedContent(element)) {
                    continue;
                }
                for (var attribute : element.attributes()) {
                    String name = attribute.getKey();
                    String value = attribute.getValue();
                    String where = template.at(element, name);
                    if (shownAsText(element, name) && !element.hasAttr("th:" + name) && !element.hasAttr("th:attr")
                            && hasLetters(value)) {
                        problems.add(where + ": " + name + "=\"" + value + "\"");
                    }
                    if (name.startsWith("th:") && producesText(element, name.substring(3))) {
                        lettered(Expressions.literalText(value))
                                .forEach(literal -> problems.add(where + ": " + name + ": '" + literal + "'"));
                    }
                    if (name.equals("th:attr")) {
                        Expressions.assignments(value).forEach((shown, expression) -> {
                            if (shownAsText(element, shown)) {
                                lettered(Expressions.literalText(expression)).forEach(
                                        literal -> problems.add(where + ": th:attr " + shown + ": '" + literal + "'"));
                            }
                        });
                    }
                }
            }
        }
        assertThat(problems).as("Literal text in templates: put it in messages*.properties and use #{...}").isEmpty();
    }

    @Test
    void everyMessageKeyTheTemplatesUseIsDefined() throws IOException {
        var problems = new LinkedHashSet<String>();
        for (Template template : templates()) {
            template.forEachExpression((where, expression) -> {
                var undefined = new LinkedHashSet<String>();
                for (MessageUse use : Expressions.messageUses(expression)) {
                    if (use.key() != null && !messages.defines(use.key())) {
                        undefined.add(use.key());
                    }
                    if (use.pattern() != null && !messages.matches(use.pattern())) {
                        problems.add(where + ": no message key matches " + use.source());
                    }
                }
                // Keys passed as plain strings, e.g. to a fragment that shows #{${headingKey}}.
                Matcher literal = TEMPLATE_STRING.matcher(expression);
                while (literal.find()) {
                    if (looksLikeAKey(literal.group(1)) && !messages.defines(literal.group(1))) {
                        undefined.add(literal.group(1));
                    }
                }
                undefined.forEach(key -> problems.add(where + ": " + key + " is not defined"));
            });
        }
        assertThat(problems).as("Message keys used by templates but not defined in messages*.properties").isEmpty();
    }

    @Test
    void everyMessageKeyTheCodeUsesIsDefined() throws Exception {
        var problems = new ArrayList<String>();
        for (Path file : files(JAVA, ".java")) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher string = JAVA_STRING.matcher(lines.get(i));
                while (string.find()) {
                    String value = string.group(1);
                    boolean validationKey = value.startsWith("{") && value.endsWith("}")
                            && KEY.matcher(value.substring(1, value.length() - 1)).matches()
                            && !value.startsWith("{jakarta.validation.") && !value.startsWith("{org.hibernate.");
                    String key = validationKey ? value.substring(1, value.length() - 1) : value;
                    if ((validationKey || looksLikeAKey(key)) && !messages.defines(key)) {
                        problems.add(file + ":" + (i + 1) + ": \"" + value + "\" is not defined");
                    }
                }
            }
        }
        problems.addAll(undefined(enumMessageKeys()));
        problems.addAll(undefined(keysBuiltFromTheDomain()));
        assertThat(problems).as("Message keys used by the code but not defined in messages*.properties").isEmpty();
    }

    @Test
    void noKeyIsDefinedTwice() {
        assertThat(messages.duplicates()).as("Keys defined more than once: the first basename wins silently").isEmpty();
    }

    /**
     * With {@code spring.messages.always-use-message-format} every message goes through MessageFormat,
     * with arguments or without, so one rule holds everywhere: an apostrophe is written {@code ''}. A
     * single one starts quoted text and disappears, and braces must be numbered arguments, except a
     * Bean Validation parameter quoted whole ({@code '{max}'}), which MessageFormat leaves for the validator.
     */
    @Test
    void everyMessageIsAMessageFormatPatternWithItsApostrophesDoubled() {
        var problems = new ArrayList<String>();
        messages.forEach((key, value, where) -> {
            String withoutPairs = value.replace("''", "").replaceAll("'\\{\\w+}'", "");
            if (withoutPairs.contains("'")) {
                problems.add(where + ": " + key + ": a single ' disappears in MessageFormat: write ''");
            }
            try {
                new MessageFormat(value, SITE_LOCALE);
            }
            catch (IllegalArgumentException ex) {
                problems.add(where + ": " + key + ": not a MessageFormat pattern (" + ex.getMessage() + ")");
            }
        });
        assertThat(problems).isEmpty();
    }

    /** How the application's own MessageSource renders, as Thymeleaf asks for #{key} and #{key(arg)}. */
    @Test
    void messagesKeepTheirApostrophesWithAndWithoutArguments() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MessageSourceAutoConfiguration.class))
                .withPropertyValues(messages.settings().toArray(String[]::new))
                .run(context -> {
                    MessageSource source = context.getBean(MessageSource.class);
                    Object[] arguments = { 1, 1, 1, 1, 1, 1 };
                    assertThat(source.getMessage("hint.SLUG", new Object[] { 120 }, SITE_LOCALE))
                            .startsWith("The page's address after /guidance/");
                    assertThat(source.getMessage("hint.SLUG", new Object[0], SITE_LOCALE))
                            .startsWith("The page's address after /guidance/");
                    var problems = new ArrayList<String>();
                    messages.forEach((key, value, where) -> {
                        long intended = value.split("''", -1).length - 1;
                        for (Object[] given : List.of(new Object[0], arguments)) {
                            try {
                                String shown = source.getMessage(key, given, SITE_LOCALE);
                                if (shown.chars().filter(c -> c == '\'').count() != intended) {
                                    problems.add(where + ": " + key + " renders as: " + shown);
                                }
                            }
                            catch (IllegalArgumentException ex) {
                                problems.add(where + ": " + key + " cannot be rendered: " + ex.getMessage());
                            }
                        }
                    });
                    assertThat(problems).isEmpty();
                });
    }

    @Test
    void templatesCompareEnumsNotTheirNames() throws IOException {
        var problems = new ArrayList<String>();
        for (Template template : templates()) {
            template.forEachExpression((where, expression) -> {
                if (ENUM_NAME_COMPARISON.matcher(expression).find()) {
                    problems.add(where + ": " + expression);
                }
            });
        }
        assertThat(problems).as("Compare enums (or ask the view model), not their names as strings").isEmpty();
    }

    // ---------------------------------------------------------------------------------------------

    private boolean looksLikeAKey(String value) {
        return KEY.matcher(value).matches() && messages.namespaces().contains(value.substring(0, value.indexOf('.')));
    }

    private List<String> undefined(Map<String, String> keysAndWhere) {
        return keysAndWhere.entrySet().stream().filter(entry -> !messages.defines(entry.getKey()))
                .map(entry -> entry.getValue() + ": " + entry.getKey() + " is not defined").toList();
    }

    /** Every {@code messageKey()} of every constant of the application's enums. */
    private static Map<String, String> enumMessageKeys() throws ReflectiveOperationException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(Enum.class));
        var keys = new LinkedHashMap<String, String>();
        for (var candidate : scanner.findCandidateComponents(MessagesTests.class.getPackageName())) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            Method messageKey = Arrays.stream(type.getMethods())
                    .filter(method -> method.getName().equals("messageKey") && method.getParameterCount() == 0)
                    .findFirst().orElse(null);
            if (type.isEnum() && messageKey != null) {
                for (Object constant : type.getEnumConstants()) {
                    keys.put((String) messageKey.invoke(constant), type.getName() + "." + constant + ".messageKey()");
                }
            }
        }
        assertThat(keys).isNotEmpty();
        return keys;
    }

    /** Keys the templates and view models build from domain values, beyond the enums' own messageKey(). */
    private static Map<String, String> keysBuiltFromTheDomain() {
        var keys = new LinkedHashMap<String, String>();
        Consumer<String> result = key -> keys.put(key, "questionnaire/result.html and ResultPage");
        for (TrainingType type : TrainingType.values()) {
            for (Strength strength : Strength.values()) {
                result.accept("questionnaire.result.heading." + type + "." + strength);
                keys.put("qedit.outcome." + type + "." + strength, "admin/questionnaire/preview.html");
            }
            result.accept("questionnaire.result.why.towards." + type);
            keys.put("scenario.recommendation." + type, "admin/scenarios/*.html");
        }
        for (Strength strength : Strength.values()) {
            result.accept("questionnaire.result.strength." + strength);
            keys.put("scenario.strength." + strength, "admin/scenarios/edit.html");
            keys.put("scenario.strengthWord." + strength, "admin/scenarios/*.html");
        }
        // The words of rules, caveats and other advice are content (advice_text), not messages.
        for (ContentKind kind : ContentKind.values()) {
            keys.put("kind." + kind.path(), "admin/content/edit.html");
            if (kind.isAdvice()) {
                keys.put("advice.group." + kind.path(), "admin/advice.html");
            }
            if (kind.belongsToPage()) {
                keys.put("dashboard.add." + kind.path(), "admin/dashboard.html");
            }
            for (ContentKind.Field field : kind.fields()) {
                keys.put("field." + kind.path() + "." + field.name(), "admin/content/*.html");
                keys.put(field.hintKey(), "admin/content/edit.html");
            }
        }
        return keys;
    }

    private static List<String> lettered(List<String> texts) {
        return texts.stream().filter(MessagesTests::hasLetters).toList();
    }

    private static boolean hasLetters(String text) {
        return LETTER.matcher(text).find();
    }

    private static String withoutInlineExpressions(String text) {
        return INLINE_EXPRESSION.matcher(text).replaceAll("");
    }

    /** Whether the element or an element around it has its content replaced when the page renders. */
    private static boolean replacedByThymeleaf(Element element) {
        for (Element current = element; current != null && !current.nameIs("html"); current = current.parent()) {
            if (CONTENT_REPLACING.stream().anyMatch(current::hasAttr) || removesBody(current)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an element around this one (not the element itself) has its content replaced. */
    private static boolean insideReplacedContent(Element element) {
        return element.parent() != null && replacedByThymeleaf(element.parent());
    }

    private static boolean removesBody(Element element) {
        String remove = element.attr("th:remove");
        return remove.equals("all") || remove.equals("body");
    }

    private static boolean shownAsText(Element element, String attribute) {
        return SHOWN_ATTRIBUTES.contains(attribute)
                || attribute.equals("value") && element.nameIs("input")
                        && Set.of("submit", "button", "reset").contains(element.attr("type"))
                || attribute.equals("content") && element.nameIs("meta") && element.attr("name").equals("description");
    }

    private static boolean producesText(Element element, String attribute) {
        return attribute.equals("text") || attribute.equals("utext") || shownAsText(element, attribute);
    }

    private static List<Template> templates() throws IOException {
        var templates = new ArrayList<Template>();
        for (Path file : files(TEMPLATES, ".html")) {
            String html = Files.readString(file);
            Parser parser = Parser.htmlParser().setTrackPosition(true);
            templates.add(new Template(RESOURCES.relativize(file), html, Jsoup.parse(html, "", parser)));
        }
        assertThat(templates).isNotEmpty();
        return templates;
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** One parsed template, with a way to say where something is in it. */
    private record Template(Path path, String html, Document document) {

        /** "file:line" of a node. */
        String at(Node node) {
            return path + ":" + (node.sourceRange().isTracked() ? node.sourceRange().start().lineNumber() : 0);
        }

        /** "file:line" of an attribute, for elements written over several lines. */
        String at(Element element, String attribute) {
            var range = element.attributes().sourceRange(attribute).nameRange();
            return range.isTracked() ? path + ":" + range.start().lineNumber() : at(element);
        }

        /** Every Thymeleaf attribute value and inline expression, with where it is ("file:line"). */
        void forEachExpression(BiConsumer<String, String> action) {
            for (Element element : document.getAllElements()) {
                element.attributes().forEach(attribute -> {
                    if (attribute.getKey().startsWith("th:")) {
                        action.accept(at(element, attribute.getKey()), attribute.getValue());
                    }
                });
                for (TextNode text : element.textNodes()) {
                    Matcher inline = INLINE_EXPRESSION.matcher(text.getWholeText());
                    while (inline.find()) {
                        action.accept(at(text), inline.group(1) != null ? inline.group(1) : inline.group(2));
                    }
                }
            }
        }
    }

    /**
     * A message as a template uses it: a literal key, or a pattern for a key built from values (both
     * null when nothing of the key is literal, as in {@code #{${message}}}: the code's checks cover those).
     */
    private record MessageUse(String key, Pattern pattern, String source) {
    }

    /** Just enough of Thymeleaf's standard expression syntax to find literal text and message keys. */
    static final class Expressions {

        private Expressions() {
        }

        /** The text of string literals and literal substitutions outside any ${...}, #{...}, @{...}, ~{...}. */
        static List<String> literalText(String expression) {
            var literals = new ArrayList<String>();
            int i = 0;
            while (i < expression.length()) {
                char c = expression.charAt(i);
                if (isExpressionStart(expression, i)) {
                    i = closingBrace(expression, i + 1) + 1;
                }
                else if (c == '\'') {
                    int end = closingQuote(expression, i);
                    literals.add(expression.substring(i + 1, end).replace("\\'", "'"));
                    i = end + 1;
                }
                else if (c == '|') {
                    int end = expression.indexOf('|', i + 1);
                    end = end < 0 ? expression.length() : end;
                    literals.add(withoutExpressions(expression.substring(i + 1, end)));
                    i = end + 1;
                }
                else {
                    i++;
                }
            }
            return literals;
        }

        /** The name=value pairs of a {@code th:attr}. */
        static Map<String, String> assignments(String value) {
            var pairs = new LinkedHashMap<String, String>();
            for (String part : splitTopLevel(value, ',')) {
                int equals = part.indexOf('=');
                if (equals > 0) {
                    pairs.put(part.substring(0, equals).strip(), part.substring(equals + 1));
                }
            }
            return pairs;
        }

        /** Every #{...} and #messages call in an expression. */
        static List<MessageUse> messageUses(String expression) {
            var uses = new ArrayList<>(messageExpressions(expression));
            Matcher call = MESSAGES_CALL.matcher(expression);
            while (call.find()) {
                String arguments = expression.substring(call.end(), closingParenthesis(expression, call.end() - 1));
                uses.add(messageUse("${" + splitTopLevel(arguments, ',').get(0).strip() + "}"));
            }
            return uses;
        }

        private static List<MessageUse> messageExpressions(String expression) {
            var uses = new ArrayList<MessageUse>();
            for (int i = expression.indexOf("#{"); i >= 0; i = expression.indexOf("#{", i + 2)) {
                int end = closingBrace(expression, i + 1);
                String inside = expression.substring(i + 2, Math.min(end, expression.length()));
                uses.add(messageUse(keyPart(inside)));
                uses.addAll(messageExpressions(inside));
            }
            return uses;
        }

        /** The key of a message expression's content: everything before its parameters. */
        private static String keyPart(String inside) {
            String trimmed = inside.strip();
            if (trimmed.startsWith("${") || trimmed.startsWith("*{")) {
                return trimmed.substring(0, closingBrace(trimmed, 1) + 1);
            }
            if (trimmed.startsWith("|")) {
                int end = trimmed.indexOf('|', 1);
                return trimmed.substring(0, end + 1);
            }
            int parameters = trimmed.indexOf('(');
            return parameters < 0 ? trimmed : trimmed.substring(0, parameters).strip();
        }

        private static MessageUse messageUse(String key) {
            if (key.startsWith("|")) {
                return dynamic(key, splitSubstitution(key.substring(1, key.length() - 1)));
            }
            if (key.startsWith("${") || key.startsWith("*{")) {
                String inner = key.substring(2, key.length() - 1).strip();
                List<String> terms = splitTopLevel(inner, '+').stream().map(String::strip).toList();
                if (terms.size() == 1 && terms.get(0).matches("'[^']*'")) {
                    return new MessageUse(terms.get(0).substring(1, terms.get(0).length() - 1), null, key);
                }
                return dynamic(key, terms.stream()
                        .map(term -> term.matches("'[^']*'") ? term.substring(1, term.length() - 1) : null).toList());
            }
            return new MessageUse(key, null, key);
        }

        /** A key from literal parts and values (null), as a pattern; none when nothing of it is literal. */
        private static MessageUse dynamic(String source, List<String> parts) {
            if (parts.stream().allMatch(part -> part == null || part.isEmpty())) {
                return new MessageUse(null, null, source);
            }
            String regex = parts.stream().map(part -> part == null ? ".+" : Pattern.quote(part))
                    .collect(Collectors.joining());
            return new MessageUse(null, Pattern.compile(regex), source);
        }

        /** A literal substitution's literal parts, with null for each ${...}. */
        private static List<String> splitSubstitution(String body) {
            var parts = new ArrayList<String>();
            int i = 0;
            var literal = new StringBuilder();
            while (i < body.length()) {
                if (isExpressionStart(body, i)) {
                    parts.add(literal.toString());
                    literal.setLength(0);
                    parts.add(null);
                    i = closingBrace(body, i + 1) + 1;
                }
                else {
                    literal.append(body.charAt(i++));
                }
            }
            parts.add(literal.toString());
            return parts;
        }

        private static String withoutExpressions(String text) {
            return splitSubstitution(text).stream().filter(part -> part != null).collect(Collectors.joining());
        }

        private static boolean isExpressionStart(String text, int i) {
            return i + 1 < text.length() && "$#@~*".indexOf(text.charAt(i)) >= 0 && text.charAt(i + 1) == '{';
        }

        /** The index of the brace closing the one at {@code open}, skipping string literals. */
        private static int closingBrace(String text, int open) {
            int depth = 0;
            for (int i = open; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\'') {
                    i = closingQuote(text, i);
                }
                else if (c == '{') {
                    depth++;
                }
                else if (c == '}' && --depth == 0) {
                    return i;
                }
            }
            return text.length();
        }

        private static int closingParenthesis(String text, int open) {
            int depth = 0;
            for (int i = open; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\'') {
                    i = closingQuote(text, i);
                }
                else if (c == '(' || c == '{') {
                    depth++;
                }
                else if ((c == ')' || c == '}') && --depth == 0) {
                    return i;
                }
            }
            return text.length();
        }

        private static int closingQuote(String text, int open) {
            for (int i = open + 1; i < text.length(); i++) {
                if (text.charAt(i) == '\\') {
                    i++;
                }
                else if (text.charAt(i) == '\'') {
                    return i;
                }
            }
            return text.length();
        }

        private static List<String> splitTopLevel(String text, char separator) {
            var parts = new ArrayList<String>();
            int depth = 0;
            int start = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\'') {
                    i = closingQuote(text, i);
                }
                else if (c == '(' || c == '{' || c == '[') {
                    depth++;
                }
                else if (c == ')' || c == '}' || c == ']') {
                    depth--;
                }
                else if (c == separator && depth == 0) {
                    parts.add(text.substring(start, i));
                    start = i + 1;
                }
            }
            parts.add(text.substring(start));
            return parts;
        }
    }

    /** The messages of every basename in {@code spring.messages.basename}, with where each key is defined. */
    private record Messages(Map<String, String> values, Map<String, List<String>> definitions, List<String> settings) {

        static Messages load() {
            try {
                Properties application = new Properties();
                application.load(new StringReader(Files.readString(RESOURCES.resolve("application.properties"))));
                var settings = application.stringPropertyNames().stream()
                        .filter(name -> name.startsWith("spring.messages."))
                        .map(name -> name + "=" + application.getProperty(name)).toList();
                var values = new LinkedHashMap<String, String>();
                var definitions = new LinkedHashMap<String, List<String>>();
                for (String basename : application.getProperty("spring.messages.basename").split(",")) {
                    // The basename itself and any locale of it, e.g. messages_cy.properties.
                    Pattern names = Pattern.compile(Pattern.quote(basename.strip()) + "(_[A-Za-z_]+)?\\.properties");
                    try (Stream<Path> files = Files.list(RESOURCES)) {
                        for (Path file : files.filter(path -> names.matcher(path.getFileName().toString()).matches())
                                .sorted().toList()) {
                            String text = Files.readString(file, StandardCharsets.UTF_8);
                            Properties properties = new Properties();
                            properties.load(new StringReader(text));
                            properties.stringPropertyNames()
                                    .forEach(key -> values.putIfAbsent(key, properties.getProperty(key)));
                            // Properties keeps the last of two lines with one key: read the lines to see both.
                            List<String> lines = text.lines().toList();
                            for (int i = 0; i < lines.size(); i++) {
                                Matcher definition = DEFINITION.matcher(lines.get(i));
                                if (definition.lookingAt() && (i == 0 || !lines.get(i - 1).endsWith("\\"))) {
                                    definitions.computeIfAbsent(definition.group(1), key -> new ArrayList<>())
                                            .add(file + ":" + (i + 1));
                                }
                            }
                        }
                    }
                }
                assertThat(values).isNotEmpty();
                return new Messages(values, definitions, settings);
            }
            catch (IOException ex) {
                throw new IllegalStateException(ex);
            }
        }

        Set<String> keys() {
            return values.keySet();
        }

        boolean defines(String key) {
            return values.containsKey(key);
        }

        boolean matches(Pattern pattern) {
            return values.keySet().stream().anyMatch(key -> pattern.matcher(key).matches());
        }

        /** The first part of every key ("edit", "questionnaire"...): a string starting so is taken for a key. */
        Set<String> namespaces() {
            return values.keySet().stream().map(key -> key.substring(0, key.indexOf('.') < 0 ? key.length()
                    : key.indexOf('.'))).collect(Collectors.toCollection(TreeSet::new));
        }

        List<String> duplicates() {
            return definitions.entrySet().stream().filter(entry -> entry.getValue().size() > 1)
                    .map(entry -> entry.getKey() + " in " + entry.getValue()).toList();
        }

        void forEach(MessageConsumer consumer) {
            values.forEach((key, value) -> consumer.accept(key, value,
                    definitions.getOrDefault(key, List.of("?")).get(0)));
        }
    }

    @FunctionalInterface
    private interface MessageConsumer {
        void accept(String key, String value, String where);
    }
}
