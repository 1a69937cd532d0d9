package com.legacytraining.advisor.questionnaire.web;

import com.legacytraining.advisor.Html;
import com.legacytraining.advisor.WebIntegrationTest;
import com.legacytraining.advisor.questionnaire.Scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** "What would change this result?" on the result page, and where its links lead. */
@WebIntegrationTest
class WhatWouldChangeTests {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest(name = "scenario {0}")
    @MethodSource("com.legacytraining.advisor.questionnaire.Scenarios#all")
    void everyCounterfactualLinkOpensAResultWithThePromisedOutcome(Scenarios.Scenario scenario) throws Exception {
        Document page = result("/questionnaire/result?" + scenario.answers().toQueryString());

        var counterfactuals = page.select(".counterfactual");
        assertThat(page.select(".counterfactual[data-kind=recommendation]")).hasSizeLessThanOrEqualTo(3);
        assertThat(page.select(".counterfactual[data-kind=strength]")).hasSizeLessThanOrEqualTo(3);
        for (Element counterfactual : counterfactuals) {
            assertThat(counterfactual.text()).startsWith("If the answer to");
            Document target = result(counterfactual.selectFirst("a").attr("href"));
            Element panel = target.selectFirst(".result-panel");
            assertThat(panel.attr("data-recommendation")).as(counterfactual.text())
                    .isEqualTo(counterfactual.attr("data-recommendation"));
            assertThat(panel.attr("data-strength")).as(counterfactual.text())
                    .isEqualTo(counterfactual.attr("data-strength"));
        }
        if (counterfactuals.select("[data-kind=recommendation]").isEmpty()) {
            assertThat(page.selectFirst(".firm").text()).startsWith("This result is firm");
        }
    }

    @Test
    void aResultHeldByTheUseOfForceActSaysItIsFirmAndNamesTheRule() throws Exception {
        // Acute adult mental health ward: H1, H2 and H3 all fire.
        Document page = result("/questionnaire/result?" + Scenarios.answers("AADCDCDDCADA").toQueryString());

        var section = page.selectFirst(".what-would-change");
        assertThat(section.select(".counterfactual")).isEmpty();
        assertThat(section.text()).contains("This result is firm", "a rule decides it whatever the score",
                "The Mental Health Units (Use of Force) Act 2018 applies", "Its strength is firm too");
    }

    @Test
    void aBorderlineResultSaysInPlainWordsWhatWouldTurnItRound() throws Exception {
        // Hospital porters, -3: borderline breakaway.
        Document page = result("/questionnaire/result?" + Scenarios.answers("CCBBBABBABBC").toQueryString());

        assertThat(page.selectFirst(".counterfactual[data-kind=recommendation]").text()).isEqualTo(
                "If the answer to \u201cHow central are de-escalation and behaviour support to the job?\u201d were "
                        + "\u201cDaily, following individual plans\u201d, the recommendation would be PMVA, but only just "
                        + "(borderline). See that result");
    }

    private Document result(String url) throws Exception {
        return Html.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn());
    }
}
