package com.legacytraining.advisor.questionnaire.web;

import com.legacytraining.advisor.Html;
import com.legacytraining.advisor.IsolatedWebIntegrationTest;
import com.legacytraining.advisor.questionnaire.QuestionnaireService;
import com.legacytraining.advisor.questionnaire.editing.QuestionnaireEditing;
import com.legacytraining.advisor.questionnaire.editing.QuestionnaireVersions;
import com.legacytraining.advisor.questionnaire.scoring.OptionDefinition;
import com.legacytraining.advisor.questionnaire.scoring.QuestionDefinition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A plan link made before admins published a change: version 2 lists the options of "Might they need
 * to hold..." in reverse order and makes "Possibly, in an emergency" weigh -10, so a version 1 code read
 * with version 2's questions would name other answers.
 */
@IsolatedWebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanVersionTests {

    // Letter 5, physical intervention: C is "emergency" in both versions; B is "self-release-only" in
    // version 1 and "planned" in version 2, where "self-release-only" is D.
    private static final String NIGHT_NURSES_V1 = "CCDCCACCCADB.Night%20nurses";
    private static final String PORTERS_V1 = "CCBBBABBABBC.Porters";
    private static final String PORTERS_V2 = "CCBBDABBABBC.Porters";

    @Autowired
    MockMvc mvc;

    @Autowired
    QuestionnaireEditing editing;

    @Autowired
    QuestionnaireService questionnaire;

    @Autowired
    QuestionnaireVersions versions;

    @BeforeAll
    void publishVersionTwo() {
        QuestionDefinition question = questionnaire.current().question("physical-intervention").orElseThrow();
        int count = question.options().size();
        List<OptionDefinition> reversed = question.options().stream()
                .map(option -> new OptionDefinition(option.key(), count + 1 - option.position(), option.text(),
                        option.key().equals("emergency") ? -10 : option.points()))
                .toList();
        editing.saveQuestion(editing.workspace().version(), new QuestionDefinition(question.key(), question.position(),
                question.text(), question.hint(), reversed), "test");
        editing.publish(editing.workspace().version(), "Reverse the options and weigh emergencies less", true, "test");
        assertThat(questionnaire.current().version()).isEqualTo(2);
    }

    @Test
    void anEarlierVersionsPlanKeepsEveryAnswerSaysTheScoringChangedAndMarksTheResultsThatMoved() throws Exception {
        Document page = page("/plan?v=1&g=" + NIGHT_NURSES_V1 + "&g=" + PORTERS_V1);

        assertThat(page.selectFirst(".scoring-changed").text()).contains(
                "The scoring has changed since this plan was made", "made with version 1", "now uses version 2",
                "The recommendation for 1 group has changed");
        // The porters keep "Only to free themselves", and so their borderline breakaway.
        assertThat(page.select(".plan-row").get(1).attr("data-recommendation")).isEqualTo("BREAKAWAY");
        assertThat(page.select(".plan-row").get(1).selectFirst("a:contains(Change)").attr("href"))
                .contains("physical-intervention=self-release-only");
        assertThat(page.select(".plan-row").get(1).select(".plan-row__changed")).isEmpty();
        // The night nurses' emergency holds now weigh less: their result moved, and the row says from what.
        assertThat(page.select(".plan-row").get(0).selectFirst(".plan-row__changed").text()).isEqualTo(
                "Changed since the plan was made: it was \u201cPMVA training is strongly recommended\u201d.");

        String current = page.selectFirst(".scoring-changed a").attr("href");
        assertThat(current).isEqualTo("/plan?v=2&g=" + NIGHT_NURSES_V1 + "&g=" + PORTERS_V2);
        Document now = page(current);
        assertThat(now.select(".scoring-changed")).isEmpty();
        assertThat(now.select(".plan-row").eachAttr("data-strength"))
                .isEqualTo(page.select(".plan-row").eachAttr("data-strength"));
    }

    @Test
    void aPlanCarriedThroughTheQuestionnaireIsReadWithItsOwnVersionToo() throws Exception {
        String answers = com.legacytraining.advisor.questionnaire.Scenarios.answers("CCDCCACCCADB").toQueryString();
        Document result = page("/questionnaire/result?" + answers + "&plan-version=1&plan=" + PORTERS_V1);
        assertThat(result.select("form.plan-add input[name=g]").eachAttr("value")).containsExactly("CCBBDABBABBC.Porters");
        assertThat(result.selectFirst("form.plan-add input[name=v]").val()).isEqualTo("2");
    }

    @Test
    void aVersionThatNeverExistedOrNoneIsReadAsTheCurrentOneAndClaimsNoChange() throws Exception {
        for (String version : new String[] { "v=999&", "v=0&", "v=abc&", "v=2&", "" }) {
            Document page = page("/plan?" + version + "g=" + PORTERS_V2);
            assertThat(page.select(".scoring-changed")).as(version).isEmpty();
            assertThat(page.select(".plan-row").get(0).selectFirst("a:contains(Change)").attr("href")).as(version)
                    .contains("physical-intervention=self-release-only");
            assertThat(page.selectFirst("a.pdf-link").attr("href")).as(version).startsWith("/plan.pdf?v=2&g=");
        }
    }

    @Test
    void aCodeThatNeverFittedItsVersionIsStillA400() throws Exception {
        mvc.perform(get(URI.create("/plan?v=1&g=CCBBBABBABBZ.Porters"))).andExpect(status().isBadRequest());
    }

    @Test
    void eachPublishedVersionIsReadBackWithItsOwnOptionOrder() {
        assertThat(versions.published(1).orElseThrow().question("physical-intervention").orElseThrow().options().get(1)
                .key()).isEqualTo("self-release-only");
        assertThat(versions.published(2).orElseThrow().question("physical-intervention").orElseThrow().options().get(1)
                .key()).isEqualTo("planned");
        assertThat(versions.published(1).orElseThrow().question("physical-intervention").orElseThrow()
                .option("emergency").orElseThrow().points()).isEqualTo(3);
        assertThat(versions.published(0)).isEmpty();
        assertThat(versions.published(3)).isEmpty();
    }

    private Document page(String url) throws Exception {
        return Html.parse(mvc.perform(get(URI.create(url))).andExpect(status().isOk()).andReturn());
    }
}
