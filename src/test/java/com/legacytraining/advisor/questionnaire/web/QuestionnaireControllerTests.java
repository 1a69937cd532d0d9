package com.legacytraining.advisor.questionnaire.web;

import static com.legacytraining.advisor.questionnaire.QuestionnaireBuilder.draftOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import com.legacytraining.advisor.questionnaire.QuestionnaireService;
import com.legacytraining.advisor.questionnaire.Scenarios;
import com.legacytraining.advisor.questionnaire.SeededQuestionnaire;
import com.legacytraining.advisor.questionnaire.scoring.AnswerProblem;
import com.legacytraining.advisor.questionnaire.scoring.Answers;
import com.legacytraining.advisor.questionnaire.scoring.QuestionnaireDefinition;
import com.legacytraining.advisor.questionnaire.scoring.ScoringService;
import com.legacytraining.advisor.questionnaire.scoring.Strength;
import com.legacytraining.advisor.questionnaire.scoring.TrainingType;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * What the journey's controller decides for each request: which page, which redirect, which status, and
 * what the page is given. The questionnaire comes from a mocked {@link QuestionnaireService} (the seeded
 * one unless a test publishes a change); scoring is the real {@link ScoringService}, a pure function, so a
 * result here is the result a visitor gets. {@link QuestionnaireJourneyTests} walks the same pages through
 * the whole application and its database.
 */
@QuestionnaireWebSlice
class QuestionnaireControllerTests {

    private static final QuestionnaireDefinition SEEDED = SeededQuestionnaire.definition();
    private static final Answers ACUTE_WARD = Scenarios.answers("AADCDCDDCADA");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    QuestionnaireService questionnaire;

    @BeforeEach
    void servesTheSeededQuestionnaire() {
        given(questionnaire.current()).willReturn(SEEDED);
    }

    @Test
    void theStartPageLinksToTheFirstQuestionAndIsIndexable() throws Exception {
        mvc.perform(get("/questionnaire"))
                .andExpect(status().isOk())
                .andExpect(view().name("questionnaire/start"))
                .andExpect(model().attribute("questionCount", 12))
                .andExpect(model().attribute("startUrl", "/questionnaire/setting"))
                .andExpect(model().attribute("noindex", false));
    }

    @Test
    void theStartPageKeepsValidAnswersDropsOthersAndIsNotIndexedWithThem() throws Exception {
        mvc.perform(get("/questionnaire?setting=inpatient-secure&people=aliens&colour=blue"))
                .andExpect(status().isOk())
                .andExpect(view().name("questionnaire/start"))
                .andExpect(model().attribute("startUrl", "/questionnaire/setting?setting=inpatient-secure"))
                .andExpect(model().attribute("noindex", true));
    }

    @Test
    void aQuestionPageKeepsTheOtherAnswersInItsFormAndLinksBack() throws Exception {
        MvcResult result = mvc.perform(get("/questionnaire/frequency?setting=inpatient-secure&people=mixed-public-patients"))
                .andExpect(status().isOk())
                .andExpect(view().name("questionnaire/question"))
                .andExpect(model().attribute("noindex", true))
                .andReturn();

        QuestionPage page = (QuestionPage) result.getModelAndView().getModel().get("page");
        assertThat(page.question().text()).isEqualTo("How often do they meet aggression?");
        assertThat(page.number()).isEqualTo(3);
        assertThat(page.total()).isEqualTo(12);
        assertThat(page.selected()).isNull();
        assertThat(page.error()).isFalse();
        assertThat(page.action()).isEqualTo("/questionnaire/frequency/answer");
        assertThat(page.hiddenFields()).containsExactly(new HiddenField("setting", "inpatient-secure"),
                new HiddenField("people", "mixed-public-patients"));
        assertThat(page.backUrl()).isEqualTo("/questionnaire/people?setting=inpatient-secure&people=mixed-public-patients");
    }

    @Test
    void anAnswerGoesOnToTheNextQuestionWithASeeOther() throws Exception {
        mvc.perform(get("/questionnaire/people/answer?setting=inpatient-secure&people=mixed-public-patients"))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/questionnaire/frequency?setting=inpatient-secure&people=mixed-public-patients"));
    }

    @Test
    void theLastAnswerGoesOnToCheckYourAnswers() throws Exception {
        mvc.perform(get("/questionnaire/regulation/answer?" + ACUTE_WARD.toQueryString()))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/questionnaire/check?" + ACUTE_WARD.toQueryString()));
    }

    @Test
    void aChangedAnswerReturnsToWhereTheChangeLinkWas() throws Exception {
        String changed = ACUTE_WARD.with("severity", "verbal").toQueryString();

        mvc.perform(get("/questionnaire/severity/answer?" + changed + "&change=check"))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/questionnaire/check?" + changed));
        mvc.perform(get("/questionnaire/severity/answer?" + changed + "&change=result"))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/questionnaire/result?" + changed + "&v=1"));
    }

    @Test
    void continuingWithoutAnAnswerShowsTheQuestionAgainWithTheErrorAndEveryAnswerKept() throws Exception {
        MvcResult result = mvc.perform(get("/questionnaire/people/answer?setting=inpatient-secure&change=check"))
                .andExpect(status().isOk())
                .andExpect(view().name("questionnaire/question"))
                .andReturn();

        QuestionPage page = (QuestionPage) result.getModelAndView().getModel().get("page");
        assertThat(page.question().key()).isEqualTo("people");
        assertThat(page.error()).isTrue();
        assertThat(page.hiddenFields()).containsExactly(new HiddenField("setting", "inpatient-secure"),
                new HiddenField("change", "check"));
    }

    @Test
    void anUnknownQuestionGetsTheNotFoundPage() throws Exception {
        mvc.perform(get("/questionnaire/favourite-colour"))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
    }

    @Test
    void unusableAnswersGetTheBadAnswersPageNamingEachAndOfferingToGoOn() throws Exception {
        mvc.perform(get("/questionnaire/check?setting=inpatient-secure&people=aliens"))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("questionnaire/bad-answers"))
                .andExpect(model().attribute("problems", List.of(new AnswerProblem("people",
                        AnswerProblem.Kind.NOT_AN_OPTION, List.of("people", "aliens", "Who do they mainly work with?")))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "people: &#39;aliens&#39; is not one of the options for &quot;Who do they mainly work with?&quot;")))
                .andExpect(model().attribute("continueUrl", "/questionnaire/people?setting=inpatient-secure"));
    }

    @Test
    void checkAndResultSendIncompleteAnswersToTheFirstUnansweredQuestion() throws Exception {
        String partial = ACUTE_WARD.without("people").without("role").toQueryString();

        mvc.perform(get("/questionnaire/check?" + partial))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/questionnaire/people?" + partial));
        mvc.perform(get("/questionnaire/result?" + partial))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/questionnaire/people?" + partial));
    }

    @Test
    void checkYourAnswersListsEveryAnswerWithAChangeLinkAndLinksToTheResult() throws Exception {
        MvcResult result = mvc.perform(get("/questionnaire/check?" + ACUTE_WARD.toQueryString()))
                .andExpect(status().isOk())
                .andExpect(view().name("questionnaire/check"))
                .andExpect(model().attribute("backUrl", "/questionnaire/regulation?" + ACUTE_WARD.toQueryString()))
                .andExpect(model().attribute("resultUrl", "/questionnaire/result?" + ACUTE_WARD.toQueryString() + "&v=1"))
                .andReturn();

        @SuppressWarnings("unchecked")
        List<AnswerRow> rows = (List<AnswerRow>) result.getModelAndView().getModel().get("answers");
        assertThat(rows).hasSize(12);
        assertThat(rows.get(3)).isEqualTo(new AnswerRow("severity", "What is the worst realistic harm?",
                "Punches, kicks or bites causing injury",
                "/questionnaire/severity?" + ACUTE_WARD.toQueryString() + "&change=check"));
    }

    @Test
    void theResultShowsTheScoredRecommendation() throws Exception {
        ResultPage page = resultPage(mvc.perform(get("/questionnaire/result?" + ACUTE_WARD.toQueryString() + "&v=1"))
                .andExpect(status().isOk())
                .andExpect(view().name("questionnaire/result"))
                .andExpect(model().attribute("noindex", true))
                .andExpect(model().attribute("scoringChanged", false))
                .andExpect(content().string(Matchers.containsString("PMVA training is strongly recommended")))
                .andReturn());

        assertThat(page.recommendation().recommendation()).isEqualTo(TrainingType.PMVA);
        assertThat(page.recommendation().strength()).isEqualTo(Strength.STRONG);
        assertThat(page.recommendation().score()).isEqualTo(33);
        assertThat(page.checkUrl()).isEqualTo("/questionnaire/check?" + ACUTE_WARD.toQueryString());
    }

    @Test
    void aResultLinkMadeBeforeAPublishedChangeIsScoredAfreshAndSaysSo() throws Exception {
        // Admins publish version 2, in which the acute ward's setting counts for 30 fewer points.
        given(questionnaire.current()).willReturn(
                draftOf(SEEDED).withPoints("setting", "inpatient-secure", -26).build());

        MvcResult result = mvc.perform(get("/questionnaire/result?" + ACUTE_WARD.toQueryString() + "&v=1"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("scoringChanged", true))
                .andExpect(model().attribute("currentVersionUrl",
                        "/questionnaire/result?" + ACUTE_WARD.toQueryString() + "&v=2"))
                .andExpect(content().string(Matchers.containsString("The scoring has changed since this link was made")))
                .andReturn();

        assertThat(resultPage(result).recommendation().score()).isEqualTo(33 - 30);
    }

    @Test
    void aResultLinkWithoutAVersionIsNotSaidToBeOutOfDate() throws Exception {
        given(questionnaire.current()).willReturn(draftOf(SEEDED).build());

        mvc.perform(get("/questionnaire/result?" + ACUTE_WARD.toQueryString()))
                .andExpect(status().isOk())
                .andExpect(model().attribute("scoringChanged", false));
    }

    private static ResultPage resultPage(MvcResult result) {
        return (ResultPage) result.getModelAndView().getModel().get("result");
    }
}
