package com.legacytraining.advisor.site;

import static com.legacytraining.advisor.Generated.forAll;
import static com.legacytraining.advisor.Generated.hostileText;
import static com.legacytraining.advisor.Generated.oneOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.legacytraining.advisor.Generated;
import com.legacytraining.advisor.IsolatedWebIntegrationTest;
import com.legacytraining.advisor.content.ContentEditing;
import com.legacytraining.advisor.content.ContentKind;
import com.legacytraining.advisor.questionnaire.QuestionnaireService;
import com.legacytraining.advisor.questionnaire.scoring.OptionDefinition;
import com.legacytraining.advisor.questionnaire.scoring.QuestionDefinition;
import com.legacytraining.advisor.questionnaire.scoring.Strength;
import com.legacytraining.advisor.questionnaire.scoring.TrainingType;
import com.legacytraining.advisor.admin.AdminUserService;
import com.legacytraining.advisor.visitors.EnquiryService;
import com.legacytraining.advisor.visitors.NewEnquiry;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every form, admin and public, bound from generated input through the application's own
 * {@code WebDataBinder} ({@link TolerantFormBinding}, {@link PlainDecimalNumbers}) and validation:
 * real field names with valid and hostile values, and names no form has. Whatever comes in, no
 * exception escapes as a server error, and the answer is either the value taken (a redirect) or a
 * clear problem: the form again, with an error summary that says what is wrong in the site's words
 * and every text the person typed still in its field, or a 4xx page for what no form of ours sends.
 * Valid input is saved, so it has a database of its own.
 */
@IsolatedWebIntegrationTest
class FormBindingPropertyTests {

    private static final int TRIES = 100;
    private static final String ADMIN_NAME = "binder";
    private static final RequestPostProcessor ADMIN = user(ADMIN_NAME).roles("ADMIN");
    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final List<String> STRANGE_NAMES = List.of("fields[x][y]", "a[0]", "x.y.z", "class.module",
            "options[x][y]", "answers[x][y]", "version[0]", "[", "]", "fields", "options[rarely]", "answers");

    @Autowired
    MockMvc mvc;

    @Autowired
    ContentEditing content;

    @Autowired
    QuestionnaireService questionnaire;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AdminUserService users;

    @Autowired
    EnquiryService enquiries;

    @Autowired
    ApplicationContext context;

    /**
     * One form as a person fills it in.
     *
     * @param echoed the fields whose text must come back as typed when the form is shown again
     */
    private record Form(String name, String path, boolean get, RequestPostProcessor who,
            Function<Random, Map<String, List<String>>> fill, Set<String> echoed) {
    }

    @TestFactory
    Stream<DynamicTest> everyFormTakesTheValueOrSaysClearlyWhatIsWrong() {
        return forms().stream().map(form -> dynamicTest(form.name(), () -> forAll(TRIES,
                random -> withStrangeNames(random, form.fill().apply(random)), Generated::smallerParameters,
                values -> check(form, values))));
    }

    /** PostgreSQL cannot store a NUL in text (H2, which the tests run on, can): none reaches the database. */
    @Test
    void aNulInTypedTextIsNeverStored() throws Exception {
        long page = jdbc.sql("select min(id) from guidance_page").query(Long.class).single();
        String location = mvc.perform(post("/admin/content/faq/new").with(csrf()).with(ADMIN)
                        .param("page", String.valueOf(page)).param("fields[question]", "Who\u0000 trains?")
                        .param("fields[answer]", "We\u0000 do.").param("action", "publish"))
                .andReturn().getResponse().getRedirectedUrl();

        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(content.item(ContentKind.FAQ, id).working()).containsEntry("question", "Who trains?")
                .containsEntry("answer", "We do.");
    }

    /** Not only bound forms: what Spring Security and plain request parameters take is stored without a NUL too. */
    @Test
    void aNulInASignInOrANoteIsNeverStored() throws Exception {
        mvc.perform(post("/admin/login").with(csrf()).param("username", "nul\u0000user").param("password", "wrong")
                .with(request -> {
                    request.setRemoteAddr("198.51.100.251");
                    return request;
                }));
        String reference = enquiries.submit(new NewEnquiry("Sam", "Care", "sam@example.org", null, null, "Hello", null),
                null);
        long enquiry = jdbc.sql("select id from enquiry where reference = ?").param(reference).query(Long.class).single();
        mvc.perform(post("/admin/enquiries/" + enquiry + "/notes").with(csrf()).with(ADMIN).param("notes", "Call\u0000 back"));

        assertThat(jdbc.sql("select username from sign_in_failure where username like 'nul%'").query(String.class).list())
                .containsExactly("nuluser");
        assertThat(enquiries.find(enquiry).notes()).isEqualTo("Call back");
    }

    /** A form added later is bound from generated input too: every handler that binds one is in {@link #forms()}. */
    @Test
    void everyFormIsChecked() {
        List<String> checked = forms().stream().map(Form::path).toList();
        PathPatternParser parser = new PathPatternParser();
        Routes.of(context).forEach(route -> route.handlers().values().stream().flatMap(List::stream)
                .filter(handler -> Arrays.stream(handler.getMethodParameters())
                        .anyMatch(parameter -> parameter.hasParameterAnnotation(ModelAttribute.class)))
                .forEach(handler -> assertThat(checked).as("a form bound by " + handler + " at " + route)
                        .anyMatch(path -> parser.parse(route.pattern()).matches(PathContainer.parsePath(path)))));
    }

    private List<Form> forms() {
        if (!users.exists(ADMIN_NAME)) {
            // A real account, so changing its password finds it.
            users.create(ADMIN_NAME, "the current passphrase", "test");
        }
        long page = jdbc.sql("select min(id) from guidance_page").query(Long.class).single();
        long faq = content.create(ContentKind.FAQ, page, Map.of("question", "Who binds forms?", "answer", "Spring."),
                true, null, "binder");
        long scenario = jdbc.sql("select min(id) from scenario").query(Long.class).single();
        String reference = enquiries.submit(new NewEnquiry("Sam", "Notes Binding Care", "sam@example.org", null, null,
                "Please call.", null), null);
        long enquiry = jdbc.sql("select id from enquiry where reference = ?").param(reference).query(Long.class).single();
        List<QuestionDefinition> questions = questionnaire.current().questions();
        QuestionDefinition setting = questions.get(0);
        Set<String> contentEchoed = Set.of("fields[question]", "fields[answer]", "changeNote");
        Set<String> optionFields = new HashSet<>();
        for (OptionDefinition option : setting.options()) {
            for (String part : List.of("text", "points", "position")) {
                optionFields.add("options[" + option.key() + "]." + part);
            }
        }
        Set<String> questionEchoed = new HashSet<>(optionFields);
        questionEchoed.addAll(Set.of("text", "hint"));
        return List.of(
                new Form("a new FAQ entry", "/admin/content/faq/new", false, ADMIN, random -> fields(random,
                        "page", String.valueOf(page), "fields[question]", "What is PMVA?",
                        "fields[answer]", "Prevention and management.", "changeNote", "New",
                        "action", oneOf(random, List.of("preview", "save", "publish"))), contentEchoed),
                new Form("an FAQ entry", "/admin/content/faq/" + faq, false, ADMIN, random -> fields(random,
                        "fields[question]", "What is breakaway?", "fields[answer]", "Getting away safely.",
                        "changeNote", "Clearer", "version", "1",
                        "action", oneOf(random, List.of("preview", "save", "publish", "discard"))), contentEchoed),
                new Form("marking a page as reviewed", "/admin/content/page/" + page + "/review", false, ADMIN,
                        random -> fields(random, "intervalMonths", "12", "note", "Checked against the standards"),
                        Set.of("intervalMonths", "note")),
                new Form("a question", "/admin/questionnaire/questions/" + setting.key(), false, ADMIN,
                        random -> questionFields(random, setting), questionEchoed),
                new Form("a new scenario", "/admin/scenarios/new", false, ADMIN,
                        random -> scenarioFields(random, questions, null), Set.of("name")),
                new Form("a scenario", "/admin/scenarios/" + scenario, false, ADMIN,
                        random -> scenarioFields(random, questions, "1"), Set.of("name")),
                new Form("publishing the questionnaire", "/admin/questionnaire/publish", false, ADMIN,
                        random -> fields(random, "version", "1", "changeNote", "Reweighed", "confirm", "true"),
                        Set.of("changeNote")),
                new Form("an enquiry's notes", "/admin/enquiries/" + enquiry + "/notes", false, ADMIN,
                        random -> fields(random, "notes", "Rang back on Tuesday"), Set.of("notes")),
                new Form("a new admin", "/admin/users", false, ADMIN, random -> fields(random,
                        "username", "admin-" + random.nextInt(1_000_000), "password", "a long enough passphrase"),
                        Set.of("username")),
                new Form("a new password", "/admin/account/password", false, ADMIN, random -> fields(random,
                        "currentPassword", "the current passphrase", "newPassword", "a new long passphrase",
                        "confirmPassword", "a new long passphrase"), Set.of()),
                new Form("an enquiry", "/enquiry", false, anonymous(), random -> fields(random,
                        "name", "Sam Jones", "organisation", "Riverside Care", "email", "sam@example.org",
                        "phone", "01234 567890", "staffCount", "12", "message", "We need training.",
                        "consent", "true", "result", "", "website", ""),
                        Set.of("name", "organisation", "email", "phone", "staffCount", "message")),
                new Form("a feedback comment", "/feedback/comment", false, anonymous(), random -> fields(random,
                        "comment", "The page was too long.", "token", "not-a-real-token", "page", "/faq",
                        "website", ""), Set.of("comment")),
                new Form("a group for a plan", "/plan/add", true, anonymous(),
                        random -> planFields(random, questions), Set.of("name")),
                // A refused period is a 400 that keeps the dates typed (StatisticsTests); a taken one shows the whole weeks.
                new Form("a statistics period", "/admin/statistics", true, ADMIN,
                        random -> fields(random, "from", "2026-11-02", "to", "2026-11-28"), Set.of()),
                new Form("a statistics period for the CSV", "/admin/statistics.csv", true, ADMIN,
                        random -> fields(random, "from", "2026-11-02", "to", "2026-11-28"), Set.of()));
    }

    private void check(Form form, Map<String, List<String>> values) throws Exception {
        MockHttpServletRequestBuilder request;
        if (form.get()) {
            // In the address, as a browser sends a GET form: the page cache keys pages by it.
            String query = values.entrySet().stream().flatMap(field -> field.getValue().stream()
                    .map(value -> encode(field.getKey()) + "=" + encode(value))).collect(Collectors.joining("&"));
            request = get(URI.create(form.path() + "?" + query));
        }
        else {
            request = post(form.path()).with(csrf());
            values.forEach((name, list) -> request.param(name, list.toArray(String[]::new)));
        }
        MockHttpServletResponse response = mvc.perform(request.with(form.who())).andReturn().getResponse();
        int status = response.getStatus();
        assertThat(status).as("status").isLessThan(500);
        if (status != 200) {
            // Taken (a redirect), or refused as nothing our forms send (a tampered version, a used token).
            assertThat(status).as("status").isBetween(300, 499);
            return;
        }
        String html = response.getContentAsString();
        // Spring's own words for a value it could not convert, or a message key with no message.
        assertThat(html).as("the page speaks the site's words").doesNotContain("Failed to convert", "typeMismatch")
                .doesNotContainPattern("\\?\\?[\\w.]+_[\\w]+\\?\\?");
        Document page = Jsoup.parse(html);
        Element summary = page.selectFirst(".error-summary__list");
        if (summary != null) {
            assertThat(summary.select("li")).as("the error summary names each problem").isNotEmpty()
                    .allSatisfy(item -> assertThat(item.text()).isNotBlank());
        }
        for (String name : form.echoed()) {
            List<String> typed = values.get(name);
            Element field = page.selectFirst("[name=\"" + name + "\"]");
            if (typed != null && typed.size() == 1 && typed.get(0) != null && field != null) {
                assertThat(comparable(field.tagName().equals("textarea") ? field.wholeText() : field.val()))
                        .as("what was typed in " + name + " is still there").isEqualTo(comparable(typed.get(0)));
            }
        }
    }

    /**
     * Text as a browser would send it back: HTML drops a textarea's first newline and turns a NUL
     * into U+FFFD, and control characters cannot be typed into a field at all.
     */
    private static String comparable(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').codePoints()
                .filter(point -> point == '\n' || point == '\t' || !Character.isISOControl(point) && point != 0xFFFD)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
    }

    /** The fields with their valid values, each swapped for a hostile one, left out or doubled now and then. */
    private static Map<String, List<String>> fields(Random random, String... namesAndValues) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String valid = namesAndValues[i + 1];
            switch (random.nextInt(10)) {
                case 0 -> { }
                case 1 -> fields.put(namesAndValues[i], List.of(valid, hostileText(random)));
                case 2, 3, 4, 5 -> fields.put(namesAndValues[i], List.of(hostileText(random)));
                default -> fields.put(namesAndValues[i], List.of(valid));
            }
        }
        return fields;
    }

    private static Map<String, List<String>> questionFields(Random random, QuestionDefinition question) {
        List<String> namesAndValues = new ArrayList<>(List.of("text", question.text(), "hint", "A hint",
                "version", "1"));
        for (OptionDefinition option : question.options()) {
            String prefix = "options[" + (random.nextInt(20) == 0 ? hostileText(random) : option.key()) + "].";
            namesAndValues.addAll(List.of(prefix + "text", option.text(), prefix + "points",
                    String.valueOf(option.points()), prefix + "position", String.valueOf(option.position())));
        }
        return fields(random, namesAndValues.toArray(String[]::new));
    }

    private static Map<String, List<String>> scenarioFields(Random random, List<QuestionDefinition> questions,
            String version) {
        List<String> namesAndValues = new ArrayList<>(List.of("name", "Night staff on a secure ward",
                "recommendation", oneOf(random, List.of(TrainingType.values())).name(),
                "strength", oneOf(random, List.of(Strength.values())).name()));
        if (version != null) {
            namesAndValues.addAll(List.of("version", version));
        }
        for (QuestionDefinition question : questions) {
            namesAndValues.addAll(List.of("answers[" + question.key() + "]", oneOf(random, question.options()).key()));
        }
        return fields(random, namesAndValues.toArray(String[]::new));
    }

    private static Map<String, List<String>> planFields(Random random, List<QuestionDefinition> questions) {
        List<String> namesAndValues = new ArrayList<>(List.of("name", "Night staff"));
        if (random.nextInt(4) == 0) {
            namesAndValues.addAll(List.of("code", "A".repeat(questions.size()), "replace", "0"));
        }
        for (QuestionDefinition question : questions) {
            namesAndValues.addAll(List.of("answers[" + question.key() + "]", oneOf(random, question.options()).key()));
        }
        return fields(random, namesAndValues.toArray(String[]::new));
    }

    /** Now and then a field name no form has: malformed, or a path into the form object it must not reach. */
    private static Map<String, List<String>> withStrangeNames(Random random, Map<String, List<String>> fields) {
        if (random.nextInt(4) == 0) {
            fields.put(random.nextBoolean() ? oneOf(random, STRANGE_NAMES) : hostileText(random),
                    List.of(hostileText(random)));
        }
        return fields;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A visitor from an address of their own, so the public forms' hourly limits never decide the answer. */
    private static RequestPostProcessor anonymous() {
        return request -> {
            request.setRemoteAddr("198.51.100." + (ADDRESSES.incrementAndGet() % 250 + 1));
            return request;
        };
    }
}
