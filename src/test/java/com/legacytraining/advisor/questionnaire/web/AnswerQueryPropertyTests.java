package com.legacytraining.advisor.questionnaire.web;

import static com.legacytraining.advisor.Generated.forAll;
import static com.legacytraining.advisor.Generated.hostileText;
import static com.legacytraining.advisor.Generated.oneOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import com.legacytraining.advisor.Generated;
import com.legacytraining.advisor.Html;
import com.legacytraining.advisor.WebIntegrationTest;
import com.legacytraining.advisor.questionnaire.QuestionnaireService;
import com.legacytraining.advisor.questionnaire.scoring.AnswerProblem;
import com.legacytraining.advisor.questionnaire.scoring.Answers;
import com.legacytraining.advisor.questionnaire.scoring.AnswersParseResult;
import com.legacytraining.advisor.questionnaire.scoring.QuestionDefinition;
import com.legacytraining.advisor.questionnaire.scoring.QuestionnaireDefinition;
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
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The questionnaire's addresses over generated query strings, hostile and valid mixed: the result
 * page, a question's answer, the JSON API and a plan. None ever fails with a server error, and each
 * answers what the parser makes of exactly the parameters it received: the page or the redirect for
 * answers that can be used, a 400 that names every parameter that cannot.
 */
@WebIntegrationTest
class AnswerQueryPropertyTests {

    private static final int TRIES = 200;

    @Autowired
    MockMvc mvc;

    @Autowired
    QuestionnaireService questionnaire;

    @Test
    void theResultPageAnswersWhatTheParserMakesOfItsQuery() {
        QuestionnaireDefinition definition = questionnaire.current();
        Set<Integer> seen = new HashSet<>();
        forAll(TRIES, this::parameters, Generated::smallerParameters, parameters -> {
            MvcResult result = send("/questionnaire/result", parameters);
            AnswersParseResult parsed = Answers.parse(definition, received(result));
            int status = result.getResponse().getStatus();
            seen.add(status);
            assertThat(status).isEqualTo(parsed.hasProblems() ? 400 : parsed.isComplete() ? 200 : 303);
            if (status == 400 && !refusedByTheFirewall(result)) {
                assertThat(Html.parse(result).select(".problem-list li")).hasSize(parsed.problems().size());
            }
        });
        assertThat(seen).containsExactlyInAnyOrder(200, 303, 400);
    }

    @Test
    void aQuestionsAnswerGoesOnOnlyWithOneOfItsOptions() {
        QuestionnaireDefinition definition = questionnaire.current();
        String key = definition.questions().get(0).key();
        forAll(TRIES, this::parameters, Generated::smallerParameters, parameters -> {
            MvcResult result = send("/questionnaire/" + key + "/answer", parameters);
            AnswersParseResult parsed = Answers.parse(definition, received(result));
            assertThat(result.getResponse().getStatus()).isEqualTo(parsed.hasProblems() ? 400
                    : parsed.answers().option(key).isEmpty() ? 200 : 303);
        });
    }

    @Test
    void theApiNamesEveryParameterItCannotUse() {
        QuestionnaireDefinition definition = questionnaire.current();
        forAll(TRIES, this::parameters, Generated::smallerParameters, parameters -> {
            MvcResult result = send("/api/recommendation", parameters);
            MockHttpServletResponse response = result.getResponse();
            List<AnswerProblem> problems = Answers.parse(definition, received(result), Set.of("v"))
                    .problemsIncludingUnanswered();
            if (problems.isEmpty()) {
                assertThat(response.getStatus()).isEqualTo(200);
                assertThat(JsonPath.<String>read(response.getContentAsString(), "$.recommendation")).isNotBlank();
            }
            else if (refusedByTheFirewall(result)) {
                assertThat(response.getStatus()).isEqualTo(400);
            }
            else {
                assertThat(response.getStatus()).isEqualTo(400);
                assertThat(response.getContentType()).startsWith("application/problem+json");
                List<String> named = JsonPath.read(response.getContentAsString(), "$.errors[*].parameter");
                assertThat(named).containsExactlyInAnyOrderElementsOf(
                        problems.stream().map(AnswerProblem::parameter).toList());
            }
        });
    }

    @Test
    void aPlanAddressIsAPlanOrABadRequest() {
        QuestionnaireDefinition definition = questionnaire.current();
        forAll(TRIES, random -> planParameters(random, definition), Generated::smallerParameters, parameters -> {
            int status = send("/plan", parameters).getResponse().getStatus();
            assertThat(status).isIn(200, 400);
        });
    }

    private MvcResult send(String path, Map<String, List<String>> parameters) throws Exception {
        String query = parameters.entrySet().stream()
                .flatMap(parameter -> parameter.getValue().stream().map(value -> encode(parameter.getKey())
                        + (value == null ? "" : "=" + encode(value))))
                .collect(Collectors.joining("&"));
        return mvc.perform(get(URI.create(query.isEmpty() ? path : path + "?" + query))).andReturn();
    }

    /** What the controller saw: the parser's oracle is exactly that, whatever the transport made of the query. */
    private static Map<String, List<String>> received(MvcResult result) {
        Map<String, List<String>> received = new LinkedHashMap<>();
        result.getRequest().getParameterMap().forEach((name, values) -> received.put(name, Arrays.asList(values)));
        return received;
    }

    /**
     * Spring Security's firewall refuses a parameter name with a control character or an unassigned
     * code point outright, with a 400 and the site's error page (a problem under /api), which MockMvc,
     * having no container, leaves empty: the request never reaches the parser.
     */
    private static boolean refusedByTheFirewall(MvcResult result) {
        return result.getRequest().getParameterMap().keySet().stream().anyMatch(name -> name.codePoints()
                .anyMatch(point -> Character.isISOControl(point) || !Character.isDefined(point)));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Answers to some or all questions, with near misses and hostile parameters among them. */
    private Map<String, List<String>> parameters(Random random) {
        QuestionnaireDefinition definition = questionnaire.current();
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        boolean valid = random.nextInt(3) == 0;
        for (QuestionDefinition question : definition.questions()) {
            if (valid ? random.nextInt(8) > 0 : random.nextBoolean()) {
                parameters.put(question.key(), List.of(oneOf(random, question.options()).key()));
            }
        }
        if (valid) {
            if (random.nextBoolean()) {
                parameters.put("v", List.of(hostileText(random)));
            }
            return parameters;
        }
        for (int extra = 1 + random.nextInt(4); extra > 0; extra--) {
            String name = random.nextInt(3) == 0 ? oneOf(random, definition.questionKeys()) : hostileText(random);
            List<String> values = new ArrayList<>();
            for (int count = random.nextInt(8) == 0 ? 2 : 1; count > 0; count--) {
                values.add(random.nextInt(15) == 0 ? null : hostileText(random));
            }
            parameters.put(name, values);
        }
        return parameters;
    }

    /** Plan groups: real codes with names, and codes, names and counts that are not. */
    private static Map<String, List<String>> planParameters(Random random, QuestionnaireDefinition definition) {
        List<String> groups = new ArrayList<>();
        for (int count = random.nextInt(25); count > 0; count--) {
            Answers answers = Answers.none(definition);
            for (QuestionDefinition question : definition.questions()) {
                answers = answers.with(question.key(), oneOf(random, question.options()).key());
            }
            String code = random.nextInt(3) > 0 ? PlanCode.of(answers) : hostileText(random);
            groups.add(code + (random.nextInt(4) > 0 ? "." + (random.nextBoolean() ? "Night staff" : hostileText(random)) : ""));
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put(Plan.PARAMETER, groups);
        if (random.nextInt(4) == 0) {
            parameters.put(hostileText(random), List.of(hostileText(random)));
        }
        return parameters;
    }
}
