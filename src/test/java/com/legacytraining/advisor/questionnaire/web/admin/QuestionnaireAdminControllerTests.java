package com.legacytraining.advisor.questionnaire.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
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
import com.legacytraining.advisor.questionnaire.SeededQuestionnaire;
import com.legacytraining.advisor.questionnaire.editing.Preview;
import com.legacytraining.advisor.questionnaire.editing.PublishProblem;
import com.legacytraining.advisor.questionnaire.editing.PublishRefusedException;
import com.legacytraining.advisor.questionnaire.editing.QuestionnaireEditing;
import com.legacytraining.advisor.questionnaire.editing.Workspace;
import com.legacytraining.advisor.questionnaire.impact.CombinationImpact;
import com.legacytraining.advisor.questionnaire.impact.ScenarioChange;
import com.legacytraining.advisor.questionnaire.scenarios.ScenarioExpectation;
import com.legacytraining.advisor.questionnaire.scenarios.ScenarioView;
import com.legacytraining.advisor.questionnaire.scoring.OptionDefinition;
import com.legacytraining.advisor.questionnaire.scoring.QuestionDefinition;
import com.legacytraining.advisor.questionnaire.scoring.QuestionnaireDefinition;
import com.legacytraining.advisor.questionnaire.scoring.Recommendation;
import com.legacytraining.advisor.questionnaire.scoring.Strength;
import com.legacytraining.advisor.questionnaire.scoring.TrainingType;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The question form and the publish form: what they refuse, on which field, and what a valid form does. */
@WebMvcTest(QuestionnaireAdminController.class)
@Import(SiteSliceConfiguration.class)
class QuestionnaireAdminControllerTests {

    private static final long VERSION = 5;
    private static final QuestionnaireDefinition SEED = SeededQuestionnaire.definition();

    @Autowired
    MockMvc mvc;

    @MockitoBean
    QuestionnaireEditing editing;

    @BeforeEach
    void workspace() {
        when(editing.workspace()).thenReturn(new Workspace(SEED, null, VERSION, null, null));
    }

    @Test
    void pointsThatAreNotAWholeNumberFromMinusTenToTenAreMessagesOnTheirFields() throws Exception {
        Document page = Html.parse(mvc.perform(saveQuestion("severity", Map.of("text", "A question I reworded",
                        "options[verbal].points", "11", "options[injury].points", "two")))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/questionnaire/question"))
                .andExpect(model().attributeHasFieldErrorCode("form", "options[verbal].points", "WholeNumber"))
                .andExpect(model().attributeHasFieldErrorCode("form", "options[injury].points", "WholeNumber"))
                .andExpect(model().attributeErrorCount("form", 2))
                .andReturn());

        assertThat(page.title()).startsWith("Error:");
        assertThat(page.select(".error-summary a")).extracting(a -> a.attr("href"))
                .containsExactly("#opt-verbal-points", "#opt-injury-points");
        assertThat(page.select(".error-summary a").eachText())
                .containsOnly("Enter points as a whole number from -10 to 10");
        assertThat(page.select("#opt-injury-points").val()).isEqualTo("two");
        assertThat(page.select("#opt-injury-points").attr("aria-describedby"))
                .isEqualTo("opt-injury-points-hint opt-injury-points-error");
        assertThat(page.select("#q-text").text()).isEqualTo("A question I reworded");
        verify(editing, never()).saveQuestion(anyLong(), any(), anyString(), any());
    }

    @Test
    void orderNumbersRunFromOneToTheNumberOfOptionsWithoutRepeats() throws Exception {
        Document page = Html.parse(mvc.perform(saveQuestion("role", Map.of("text", " ",
                        "options[clinical-contact].position", "0", "options[responder].position", "1")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "text", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "options[clinical-contact].position", "OrderNumbers"))
                .andExpect(model().attributeHasFieldErrorCode("form", "options[responder].position", "OrderNumbers"))
                .andExpect(model().attributeErrorCount("form", 3))
                .andReturn());

        assertThat(page.select(".error-summary a")).extracting(a -> a.attr("href"))
                .containsExactly("#q-text", "#opt-clinical-contact-position", "#opt-responder-position");
        assertThat(page.select(".error-summary a").eachText()).containsExactly("Enter a value",
                "Give each option a different order number, from 1 to the number of options",
                "Give each option a different order number, from 1 to the number of options");
    }

    @Test
    void optionsOtherThanTheQuestionsAreRefusedAsAWhole() throws Exception {
        MockHttpServletRequestBuilder request = saveQuestion("lone-working", Map.of())
                .param("options[boss].text", "A made-up option").param("options[boss].points", "10")
                .param("options[boss].position", "4");

        Document page = Html.parse(mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "options", "qedit.error.optionKeys"))
                .andReturn());

        assertThat(page.select(".error-summary a").attr("href")).isEqualTo("#q-options");
        assertThat(page.select("#q-options").text()).contains("do not match this question's options");
        verify(editing, never()).saveQuestion(anyLong(), any(), anyString(), any());
    }

    @Test
    void aValidQuestionGoesIntoTheDraftAndBackToTheOverview() throws Exception {
        when(editing.saveQuestion(eq(VERSION), any(), eq("alice"), any())).thenReturn(new SaveOutcome.Saved<>());

        mvc.perform(saveQuestion("lone-working", Map.of("options[rarely].points", " \u22123 ",
                        "options[rarely].position", "3", "options[routinely-community].position", "1")))
                .andExpect(redirectedUrl("/admin/questionnaire"))
                .andExpect(flash().attribute("message", "qedit.flash.saved"));

        ArgumentCaptor<QuestionDefinition> saved = ArgumentCaptor.forClass(QuestionDefinition.class);
        verify(editing).saveQuestion(eq(VERSION), saved.capture(), eq("alice"), any());
        assertThat(saved.getValue().option("rarely")).hasValueSatisfying(option -> {
            assertThat(option.points()).isEqualTo(-3);
            assertThat(option.position()).isEqualTo(3);
        });
    }

    @Test
    void aRefusedPublishShowsTheGatesReasonsOnTheFieldsTheyConcern() throws Exception {
        PublishRefusedException refused = mock(PublishRefusedException.class);
        when(refused.preview()).thenReturn(previewThatChangesAScenario());
        when(refused.problems()).thenReturn(EnumSet.of(PublishProblem.NOTE_REQUIRED,
                PublishProblem.CONFIRMATION_REQUIRED));
        when(editing.publish(eq(VERSION), eq(""), eq(false), eq("alice"), any())).thenThrow(refused);

        Document page = Html.parse(mvc.perform(post("/admin/questionnaire/publish").with(csrf())
                        .with(user("alice").roles("ADMIN")).param("version", String.valueOf(VERSION)))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/questionnaire/preview"))
                .andExpect(model().attributeHasFieldErrorCode("form", "changeNote", "qedit.error.noteRequired"))
                .andExpect(model().attributeHasFieldErrorCode("form", "confirm", "qedit.error.confirmRequired"))
                .andReturn());

        assertThat(page.title()).startsWith("Error:");
        assertThat(page.select(".error-summary a")).extracting(a -> a.attr("href"))
                .containsExactly("#changeNote", "#confirm");
        assertThat(page.select("#changeNote-error").text())
                .isEqualTo("Error: Say what changed and why: this change alters the advice for some scenarios");
        assertThat(page.select("#confirm").attr("aria-describedby")).isEqualTo("confirm-error");
    }

    @Test
    void aPublishWhoseVersionIsNotANumberIsABadRequest() throws Exception {
        mvc.perform(post("/admin/questionnaire/publish").with(csrf()).with(user("alice").roles("ADMIN"))
                        .param("version", "abc"))
                .andExpect(status().isBadRequest());

        verify(editing, never()).publish(anyLong(), any(), anyBoolean(), anyString(), any());
    }

    /** The question's form as its page sends it, with some values replaced. */
    private MockHttpServletRequestBuilder saveQuestion(String key, Map<String, String> changes) {
        QuestionDefinition question = SEED.question(key).orElseThrow();
        MockHttpServletRequestBuilder request = post("/admin/questionnaire/questions/{key}", key).with(csrf())
                .with(user("alice").roles("ADMIN")).param("version", String.valueOf(VERSION))
                .param("text", changes.getOrDefault("text", question.text()))
                .param("hint", changes.getOrDefault("hint", question.hint()));
        for (OptionDefinition option : question.options()) {
            String prefix = "options[" + option.key() + "].";
            request.param(prefix + "text", changes.getOrDefault(prefix + "text", option.text()))
                    .param(prefix + "points", changes.getOrDefault(prefix + "points", String.valueOf(option.points())))
                    .param(prefix + "position",
                            changes.getOrDefault(prefix + "position", String.valueOf(option.position())));
        }
        return request;
    }

    private static Preview previewThatChangesAScenario() {
        Workspace workspace = new Workspace(SEED, new QuestionnaireDefinition(SEED.version() + 1, SEED.questions()),
                VERSION, "alice", Instant.parse("2025-01-01T10:00:00Z"));
        ScenarioChange change = new ScenarioChange(new ScenarioView(1, 0, "GP reception", Map.of(),
                new ScenarioExpectation(TrainingType.PMVA, Strength.STRONG, null, null, null), false, "test", null),
                outcome(Strength.STRONG), outcome(Strength.MODERATE));
        return new Preview(workspace, 19, List.of(change), new CombinationImpact(100, 1, 0, Map.of()));
    }

    private static Recommendation outcome(Strength strength) {
        return new Recommendation(TrainingType.PMVA, strength, 20, List.of(), List.of(), List.of());
    }
}
