package com.legacytraining.advisor.questionnaire.web;

import com.legacytraining.advisor.Html;
import com.legacytraining.advisor.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The plan for several staff groups, held in its address, as a browser without JavaScript uses it. */
@WebIntegrationTest
class PlanTests {

    private static final String AE_NURSES = "CCDCCACCCADB";
    private static final String PORTERS = "CCBBBABBABBC";
    private static final String CARE_HOME = "BBCCBBCCCACB";

    @Autowired
    MockMvc mvc;

    @Test
    void addsThreeGroupsChangesOneRemovesOneAndSummarisesThem() throws Exception {
        String plan = add("/plan/add?code=" + AE_NURSES + "&name=Night%20nurses");
        plan = add(plan.replace("/plan?", "/plan/add?") + "&code=" + PORTERS + "&name=Porters");
        plan = add(plan.replace("/plan?", "/plan/add?") + "&code=" + CARE_HOME + "&name=Day%20care%20team");

        Document page = page(plan);
        assertThat(page.select(".plan-row .plan-row__name").eachText())
                .containsExactly("Night nurses", "Porters", "Day care team");
        assertThat(page.select(".plan-summary li").eachText()).containsExactly(
                "1 group needs PMVA with a restrictive component",
                "1 group needs PMVA with the restrictive modules left out",
                "1 group needs breakaway paired with de-escalation");

        // Change the porters: the form comes filled in, and saving replaces the row in place.
        Document form = page(page.select(".plan-row").get(1).selectFirst("a[href*=change]").attr("href"));
        assertThat(form.selectFirst("#name").val()).isEqualTo("Porters");
        assertThat(form.selectFirst("#answer-setting option[selected]").val()).isEqualTo("acute-emergency");
        String changeQuery = form.select("form input[type=hidden]").stream()
                .map(input -> input.attr("name") + "=" + java.net.URLEncoder.encode(input.val(), StandardCharsets.UTF_8).replace("+", "%20"))
                .reduce((a, b) -> a + "&" + b).orElseThrow();
        String answers = "&answers%5Bsetting%5D=acute-emergency&answers%5Bpeople%5D=mixed-public-patients"
                + "&answers%5Bfrequency%5D=verbal-sometimes&answers%5Bseverity%5D=grabs-pushes"
                + "&answers%5Bphysical-intervention%5D=emergency&answers%5Bcare-plans%5D=none"
                + "&answers%5Bbehaviour-support%5D=occasional&answers%5Balignment%5D=procedures"
                + "&answers%5Brole%5D=non-clinical&answers%5Blone-working%5D=sometimes-on-site"
                + "&answers%5Bincidents%5D=few-no-injury&answers%5Bregulation%5D=health-no-restraint";
        plan = add("/plan/add?" + changeQuery + "&name=Porters%20on%20call" + answers);
        page = page(plan);
        assertThat(page.select(".plan-row .plan-row__name").eachText())
                .containsExactly("Night nurses", "Porters on call", "Day care team");
        assertThat(page.select(".plan-row").get(1).attr("data-recommendation")).isEqualTo("PMVA");

        // Remove the first group.
        page = page(page.select(".plan-row").get(0).selectFirst("a[href^=/plan?]:not([href*=change])").attr("href"));
        assertThat(page.select(".plan-row .plan-row__name").eachText()).containsExactly("Porters on call", "Day care team");
        assertThat(page.select(".plan-row a[href^=/questionnaire/result]")).hasSize(2);
    }

    @Test
    void aMissingNameOrAnswerShowsTheFormAgainWithAnErrorSummary() throws Exception {
        Document page = page("/plan/add?name=&answers%5Bsetting%5D=acute-emergency");
        assertThat(page.select(".error-summary li")).hasSize(12);
        assertThat(page.selectFirst("#answer-setting option[selected]").val()).isEqualTo("acute-emergency");
    }

    @Test
    void refusesANameWithAnEmailAddress() throws Exception {
        Document page = page("/plan/add?code=" + AE_NURSES + "&name=jo%40example.org");
        assertThat(page.selectFirst(".error-summary").text()).contains("without e-mail addresses");
    }

    @Test
    void aTamperedCodeAnswers400() throws Exception {
        mvc.perform(get(URI.create("/plan?g=CCDCCACCCADZ.Night%20nurses"))).andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("not a valid code")));
        mvc.perform(get(URI.create("/plan?g=CCDCC.Night%20nurses"))).andExpect(status().isBadRequest());
        mvc.perform(get(URI.create("/plan.pdf?g=CCDCCACCCADZ.Night%20nurses"))).andExpect(status().isBadRequest());
        mvc.perform(get(URI.create("/plan/add?code=ZZ&name=Night%20nurses"))).andExpect(status().isBadRequest());
    }

    @Test
    void refusesMoreThanTwentyGroups() throws Exception {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 21; i++) {
            many.append(i == 0 ? "" : "&").append("g=").append(AE_NURSES).append(".Team%20").append(i);
        }
        mvc.perform(get(URI.create("/plan?" + many))).andExpect(status().isBadRequest());
    }

    @Test
    void thePlanPdfListsEveryGroupWithItsRecommendation() throws Exception {
        byte[] pdf = mvc.perform(get(URI.create("/plan.pdf?g=" + AE_NURSES + ".Night%20nurses&g=" + PORTERS + ".Porters")))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Night nurses", "Porters", "PMVA training is strongly recommended",
                    "Borderline: breakaway training is suggested", "Training needs analysis checklist");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        }
    }

    private String add(String url) throws Exception {
        String location = mvc.perform(get(URI.create(url))).andExpect(status().isSeeOther())
                .andReturn().getResponse().getHeader("Location");
        assertThat(location).startsWith("/plan?");
        return location;
    }

    private Document page(String url) throws Exception {
        return Html.parse(mvc.perform(get(URI.create(url)))
                .andExpect(status().isOk()).andReturn());
    }
}
