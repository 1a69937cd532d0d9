package com.legacytraining.advisor.questionnaire.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import com.legacytraining.advisor.Html;
import com.legacytraining.advisor.SiteSliceConfiguration;
import com.legacytraining.advisor.history.SaveOutcome;
import com.legacytraining.advisor.history.Submissions;
import com.legacytraining.advisor.questionnaire.QuestionnaireService;
import com.legacytraining.advisor.questionnaire.SeededQuestionnaire;
import com.legacytraining.advisor.questionnaire.scenarios.ScenarioCommand;
import com.legacytraining.advisor.questionnaire.scenarios.ScenarioExpectation;
import com.legacytraining.advisor.questionnaire.scenarios.ScenarioService;
import com.legacytraining.advisor.questionnaire.scenarios.ScenarioView;
import com.legacytraining.advisor.questionnaire.scoring.Strength;
import com.legacytraining.advisor.questionnaire.scoring.TrainingType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The scenario form: its own rules, the answers checked against the live questionnaire, and saving. */
@WebMvcTest(ScenarioAdminController.class)
@Import(SiteSliceConfiguration.class)
class ScenarioAdminControllerTests {

    /** The dental practice reception scenario's answers, one option per question in question order. */
    private static final Map<String, String> DENTAL = answers("public-facing-office", "no-care-relationship",
            "rarely", "verbal", "never", "none", "not-part", "incident-reporting", "clinical-contact", "rarely",
            "none-physical", "health-no-restraint");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ScenarioService scenarios;

    @MockitoBean
    QuestionnaireService questionnaire;

    @BeforeEach
    void liveQuestionnaire() {
        when(questionnaire.current()).thenReturn(SeededQuestionnaire.definition());
    }

    @Test
    void aNameAndBothExpectedChoicesAreNeededInThePagesOrder() throws Exception {
        Document page = Html.parse(mvc.perform(newScenario(" ", DENTAL, null, "SOMETIMES"))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/scenarios/edit"))
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "recommendation", "OneOf"))
                .andExpect(model().attributeHasFieldErrorCode("form", "strength", "OneOf"))
                .andExpect(model().attributeErrorCount("form", 3))
                .andReturn());

        assertThat(page.title()).startsWith("Error:");
        assertThat(page.select(".error-summary a")).extracting(a -> a.attr("href"))
                .containsExactly("#scenario-name", "#expected-recommendation", "#expected-strength");
        assertThat(page.select(".error-summary a").eachText()).containsExactly("Enter a name for the scenario",
                "Choose the expected recommendation: PMVA or breakaway",
                "Choose the expected strength: strong, moderate or borderline");
        assertThat(page.select("#expected-strength").attr("aria-describedby")).isEqualTo("expected-strength-error");
        verify(scenarios, never()).create(any(), anyString(), any());
    }

    @Test
    void aNameLongerThanTheLimitSaysWhatTheLimitIs() throws Exception {
        Document page = Html.parse(mvc.perform(newScenario("n".repeat(201), DENTAL, "PMVA", "STRONG"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "Size"))
                .andReturn());

        assertThat(page.select("#scenario-name-error").text()).isEqualTo("Error: Enter a name of 200 characters or fewer");
        assertThat(page.select("#scenario-name").val()).hasSize(201);
    }

    @Test
    void answersMustBeListedAnswersToTheLiveQuestionsOnly() throws Exception {
        Map<String, String> answers = new LinkedHashMap<>(DENTAL);
        answers.put("setting", "secret-bunker");
        answers.remove("people");
        answers.put("favourite-colour", "blue");

        Document page = Html.parse(mvc.perform(newScenario("Tampered", answers, "PMVA", "STRONG"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "answers", "scenario.error.unknownQuestion"))
                .andExpect(model().attributeHasFieldErrorCode("form", "answers[setting]", "scenario.error.answerInvalid"))
                .andExpect(model().attributeHasFieldErrorCode("form", "answers[people]", "scenario.error.answerMissing"))
                .andExpect(model().attributeErrorCount("form", 3))
                .andReturn());

        assertThat(page.select(".error-summary a")).extracting(a -> a.attr("href"))
                .containsExactly("#answers", "#answer-setting", "#answer-people");
        assertThat(page.select("#answer-people-error").text())
                .isEqualTo("Error: Choose an answer to \"Who do they mainly work with?\"");
        assertThat(page.select("#answer-setting option[selected]")).isEmpty();
        assertThat(page.select("#answer-frequency option[selected]").val()).isEqualTo("rarely");
        verify(scenarios, never()).create(any(), anyString(), any());
    }

    @Test
    void aValidScenarioIsAddedWithItsAnswersInQuestionOrder() throws Exception {
        List<String> keys = new ArrayList<>(DENTAL.keySet());
        Collections.reverse(keys);
        Map<String, String> reversed = new LinkedHashMap<>();
        keys.forEach(key -> reversed.put(key, DENTAL.get(key)));

        when(scenarios.create(any(), anyString(), any())).thenReturn(new Submissions.Created(5, false));

        mvc.perform(newScenario("  Dental reception  ", reversed, "BREAKAWAY", "STRONG"))
                .andExpect(redirectedUrl("/admin/scenarios"))
                .andExpect(flash().attribute("message", "scenario.flash.created"));

        verify(scenarios).create(eq(new ScenarioCommand("Dental reception", DENTAL, TrainingType.BREAKAWAY,
                Strength.STRONG)), eq("alice"), any());
    }

    @Test
    void aVersionThatIsNotANumberIsTreatedAsStaleAndTheInputIsKept() throws Exception {
        ScenarioView stored = new ScenarioView(9, 3, "Dental reception", DENTAL,
                new ScenarioExpectation(TrainingType.BREAKAWAY, Strength.STRONG, null, null, null), false, "bob",
                Instant.parse("2025-01-01T10:00:00Z"));
        when(scenarios.find(9)).thenReturn(Optional.of(stored));
        when(scenarios.update(eq(9L), eq(-1L), any(), eq("alice"), any())).thenReturn(new SaveOutcome.Conflict<>(stored));

        Document page = Html.parse(mvc.perform(post("/admin/scenarios/{id}", 9).with(csrf())
                        .with(user("alice").roles("ADMIN")).param("version", "abc").param("name", "Alice's name")
                        .param("recommendation", "PMVA").param("strength", "STRONG")
                        .params(asParameters(DENTAL)))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/scenarios/edit"))
                .andExpect(model().hasNoErrors())
                .andReturn());

        assertThat(page.title()).doesNotStartWith("Error:");
        assertThat(page.text()).contains("Someone else changed this scenario while you were editing");
        assertThat(page.select("#scenario-name").val()).isEqualTo("Alice's name");
        assertThat(page.select("input[name=version]").val()).isEqualTo("3");
        verify(scenarios).update(eq(9L), eq(-1L), any(), anyString(), any());
        verify(scenarios, never()).update(anyLong(), eq(3L), any(), anyString(), any());
    }

    private MockHttpServletRequestBuilder newScenario(String name, Map<String, String> answers, String recommendation,
            String strength) {
        MockHttpServletRequestBuilder request = post("/admin/scenarios/new").with(csrf())
                .with(user("alice").roles("ADMIN")).param("name", name).params(asParameters(answers));
        if (recommendation != null) {
            request.param("recommendation", recommendation);
        }
        return request.param("strength", strength);
    }

    private static MultiValueMap<String, String> asParameters(Map<String, String> answers) {
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        answers.forEach((question, option) -> parameters.add("answers[" + question + "]", option));
        return parameters;
    }

    private static Map<String, String> answers(String... options) {
        Map<String, String> answers = new LinkedHashMap<>();
        List<String> questions = SeededQuestionnaire.definition().questionKeys();
        for (int i = 0; i < options.length; i++) {
            answers.put(questions.get(i), options[i]);
        }
        return answers;
    }
}
