package com.legacytraining.advisor.questionnaire.web;

import com.legacytraining.advisor.questionnaire.Scenarios;
import com.legacytraining.advisor.questionnaire.scoring.Caveat;
import com.legacytraining.advisor.questionnaire.scoring.Rule;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.legacytraining.advisor.WebIntegrationTest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;

@WebIntegrationTest
class RecommendationApiTests {

    private static final String ACUTE_WARD = Scenarios.answers("AADCDCDDCADA").toQueryString();

    @Autowired
    MockMvc mvc;

    static List<Scenarios.Scenario> scenarios() {
        return Scenarios.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void answersEveryScenarioAsTheDomainExpects(Scenarios.Scenario scenario) throws Exception {
        mvc.perform(get("/api/recommendation?" + scenario.answers().toQueryString()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.recommendation").value(scenario.recommendation().name()))
                .andExpect(jsonPath("$.strength").value(scenario.strength().name()))
                .andExpect(jsonPath("$.score").value(scenario.score()))
                .andExpect(jsonPath("$.rules", equalTo(scenario.rules().stream().map(Rule::key).toList())))
                .andExpect(jsonPath("$.caveats", equalTo(scenario.caveats().stream().map(Caveat::key).toList())))
                .andExpect(jsonPath("$.reasons.length()").value(lessThanOrEqualTo(3)));
    }

    @Test
    void givesExactlyTheContractsFieldsWithReasonsLargestFirst() throws Exception {
        mvc.perform(get("/api/recommendation?" + ACUTE_WARD))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"recommendation":"PMVA","strength":"STRONG","score":33,
                         "rules":["restrictive-intervention-possible","use-of-force-act","restrictive-care-plans"],
                         "caveats":[],
                         "reasons":[{"question":"setting","answer":"inpatient-secure","points":4},
                                    {"question":"physical-intervention","answer":"planned","points":4},
                                    {"question":"people","answer":"crisis-or-behaviour-that-challenges","points":3}],
                         "counterfactuals":[]}
                        """, JsonCompareMode.STRICT));
    }

    @Test
    void listsTheCounterfactualsThatTurnTheRecommendationRoundThenThoseThatChangeItsStrength() throws Exception {
        // Hospital porters, -3: borderline breakaway. Behaviour support daily (+2) makes the tie-break PMVA.
        mvc.perform(get("/api/recommendation?" + Scenarios.answers("CCBBBABBABBC").toQueryString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counterfactuals.length()").value(lessThanOrEqualTo(6)))
                .andExpect(jsonPath("$.counterfactuals[0].changes").value("recommendation"))
                .andExpect(jsonPath("$.counterfactuals[0].answers.length()").value(1))
                .andExpect(jsonPath("$.counterfactuals[0].recommendation").value("PMVA"))
                .andExpect(jsonPath("$.counterfactuals[0].answers[0]", equalTo(Map.of("question", "behaviour-support",
                        "from", "occasional", "to", "daily"))))
                .andExpect(jsonPath("$.counterfactuals[?(@.changes == 'strength')].recommendation",
                        everyItem(equalTo("BREAKAWAY"))));
    }

    @Test
    void namesEveryMissingQuestionWhenNothingIsGiven() throws Exception {
        mvc.perform(get("/api/recommendation"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").isString())
                .andExpect(jsonPath("$.detail").isString())
                .andExpect(jsonPath("$.errors", hasSize(12)))
                .andExpect(jsonPath("$.errors[0].parameter").value("setting"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("no answer was given")));
    }

    @Test
    void namesEveryOffendingParameterAtOnce() throws Exception {
        String query = Scenarios.answers("AADCDCDDCADA").without("people").toQueryString()
                .replace("severity=injury", "severity=catastrophic")
                .replace("role=direct-care", "role=direct-care&role=responder")
                + "&colour=blue";

        mvc.perform(get("/api/recommendation?" + query))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].parameter")
                        .value(containsInAnyOrder("people", "severity", "role", "colour")))
                .andExpect(jsonPath("$.errors[?(@.parameter == 'severity')].message")
                        .value(contains(containsString("'catastrophic' is not one of the options"))))
                .andExpect(jsonPath("$.errors[?(@.parameter == 'role')].message")
                        .value(contains(containsString("answered 2 times"))));
    }

    @Test
    void treatsAnEmptyValueAsAnUnknownOption() throws Exception {
        mvc.perform(get("/api/recommendation?" + ACUTE_WARD.replace("setting=inpatient-secure", "setting=")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].parameter").value(contains("setting")));
    }

    @Test
    void refusesTheJourneysChangeMarkerAsAnUnknownParameter() throws Exception {
        mvc.perform(get("/api/recommendation?" + ACUTE_WARD + "&change=check"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].parameter").value(contains("change")));
    }

    @Test
    void neverAnswersAnUnsupportedMethodWithAServerError() throws Exception {
        mvc.perform(delete("/api/recommendation"))
                .andExpect(status().is4xxClientError());
        mvc.perform(post("/api/recommendation?" + ACUTE_WARD)
                        .with(csrf()))
                .andExpect(status().isMethodNotAllowed());
    }

    /** OPTIONS names only the methods the API answers, and every refusal says the same, as a problem. */
    @Test
    void advertisesOnlyTheMethodsItAnswers() throws Exception {
        String allowed = mvc.perform(options("/api/recommendation")).andExpect(status().isOk())
                .andReturn().getResponse().getHeader(HttpHeaders.ALLOW);
        assertThat(methods(allowed)).containsExactlyInAnyOrder("GET", "HEAD", "OPTIONS");
        for (String method : methods(allowed)) {
            assertThat(mvc.perform(request(HttpMethod.valueOf(method), "/api/recommendation?" + ACUTE_WARD))
                    .andReturn().getResponse().getStatus()).as(method).isEqualTo(200);
        }
        for (HttpMethod method : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE)) {
            var refused = mvc.perform(request(method, "/api/recommendation?" + ACUTE_WARD).with(csrf()))
                    .andExpect(status().isMethodNotAllowed())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON)).andReturn().getResponse();
            assertThat(methods(refused.getHeader(HttpHeaders.ALLOW))).as(method.name())
                    .containsExactlyInAnyOrder("GET", "HEAD", "OPTIONS");
        }
    }

    private static List<String> methods(String allow) {
        assertThat(allow).isNotNull();
        return Arrays.stream(allow.split(",")).map(String::strip).toList();
    }

    @Test
    void neverAnswersAnUnacceptableMediaTypeWithAServerError() throws Exception {
        mvc.perform(get("/api/recommendation?" + ACUTE_WARD).accept(MediaType.APPLICATION_XML))
                .andExpect(status().isNotAcceptable());
    }
}
