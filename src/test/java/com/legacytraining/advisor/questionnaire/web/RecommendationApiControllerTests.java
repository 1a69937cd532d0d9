package com.legacytraining.advisor.questionnaire.web;

import static com.legacytraining.advisor.questionnaire.QuestionnaireBuilder.draftOf;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import com.legacytraining.advisor.questionnaire.QuestionnaireService;
import com.legacytraining.advisor.questionnaire.Scenarios;
import com.legacytraining.advisor.questionnaire.SeededQuestionnaire;
import com.legacytraining.advisor.questionnaire.scoring.ScoringService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The JSON API's controller with the real {@link ScoringService} and a mocked questionnaire, so a test can
 * publish a change without a database. {@link RecommendationApiTests} checks every domain scenario and the
 * contract's exact JSON through the whole application.
 */
@QuestionnaireWebSlice
class RecommendationApiControllerTests {

    private static final String ACUTE_WARD = Scenarios.answers("AADCDCDDCADA").toQueryString();

    @Autowired
    MockMvc mvc;

    @MockitoBean
    QuestionnaireService questionnaire;

    @BeforeEach
    void servesTheSeededQuestionnaire() {
        given(questionnaire.current()).willReturn(SeededQuestionnaire.definition());
    }

    @Test
    void scoresWithThePointsOfThePublishedQuestionnaire() throws Exception {
        mvc.perform(get("/api/recommendation?" + ACUTE_WARD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.score").value(33))
                .andExpect(jsonPath("$.reasons[0].points").value(4));

        given(questionnaire.current()).willReturn(draftOf(SeededQuestionnaire.definition())
                .withPoints("setting", "inpatient-secure", 10).build());

        mvc.perform(get("/api/recommendation?" + ACUTE_WARD))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.score").value(39))
                .andExpect(jsonPath("$.reasons[0].question").value("setting"))
                .andExpect(jsonPath("$.reasons[0].points").value(10));
    }

    @Test
    void acceptsTheVersionThatSharedResultLinksCarry() throws Exception {
        mvc.perform(get("/api/recommendation?" + ACUTE_WARD + "&v=1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recommendation").value("PMVA"))
                .andExpect(jsonPath("$.strength").value("STRONG"));
    }

    @Test
    void describesBadAnswersAsAProblemNamingEveryQuestion() throws Exception {
        mvc.perform(get("/api/recommendation?setting=inpatient-secure"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Invalid answers"))
                .andExpect(jsonPath("$.instance").value("/api/recommendation"))
                .andExpect(jsonPath("$.detail").value("Give exactly one valid option for each of the 12 questions: "
                        + SeededQuestionnaire.definition().questionKeys() + "."))
                .andExpect(jsonPath("$.errors", hasSize(11)))
                .andExpect(jsonPath("$.errors[0].parameter").value("people"));
    }

    /** The API changes nothing, so a POST is not a CSRF matter: it is a method the API does not take. */
    @Test
    void answersAPostAsAMethodItDoesNotTakeAsAProblem() throws Exception {
        mvc.perform(post("/api/recommendation?" + ACUTE_WARD))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", "GET,HEAD,OPTIONS"))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }
}
