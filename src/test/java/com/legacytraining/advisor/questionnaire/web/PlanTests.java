package com.legacytraining.advisor.questionnaire.web;

import com.legacytraining.advisor.Html;
import com.legacytraining.advisor.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.legacytraining.advisor.questionnaire.Scenarios;
import com.legacytraining.advisor.questionnaire.SeededQuestionnaire;
import com.legacytraining.advisor.questionnaire.scoring.Answers;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The plan for several staff groups, held in its address, as a browser without JavaScript uses it. */
@WebIntegrationTest
class PlanTests {

    private static final String AE_NURSES = "CCDCCACCCADB";
    private static final String PORTERS = "CCBBBABBABBC";
    private static final String CARE_HOME = "BBCCBBCCCACB";

    @Autowired
    MockMvc mvc;

    /** The summary counts a group as restrictive exactly when its own result says so (rule H1). */
    @Test
    void theSummaryAgreesWithEachGroupsOwnResult() throws Exception {
        // Staff only free themselves: PMVA, moderately, and no rule says a restrictive component is needed.
        String freeThemselves = "BBCBBBBBBBBB";
        Document result = page("/questionnaire/result?" + Scenarios.answers(freeThemselves).toQueryString());
        assertThat(result.select("[data-rule=restrictive-intervention-possible]")).isEmpty();

        Document plan = page("/plan?g=" + freeThemselves + ".Day%20care%20team");
        assertThat(plan.select(".plan-summary li").eachText())
                .containsExactly("1 group needs PMVA without a restrictive component");
    }

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
                "1 group needs PMVA without a restrictive component",
                "1 group needs breakaway paired with de-escalation");

        // Change the porters with the one-page form: it comes filled in, and saving replaces the row in place.
        Document form = page(PlanController.groupUrl(Plan.read(SeededQuestionnaire.definition(),
                java.util.List.of(AE_NURSES + ".Night nurses", PORTERS + ".Porters", CARE_HOME + ".Day care team")), 1));
        assertThat(form.selectFirst("#name").val()).isEqualTo("Porters");
        assertThat(form.selectFirst("#answer-setting option[selected]").val()).isEqualTo("acute-emergency");
        String changeQuery = form.select("form input[type=hidden]").stream()
                .map(input -> input.attr("name") + "=" + encode(input.val()))
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
        page = page(page.select(".plan-row").get(0).selectFirst("a:contains(Remove)").attr("href"));
        assertThat(page.select(".plan-row .plan-row__name").eachText()).containsExactly("Porters on call", "Day care team");
        assertThat(page.select(".plan-row a[href^=/questionnaire/result]")).hasSize(2);
    }

    @Test
    void addAnotherGroupWalksTheQuestionnaireCarryingThePlanAndAddsTheResultToIt() throws Exception {
        Document plan = page(add("/plan/add?code=" + AE_NURSES + "&name=Night%20nurses"));

        // Every step carries the plan and says so; the result adds to this plan, not to a new one.
        Document question = page(plan.selectFirst("a.button:contains(Add another group)").attr("href"));
        assertThat(question.selectFirst(".plan-carried").text()).contains("new group in your plan", "Night nurses");
        Document result = answerEveryQuestion(question, Scenarios.answers(PORTERS));
        assertThat(result.selectFirst(".plan-carried").text()).contains("Night nurses");
        // The form is far down a phone's screen: the banner at the top skips to it.
        assertThat(result.selectFirst(".plan-carried a:contains(Skip to adding this group)").attr("href"))
                .isEqualTo("#plan-add");
        Element form = result.selectFirst("form.plan-add");
        assertThat(form.selectFirst("#plan-add")).isNotNull();
        assertThat(form.selectFirst("h3").text()).isEqualTo("Add this group to your plan");
        assertThat(form.selectFirst("#name").val()).isEmpty();

        Document twoGroups = page(add(submit(form, Map.of("name", "Porters"))));
        assertThat(twoGroups.select(".plan-row .plan-row__name").eachText()).containsExactly("Night nurses", "Porters");
        assertThat(twoGroups.select(".plan-row").get(1).attr("data-strength")).isEqualTo("BORDERLINE");
    }

    @Test
    void changeFromThePlanReturnsToTheSamePlanWithThatGroupReplaced() throws Exception {
        Document plan = page("/plan?g=" + AE_NURSES + ".Night%20nurses&g=" + PORTERS + ".Porters&g=" + CARE_HOME
                + ".Day%20care%20team");

        // Change leads to the porters' answers, ready to change; the plan comes along.
        Document check = page(plan.select(".plan-row").get(1).selectFirst("a:contains(Change)").attr("href"));
        assertThat(check.selectFirst("h1").text()).isEqualTo("Check your answers");
        assertThat(check.selectFirst(".plan-carried").text()).contains("changing the answers for \u201cPorters\u201d");
        String changeAnswer = check.select(".summary-list__row").stream()
                .filter(row -> row.text().contains("hold, restrain"))
                .map(row -> row.selectFirst("a").attr("href")).findFirst().orElseThrow();
        Document question = page(changeAnswer);
        check = follow(submit(question.selectFirst("main form"), Map.of("physical-intervention", "emergency")));
        assertThat(check.selectFirst(".plan-carried").text()).contains("Porters");
        Document result = page(check.selectFirst("a.button:contains(Get your recommendation)").attr("href"));
        assertThat(result.selectFirst("h1").text()).isEqualTo("PMVA training is moderately recommended");

        Element form = result.selectFirst("form.plan-add");
        assertThat(form.selectFirst("h3").text()).isEqualTo("Put this result in your plan for \u201cPorters\u201d");
        assertThat(form.selectFirst("#name").val()).isEqualTo("Porters");
        Document changed = page(add(submit(form, Map.of("name", "Porters on call"))));
        assertThat(changed.select(".plan-row .plan-row__name").eachText())
                .containsExactly("Night nurses", "Porters on call", "Day care team");
        assertThat(changed.select(".plan-row").get(1).attr("data-recommendation")).isEqualTo("PMVA");
    }

    @Test
    void aResultPageWithoutAPlanStillOffersANewOne() throws Exception {
        Document result = page("/questionnaire/result?" + Scenarios.answers(AE_NURSES).toQueryString());
        assertThat(result.select(".plan-carried")).isEmpty();
        Element form = result.selectFirst("form.plan-add");
        assertThat(form.selectFirst("h3").text()).isEqualTo("Add this group to a plan");
        assertThat(form.select("input[name=g]")).isEmpty();
        assertThat(page(add(submit(form, Map.of("name", "Night nurses")))).select(".plan-row__name").eachText())
                .containsExactly("Night nurses");
    }

    @Test
    void aBadPlanCarriedThroughTheQuestionnaireIsA400ThatOffersToGoOnWithoutIt() throws Exception {
        String answers = Scenarios.answers(PORTERS).toQueryString();
        for (String bad : new String[] { "plan=CCDCCACCCADZ.Night%20nurses", "plan=" + AE_NURSES + ".",
                "plan=" + AE_NURSES + ".Night%20nurses&plan-replace=1", "plan-replace=0",
                "plan=" + AE_NURSES + ".Night%20nurses&plan-replace=x" }) {
            Document page = Html.parse(mvc.perform(get(URI.create("/questionnaire/result?" + answers + "&" + bad)))
                    .andExpect(status().isBadRequest()).andReturn());
            assertThat(page.selectFirst("h1").text()).isEqualTo("This plan's address could not be read");
            String withoutPlan = page.selectFirst("a:contains(without the plan)").attr("href");
            assertThat(page(withoutPlan).selectFirst("h1").text()).isEqualTo("Borderline: breakaway training is suggested");
        }
        mvc.perform(get(URI.create("/questionnaire/setting?plan=ZZ.Night%20nurses"))).andExpect(status().isBadRequest());
    }

    @Test
    void aFullPlanCarriedToAResultOffersNoAddButTheWayBack() throws Exception {
        StringBuilder twenty = new StringBuilder();
        for (int i = 0; i < Plan.MAX_GROUPS; i++) {
            twenty.append("&plan=").append(AE_NURSES).append(".Team%20").append(i + 1);
        }
        Document result = page("/questionnaire/result?" + Scenarios.answers(PORTERS).toQueryString() + twenty);
        assertThat(result.select("form.plan-add")).isEmpty();
        assertThat(result.selectFirst(".plan-add").text()).contains("at most 20 groups");
        assertThat(result.selectFirst(".plan-add a").attr("href")).startsWith("/plan?v=");
    }

    @Test
    void aBlankNameFromAResultKeepsEveryAnswerAndLeadsBackToTheResult() throws Exception {
        Document page = page("/plan/add?code=" + PORTERS + "&name=");
        assertThat(page.select(".error-summary li").eachText()).containsExactly("Short name for this group: Enter a short name for this group");
        Scenarios.answers(PORTERS).asMap().forEach((question, option) ->
                assertThat(page.select("#answer-" + question + " option[selected]").eachAttr("value")).as(question)
                        .containsExactly(option));
        assertThat(page.selectFirst(".back-link").attr("href")).startsWith("/questionnaire/result?");
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

    /**
     * A name the form refuses is refused in an address too, wherever a plan is read from one: the plan,
     * its PDF, its forms and a plan carried through the questionnaire, with the 400 page, which does not
     * show it.
     */
    @Test
    void aNameTheFormRefusesIsRefusedInEveryAddressAndNotShown() throws Exception {
        String answers = Scenarios.answers(PORTERS).toQueryString();
        for (String name : new String[] { "jo@example.org", "Ward 12345", "Night\u0001nurses", "Night\u007fnurses",
                "Night\tnurses", "Night\u202enurses", "\u2066Porters\u2069", "\u202aPorters", "x".repeat(41), " " }) {
            String group = encode(AE_NURSES + "." + name);
            for (String address : new String[] { "/plan?g=" + group, "/plan.pdf?g=" + group, "/plan/group?g=" + group,
                    "/plan/add?g=" + group + "&code=" + PORTERS + "&name=Porters",
                    "/questionnaire/result?" + answers + "&plan=" + group }) {
                MvcResult result = mvc.perform(get(URI.create(address))).andReturn();
                assertThat(result.getResponse().getStatus()).as(address).isEqualTo(400);
                Document page = Html.parse(result);
                assertThat(page.selectFirst("h1").text()).as(address).isEqualTo("This plan's address could not be read");
                assertThat(page.selectFirst(".problem").text()).as(address).startsWith("Group 1");
                if (!name.isBlank()) {
                    assertThat(result.getResponse().getContentAsString()).as(address).doesNotContain(name);
                }
            }
        }
        MvcResult badCode = mvc.perform(get(URI.create("/plan/add?code=ZZ&name=jo%40example.org")))
                .andExpect(status().isBadRequest()).andReturn();
        assertThat(badCode.getResponse().getContentAsString()).contains("not a valid code").doesNotContain("jo@example.org");
    }

    /** A comma is punctuation like any other: a group named with one is added, shown and printed whole. */
    @Test
    void aNameWithACommaIsAddedAndShownWhole() throws Exception {
        String plan = add("/plan/add?code=" + AE_NURSES + "&name=" + encode("Porters, night"));
        plan = add(plan.replace("/plan?", "/plan/add?") + "&code=" + PORTERS + "&name=" + encode("Day, weekend"));

        assertThat(page(plan).select(".plan-row .plan-row__name").eachText())
                .containsExactly("Porters, night", "Day, weekend");
        mvc.perform(get(URI.create(plan.replace("/plan?", "/plan.pdf?")))).andExpect(status().isOk());
        assertThat(page(plan.replace("/plan?", "/plan/group?") + "&change=0").selectFirst("#name").val())
                .isEqualTo("Porters, night");
    }

    /** Every invisible formatting character (direction marks, zero widths) and line separator is refused too. */
    @Test
    void theFormRefusesInvisibleFormattingAndLineSeparatorsToo() throws Exception {
        for (String name : new String[] { "Night\u200enurses", "Night\u200bnurses", "\ufeffPorters", "Night\u2028nurses",
                "Night\u061cnurses" }) {
            Document page = page("/plan/add?code=" + AE_NURSES + "&name=" + encode(name));
            assertThat(page.select(".error-summary li").eachText()).as(name).hasSize(1);
            assertThat(page.selectFirst("#name").val()).as(name).isEqualTo(name);
        }
    }

    /** The form refuses the same names, keeping what was typed, and says why. */
    @Test
    void theFormRefusesControlAndBidiCharactersKeepingWhatWasTyped() throws Exception {
        for (String name : new String[] { "Night\u0001nurses", "Night\u202enurses", "\u2067Porters\u2069" }) {
            Document page = page("/plan/add?code=" + AE_NURSES + "&name=" + encode(name));
            assertThat(page.select(".error-summary li").eachText()).as(name)
                    .containsExactly("Short name for this group: Use only letters, numbers, spaces and punctuation,"
                            + " with no hidden characters that change how the name is shown");
            assertThat(page.selectFirst("#name").val()).as(name).isEqualTo(name);
        }
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
                    "Borderline: breakaway training is suggested", "Training needs analysis checklist",
                    "file this plan with your training needs analysis and check that, for each group");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        }
    }

    /** Answers each question page's form with {@code answers} until the check page, then opens the result. */
    private Document answerEveryQuestion(Document question, Answers answers) throws Exception {
        Document page = question;
        for (int step = 0; step < 20 && page.selectFirst("main form input[type=radio]") != null; step++) {
            String key = page.selectFirst("main form input[type=radio]").attr("name");
            page = follow(submit(page.selectFirst("main form"), Map.of(key, answers.option(key).orElseThrow())));
            assertThat(page.select(".plan-carried")).isNotEmpty();
        }
        assertThat(page.selectFirst("h1").text()).isEqualTo("Check your answers");
        return page(page.selectFirst("a.button:contains(Get your recommendation)").attr("href"));
    }

    /** The address a GET form sends, as a browser builds it: hidden and text fields, then {@code values}. */
    private static String submit(Element form, Map<String, String> values) {
        var fields = new ArrayList<String>();
        for (Element input : form.select("input[type=hidden], input[type=text]")) {
            if (!values.containsKey(input.attr("name"))) {
                fields.add(input.attr("name") + "=" + encode(input.val()));
            }
        }
        values.forEach((name, value) -> fields.add(name + "=" + encode(value)));
        return form.attr("action") + "?" + String.join("&", fields);
    }

    /** Opens the address, following redirects as a browser would. */
    private Document follow(String url) throws Exception {
        String next = url;
        for (int hop = 0; hop < 5; hop++) {
            MvcResult result = mvc.perform(get(URI.create(next))).andReturn();
            if (result.getResponse().getStatus() != 303) {
                assertThat(result.getResponse().getStatus()).isEqualTo(200);
                return Html.parse(result);
            }
            next = result.getResponse().getHeader("Location");
        }
        throw new AssertionError("Too many redirects from " + url);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void thePlanPdfConformsToPdfUa() throws Exception {
        byte[] pdf = mvc.perform(get(URI.create("/plan.pdf?g=" + AE_NURSES + ".Night%20nurses&g=" + PORTERS
                        + ".Porters&g=" + CARE_HOME + ".Day%20care%20team")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        if (Boolean.getBoolean("advisor.screenshots")) {
            // Kept beside the browser screenshots, to be looked at (pdftoppm turns pages into pictures).
            var file = java.nio.file.Path.of("target/screenshots/plan-three-groups.pdf");
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.write(file, pdf);
        }

        assertThat(PdfUa.violations(pdf)).isEmpty();
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
