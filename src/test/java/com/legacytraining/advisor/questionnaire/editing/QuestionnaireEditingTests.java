package com.legacytraining.advisor.questionnaire.editing;

import com.legacytraining.advisor.questionnaire.QuestionnaireService;
import com.legacytraining.advisor.questionnaire.Scenarios;
import com.legacytraining.advisor.questionnaire.SeededQuestionnaire;
import com.legacytraining.advisor.questionnaire.scoring.OptionDefinition;
import com.legacytraining.advisor.questionnaire.scoring.QuestionDefinition;
import com.legacytraining.advisor.questionnaire.scoring.QuestionnaireDefinition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.legacytraining.advisor.Html;
import com.legacytraining.advisor.IsolatedWebIntegrationTest;
import com.legacytraining.advisor.history.AuditLog;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Editing the questionnaire through the admin forms. Every test leaves no draft behind. */
@IsolatedWebIntegrationTest
class QuestionnaireEditingTests {

    private static final RequestPostProcessor ALICE = user("alice").roles("ADMIN");
    private static final RequestPostProcessor BOB = user("bob").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    QuestionnaireEditing editing;

    @Autowired
    QuestionnaireService questionnaire;

    @Autowired
    AuditLog audit;

    /** Other tests share this context and expect the seeded questionnaire: put it back when changed. */
    @AfterEach
    void leaveTheSeededQuestionnaire() {
        editing.discardDraft(editing.workspace().version(), "test");
        if (!sameQuestions(questionnaire.current(), SeededQuestionnaire.definition())) {
            editing.restoreAsDraft(1, "test");
            editing.publish(editing.workspace().version(), "Back to the seed after a test", true, "test");
        }
        assertThat(sameQuestions(questionnaire.current(), SeededQuestionnaire.definition())).isTrue();
    }

    @Test
    void aPointsChangeShowsInTheImpactPreviewAndReachesVisitorsOnlyWhenPublished() throws Exception {
        String aeNurses = "/questionnaire/result?" + Scenarios.answers(Scenarios.all().stream().filter(s -> s.id() == 5).findFirst().orElseThrow().letters()).toQueryString();
        int versionBefore = questionnaire.current().version();
        MultiValueMap<String, String> form = formOf("physical-intervention");
        form.set("options[emergency].points", "-10");
        mvc.perform(saveQuestion("physical-intervention", form, ALICE)).andExpect(status().isFound());

        assertThat(Html.parse(mvc.perform(get(aeNurses)).andReturn()).select("h1").text())
                .isEqualTo("PMVA training is strongly recommended");
        Document preview = Html.parse(mvc.perform(get("/admin/questionnaire/preview").with(ALICE))
                .andExpect(status().isOk()).andReturn());
        assertThat(preview.select("tbody tr:contains(A&E nurses)").text()).contains("PMVA, strongly recommended",
                "PMVA, moderately recommended", "Advice changes");
        assertThat(preview.select(".impact-summary").text()).contains("of 19,660,800 possible answer sets");

        mvc.perform(post("/admin/questionnaire/publish").with(csrf()).with(ALICE)
                        .param("version", String.valueOf(editing.workspace().version()))
                        .param("changeNote", "Emergency holds weigh less").param("confirm", "true"))
                .andExpect(redirectedUrl("/admin/questionnaire"));

        assertThat(questionnaire.current().version()).isEqualTo(versionBefore + 1);
        Document result = Html.parse(mvc.perform(get(aeNurses + "&v=" + versionBefore)).andReturn());
        assertThat(result.select("h1").text()).isEqualTo("PMVA training is moderately recommended");
        assertThat(result.select(".scoring-changed").text()).contains("The scoring has changed since this link was made");
        Document current = Html.parse(mvc.perform(get(aeNurses + "&v=" + (versionBefore + 1))).andReturn());
        assertThat(current.select(".scoring-changed")).isEmpty();

        var revisions = editing.history();
        Document compare = Html.parse(mvc.perform(get("/admin/questionnaire/compare").with(ALICE)
                .param("from", String.valueOf(revisions.get(1).number()))
                .param("to", String.valueOf(revisions.get(0).number()))).andExpect(status().isOk()).andReturn());
        assertThat(compare.select("main h2")).extracting(h -> h.text()).containsExactly(
                "Question 5 (Might they need to hold, restrain, escort or physically stop someone?): "
                        + "option \"Possibly, in an emergency to prevent serious harm\": points");
        assertThat(compare.select(".diff-line--removed").text()).contains("3");
        assertThat(compare.select(".diff-line--added").text()).contains("-10");
        assertThat(compare.select(".diff-line--removed del").text()).isEqualTo("3");
        assertThat(compare.select(".diff-line--added ins").text()).isEqualTo("-10");
    }

    @Test
    void publishingAChangeThatFlipsScenariosNeedsAConfirmationAndANote() throws Exception {
        MultiValueMap<String, String> form = formOf("setting");
        form.set("options[public-facing-office].points", "10");
        mvc.perform(saveQuestion("setting", form, ALICE)).andExpect(status().isFound());
        int versionBefore = questionnaire.current().version();

        Document refused = Html.parse(mvc.perform(post("/admin/questionnaire/publish").with(csrf()).with(ALICE)
                        .param("version", String.valueOf(editing.workspace().version())))
                .andExpect(status().isOk()).andReturn());

        assertThat(refused.select(".error-summary a")).extracting(a -> a.attr("href"))
                .containsExactly("#changeNote", "#confirm");
        assertThat(questionnaire.current().version()).isEqualTo(versionBefore);
        assertThat(editing.workspace().hasDraft()).isTrue();

        mvc.perform(post("/admin/questionnaire/publish").with(csrf()).with(ALICE)
                        .param("version", String.valueOf(editing.workspace().version()))
                        .param("changeNote", "Offices face more risk").param("confirm", "true"))
                .andExpect(redirectedUrl("/admin/questionnaire"));

        assertThat(questionnaire.current().version()).isEqualTo(versionBefore + 1);
        assertThat(editing.history().get(0).changeNote()).startsWith("Offices face more risk [confirmed: changes")
                .contains("GP reception");
        assertThat(audit.recent(0).getContent()).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("published");
            assertThat(entry.subject()).isEqualTo("questionnaire version " + (versionBefore + 1));
            assertThat(entry.detail()).contains("Offices face more risk", "confirmed", "GP reception");
        });
    }

    @Test
    void aChangeThatAltersNoScenarioPublishesWithoutConfirmation() throws Exception {
        MultiValueMap<String, String> form = formOf("setting");
        form.set("hint", "A reworded hint that changes no score.");
        mvc.perform(saveQuestion("setting", form, ALICE)).andExpect(status().isFound());

        Document preview = Html.parse(mvc.perform(get("/admin/questionnaire/preview").with(ALICE)).andReturn());
        assertThat(preview.select(".impact-summary").text()).contains("0 of 19 scenarios", "0 of 19,660,800");
        assertThat(preview.select("#confirm")).isEmpty();

        mvc.perform(post("/admin/questionnaire/publish").with(csrf()).with(ALICE)
                        .param("version", String.valueOf(editing.workspace().version())))
                .andExpect(redirectedUrl("/admin/questionnaire"));
        assertThat(questionnaire.current().question("setting").orElseThrow().hint())
                .isEqualTo("A reworded hint that changes no score.");
    }

    @Test
    void savingAQuestionMakesADraftAndLeavesThePublishedQuestionnaireAlone() throws Exception {
        MultiValueMap<String, String> form = formOf("setting");
        form.set("options[inpatient-secure].points", "-7");
        form.set("text", "Where does this staff group mainly work?");

        mvc.perform(saveQuestion("setting", form, ALICE)).andExpect(redirectedUrl("/admin/questionnaire"));

        assertThat(questionnaire.current().question("setting").orElseThrow().option("inpatient-secure").orElseThrow()
                .points()).isEqualTo(4);
        QuestionDefinition drafted = editing.workspace().draft().question("setting").orElseThrow();
        assertThat(drafted.text()).isEqualTo("Where does this staff group mainly work?");
        assertThat(drafted.option("inpatient-secure").orElseThrow().points()).isEqualTo(-7);

        Document overview = Html.parse(mvc.perform(get("/admin/questionnaire").with(ALICE)).andReturn());
        assertThat(overview.select("tr:contains(Where does this staff group mainly work?)").text())
                .contains("Changed in draft");
    }

    @Test
    void optionsCanBeReordered() throws Exception {
        MultiValueMap<String, String> form = formOf("frequency");
        form.set("options[rarely].position", "4");
        form.set("options[physical-weekly].position", "1");

        mvc.perform(saveQuestion("frequency", form, ALICE)).andExpect(status().isFound());

        assertThat(editing.workspace().draft().question("frequency").orElseThrow().options())
                .extracting(OptionDefinition::key)
                .containsExactly("physical-weekly", "verbal-sometimes", "physical-monthly", "rarely");
    }

    @Test
    void pointsOutsideMinusTenToTenAreRefusedWithEverythingTypedKept() throws Exception {
        long version = editing.workspace().version();
        MultiValueMap<String, String> form = formOf("severity");
        form.set("text", "A question I reworded");
        form.set("options[verbal].points", "11");
        form.set("options[injury].points", "two");

        Document page = Html.parse(mvc.perform(saveQuestion("severity", form, ALICE))
                .andExpect(status().isOk()).andReturn());

        assertThat(page.title()).startsWith("Error:");
        assertThat(page.select(".error-summary a")).extracting(a -> a.attr("href"))
                .containsExactly("#opt-verbal-points", "#opt-injury-points");
        assertThat(page.select("#q-text").text()).isEqualTo("A question I reworded");
        assertThat(page.select("#opt-verbal-points").val()).isEqualTo("11");
        assertThat(page.select("#opt-verbal-points-error").text()).contains("whole number from -10 to 10");
        assertThat(page.select("#opt-verbal-points").attr("aria-describedby")).contains("opt-verbal-points-error");
        assertThat(page.select("#opt-injury-points").val()).isEqualTo("two");
        assertThat(editing.workspace().hasDraft()).isFalse();
        assertThat(editing.workspace().version()).isEqualTo(version);
    }

    @Test
    void emptyTextsAndRepeatedOrderNumbersAreRefused() throws Exception {
        MultiValueMap<String, String> form = formOf("role");
        form.set("text", " ");
        form.set("options[direct-care].text", "");
        form.set("options[responder].position", "1");

        Document page = Html.parse(mvc.perform(saveQuestion("role", form, ALICE)).andExpect(status().isOk()).andReturn());

        assertThat(page.select(".error-summary a")).extracting(a -> a.attr("href"))
                .contains("#q-text", "#opt-direct-care-text", "#opt-responder-position");
        assertThat(editing.workspace().hasDraft()).isFalse();
    }

    @Test
    void tamperedOptionKeysAreRefusedAndNothingIsSaved() throws Exception {
        MultiValueMap<String, String> form = formOf("role");
        form.remove("options[responder].text");
        form.remove("options[responder].points");
        form.remove("options[responder].position");
        form.add("options[boss].text", "A made-up option");
        form.add("options[boss].points", "10");
        form.add("options[boss].position", "4");

        Document page = Html.parse(mvc.perform(saveQuestion("role", form, ALICE)).andExpect(status().isOk()).andReturn());

        assertThat(page.select(".error-summary").text()).contains("do not match this question's options");
        assertThat(editing.workspace().hasDraft()).isFalse();
        assertThat(questionnaire.current().question("role").orElseThrow().option("boss")).isEmpty();
    }

    @Test
    void anUnknownQuestionIsNotFound() throws Exception {
        mvc.perform(get("/admin/questionnaire/questions/no-such-question").with(ALICE)).andExpect(status().isNotFound());
    }

    @Test
    void aStaleSaveGetsTheConflictPageAndTheFirstSaveSurvives() throws Exception {
        long bothOpenedAt = editing.workspace().version();
        MultiValueMap<String, String> alice = formOf("people");
        alice.set("options[no-care-relationship].points", "-3");
        alice.set("version", String.valueOf(bothOpenedAt));
        MultiValueMap<String, String> bob = formOf("people");
        bob.set("options[no-care-relationship].points", "-1");
        bob.set("version", String.valueOf(bothOpenedAt));

        mvc.perform(saveQuestion("people", alice, ALICE)).andExpect(status().isFound());
        Document conflict = Html.parse(mvc.perform(saveQuestion("people", bob, BOB)).andExpect(status().isOk()).andReturn());

        assertThat(conflict.select("h1").text()).isEqualTo("Someone else changed this while you were editing");
        assertThat(conflict.select("input[name=options[no-care-relationship].points]").val()).isEqualTo("-1");
        assertThat(conflict.select("table ins").eachText()).containsExactly("1");
        assertThat(conflict.select("table del").eachText()).containsExactly("3");
        assertThat(conflict.select("table ins").first().parent().text()).contains(" (-1, #");
        assertThat(editing.workspace().draft().question("people").orElseThrow().option("no-care-relationship")
                .orElseThrow().points()).isEqualTo(-3);
    }

    /** The questions, texts and points, ignoring the version number. */
    private static boolean sameQuestions(QuestionnaireDefinition a, QuestionnaireDefinition b) {
        return a.questions().equals(b.questions());
    }

    private MultiValueMap<String, String> formOf(String questionKey) {
        QuestionDefinition question = editing.workspace().working().question(questionKey).orElseThrow();
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("version", String.valueOf(editing.workspace().version()));
        form.add("text", question.text());
        form.add("hint", question.hint() == null ? "" : question.hint());
        for (OptionDefinition option : question.options()) {
            form.add("options[" + option.key() + "].text", option.text());
            form.add("options[" + option.key() + "].points", String.valueOf(option.points()));
            form.add("options[" + option.key() + "].position", String.valueOf(option.position()));
        }
        return form;
    }

    private static MockHttpServletRequestBuilder saveQuestion(String key, MultiValueMap<String, String> form,
            RequestPostProcessor who) {
        return post("/admin/questionnaire/questions/{key}", key).with(csrf()).with(who).params(form);
    }
}
