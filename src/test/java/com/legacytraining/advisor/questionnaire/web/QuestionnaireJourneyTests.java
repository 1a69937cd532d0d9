package com.legacytraining.advisor.questionnaire.web;

import com.legacytraining.advisor.questionnaire.QuestionnaireService;
import com.legacytraining.advisor.questionnaire.Scenarios;
import com.legacytraining.advisor.questionnaire.SeededQuestionnaire;
import com.legacytraining.advisor.questionnaire.scoring.Answers;
import com.legacytraining.advisor.questionnaire.scoring.Caveat;
import com.legacytraining.advisor.questionnaire.scoring.QuestionDefinition;
import com.legacytraining.advisor.questionnaire.scoring.QuestionnaireDefinition;
import com.legacytraining.advisor.questionnaire.scoring.ScoringService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.legacytraining.advisor.Html;
import com.legacytraining.advisor.WebIntegrationTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponentsBuilder;

/** The questionnaire journey as a browser without JavaScript walks it: links, GET forms and redirects. */
@WebIntegrationTest
class QuestionnaireJourneyTests {

    private static final QuestionnaireDefinition DEFINITION = SeededQuestionnaire.definition();
    private static final String ACUTE_WARD = "AADCDCDDCADA";
    private static final String HOSPITAL_PORTERS = "CCBBBABBABBC";
    private static final String UNPLANNED_HOLDS = "BBCCBDCBCBDB";

    @Autowired
    MockMvc mvc;

    /** Other tests may publish questionnaire changes in this shared context; result links carry its version. */
    @Autowired
    QuestionnaireService questionnaire;

    @Test
    void theStartPageSaysWhatItDecidesAndIsIndexable() throws Exception {
        Document page = page("/questionnaire");

        assertThat(page.select("h1").text()).isEqualTo("Choose PMVA or breakaway training for a group of staff");
        assertThat(page.text()).contains("about three minutes", "12 questions", "Answer for one group of staff",
                "What you will get");
        assertThat(page.select("a.button--start").text()).isEqualTo("Start now");
        assertThat(page.select("a.button--start").attr("href")).isEqualTo("/questionnaire/setting");
        assertThat(page.select("meta[name=robots]")).isEmpty();
    }

    @Test
    void walksFromTheStartThroughEveryQuestionToCheckAndResult() throws Exception {
        Answers expected = Scenarios.answers(ACUTE_WARD);
        String url = page("/questionnaire").select("a.button--start").attr("href");

        for (QuestionDefinition question : DEFINITION.questions()) {
            Document page = page(url);
            assertThat(page.select("fieldset legend h1").text()).isEqualTo(question.text());
            assertThat(page.select(".caption").text())
                    .isEqualTo("Question " + question.position() + " of " + DEFINITION.questions().size());
            assertThat(page.select("#question-hint").text()).isEqualTo(question.hint());
            assertThat(page.select("fieldset").attr("aria-describedby")).isEqualTo("question-hint");
            assertThat(page.select("input[type=radio]")).hasSize(question.options().size())
                    .allSatisfy(radio -> assertThat(page.select("label[for=" + radio.id() + "]")).hasSize(1));
            assertNoindex(page);

            MvcResult submitted = submit(page, expected.option(question.key()).orElseThrow());
            assertThat(submitted.getResponse().getStatus()).isEqualTo(303);
            url = submitted.getResponse().getRedirectedUrl();
        }

        assertThat(url).isEqualTo("/questionnaire/check?" + expected.toQueryString());
        Document check = page(url);
        assertThat(check.select("h1").text()).isEqualTo("Check your answers");
        assertThat(check.select("dl.summary-list dt")).extracting(Element::text)
                .containsExactlyElementsOf(DEFINITION.questions().stream().map(QuestionDefinition::text).toList());
        assertNoindex(check);

        Document result = page(check.select("a.button").attr("href"));
        assertThat(result.select("h1").text()).isEqualTo("PMVA training is strongly recommended");
        assertThat(result.select(".result-panel__strength strong").text()).isEqualTo("strongly");
        assertNoindex(result);
    }

    @Test
    void continuingWithoutChoosingShowsTheErrorPatternAndKeepsEveryAnswer() throws Exception {
        Answers given = Scenarios.answers(ACUTE_WARD).without("frequency").without("severity")
                .without("physical-intervention").without("care-plans").without("behaviour-support")
                .without("alignment").without("role").without("lone-working").without("incidents")
                .without("regulation");

        MvcResult submitted = submit(page("/questionnaire/frequency?" + given.toQueryString()), null);

        assertThat(submitted.getResponse().getStatus()).isEqualTo(200);
        Document page = Html.parse(submitted);
        assertThat(page.title()).isEqualTo("Error: How often do they meet aggression? - Training Advisor");
        Element summary = page.selectFirst(".error-summary");
        assertThat(summary.select("h2").text()).isEqualTo("There is a problem");
        assertThat(summary.attr("aria-labelledby")).isEqualTo(summary.select("h2").attr("id"));
        assertThat(summary.select("a").attr("href")).isEqualTo("#option-1");
        assertThat(page.select("input#option-1[type=radio]")).hasSize(1);
        assertThat(page.select("#question-error").text()).isEqualTo("Error: Select the answer that fits this group best");
        assertThat(page.select("fieldset").attr("aria-describedby")).isEqualTo("question-hint question-error");
        assertThat(page.select("fieldset legend h1").text()).isEqualTo("How often do they meet aggression?");

        MvcResult answered = submit(page, "rarely");
        assertThat(answered.getResponse().getRedirectedUrl())
                .isEqualTo("/questionnaire/severity?" + given.with("frequency", "rarely").toQueryString());
    }

    @Test
    void aPreviouslyGivenAnswerIsPreselected() throws Exception {
        Document page = page("/questionnaire/people?setting=inpatient-secure&people=mixed-public-patients");

        assertThat(page.select("input[type=radio][checked]")).singleElement()
                .extracting(radio -> radio.attr("value")).isEqualTo("mixed-public-patients");
        assertThat(page.select("form[method=get] input[type=hidden]")).extracting(input -> input.attr("name") + "=" + input.val())
                .containsExactly("setting=inpatient-secure");
    }

    @Test
    void backLinksGoToThePreviousStepWithTheAnswersKept() throws Exception {
        Answers all = Scenarios.answers(ACUTE_WARD);
        String two = "setting=inpatient-secure&people=mixed-public-patients";

        assertThat(backLink("/questionnaire/setting")).isEqualTo("/questionnaire");
        assertThat(backLink("/questionnaire/frequency?" + two)).isEqualTo("/questionnaire/people?" + two);
        assertThat(backLink("/questionnaire/check?" + all.toQueryString()))
                .isEqualTo("/questionnaire/regulation?" + all.toQueryString());
        assertThat(backLink("/questionnaire/result?" + all.toQueryString()))
                .isEqualTo("/questionnaire/check?" + all.toQueryString());
        assertThat(backLink("/questionnaire/role?" + all.toQueryString() + "&change=check"))
                .isEqualTo("/questionnaire/check?" + all.toQueryString());
        assertThat(backLink("/questionnaire/role?" + all.toQueryString() + "&change=result"))
                .isEqualTo("/questionnaire/result?" + all.toQueryString() + "&v=" + questionnaire.current().version());
    }

    @Test
    void theFirstQuestionsBackLinkKeepsAnswersThroughTheStartPage() throws Exception {
        String back = backLink("/questionnaire/setting?setting=inpatient-secure");
        assertThat(back).isEqualTo("/questionnaire?setting=inpatient-secure");

        Document start = page(back);
        assertThat(start.select("a.button--start").attr("href")).isEqualTo("/questionnaire/setting?setting=inpatient-secure");
        assertNoindex(start);
    }

    @Test
    void changingAnAnswerFromCheckReturnsThereWithEveryOtherAnswerKept() throws Exception {
        Answers original = Scenarios.answers(ACUTE_WARD);
        Document check = page("/questionnaire/check?" + original.toQueryString());
        Element change = check.select("dl.summary-list a").stream()
                .filter(link -> link.text().equals("Change What is the worst realistic harm?"))
                .findFirst().orElseThrow();
        assertThat(change.select(".visually-hidden").text()).isEqualTo("What is the worst realistic harm?");

        Document question = page(change.attr("href"));
        assertThat(question.select("input[type=radio][checked]").val()).isEqualTo("injury");

        MvcResult submitted = submit(question, "verbal");
        assertThat(submitted.getResponse().getRedirectedUrl())
                .isEqualTo("/questionnaire/check?" + original.with("severity", "verbal").toQueryString());
    }

    @Test
    void changingAnAnswerFromTheResultReturnsToTheResult() throws Exception {
        Answers original = Scenarios.answers(ACUTE_WARD);
        Document result = page("/questionnaire/result?" + original.toQueryString());
        String change = result.select(".result-answers dl.summary-list a").first().attr("href");
        assertThat(change).endsWith("&change=result");

        MvcResult submitted = submit(page(change), "public-facing-office");
        assertThat(submitted.getResponse().getRedirectedUrl()).isEqualTo(
                "/questionnaire/result?" + original.with("setting", "public-facing-office").toQueryString() + "&v=" + questionnaire.current().version());
    }

    @ParameterizedTest
    @ValueSource(strings = { "/questionnaire/check", "/questionnaire/result" })
    void missingAnswersRedirectToTheFirstUnansweredQuestion(String path) throws Exception {
        Answers partial = Scenarios.answers(ACUTE_WARD).without("people").without("role");

        mvc.perform(get(path + "?" + partial.toQueryString()))
                .andExpect(status().isSeeOther())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
                        .isEqualTo("/questionnaire/people?" + partial.toQueryString()));
        mvc.perform(get(path))
                .andExpect(status().isSeeOther())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
                        .isEqualTo("/questionnaire/setting"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/questionnaire/setting", "/questionnaire/setting/answer", "/questionnaire/check",
            "/questionnaire/result" })
    void tamperedParametersGetAPlain400PageThatOffersToStartAgain(String path) throws Exception {
        String query = "setting=spaceship&people=mixed-public-patients&people=no-care-relationship";

        MvcResult result = mvc.perform(get(path + "?" + query).param("<script>", "1"))
                .andExpect(status().isBadRequest()).andReturn();

        Document page = Html.parse(result);
        assertThat(page.select("h1").text()).isEqualTo("Some answers in the address could not be used");
        assertThat(page.select(".problem-list li")).extracting(Element::text).containsExactly(
                "setting: 'spaceship' is not one of the options for \"Where does this group mainly work?\"",
                "people: answered 2 times; give one option for \"Who do they mainly work with?\"",
                "'<script>' is not a question in this questionnaire");
        assertThat(page.select("main script")).isEmpty();
        assertThat(page.select("a.button").attr("href")).isEqualTo("/questionnaire");
        assertThat(page.select("a.button").text()).isEqualTo("Start again");
        assertNoindex(page);
    }

    @Test
    void thePlain400PageOffersToGoOnWithTheAnswersItCouldRead() throws Exception {
        Document page = Html.parse(mvc.perform(get("/questionnaire/result?setting=inpatient-secure&people=aliens"))
                .andExpect(status().isBadRequest()).andReturn());

        assertThat(page.select("main a").eachAttr("href"))
                .contains("/questionnaire/people?setting=inpatient-secure");
    }

    @Test
    void anUnknownQuestionIsNotFound() throws Exception {
        mvc.perform(get("/questionnaire/favourite-colour")).andExpect(status().isNotFound());
        mvc.perform(get("/questionnaire/favourite-colour/answer?setting=x")).andExpect(status().isNotFound());
    }

    @Test
    void oddInputNeverCausesAServerError() throws Exception {
        String longValue = "x".repeat(5000);
        for (String url : List.of("/questionnaire?setting=" + longValue, "/questionnaire/result?setting=" + longValue,
                "/questionnaire/setting/answer?change=nonsense", "/questionnaire/setting?change=",
                "/questionnaire/result?=", "/questionnaire/check?setting", "/api/recommendation?%E2%9C%93=1")) {
            mvc.perform(get(url)).andExpect(result ->
                    assertThat(result.getResponse().getStatus()).as(url).isLessThan(500));
        }
    }

    @Test
    void theResultSaysWhatIsRecommendedThenWhyThenWhatToDo() throws Exception {
        Document page = page("/questionnaire/result?" + Scenarios.answers(UNPLANNED_HOLDS).toQueryString());
        String text = page.select("main").text();

        assertThat(page.select("main h1").text()).isEqualTo("PMVA training is moderately recommended");
        assertThat(page.select(".result-panel__strength").text())
                .isEqualTo("How strongly your answers point to it: moderately");
        assertThat(text).contains("a PMVA programme with the restrictive modules left out, as a training needs analysis decides");
        assertThat(page.select(".reason")).hasSize(3).first().extracting(Element::text).isEqualTo(
                "What happened in the last two years? Your answer: Restraint has been used Pushed towards PMVA (+3 points)");
        assertThat(page.select(".rule h3")).extracting(Element::text)
                .containsExactly("No holds, so the restrictive modules are left out");
        assertThat(page.select(".rule .rule__source").text()).startsWith("Source: RRN Training Standards");
        assertThat(page.select(".caveat h3")).extracting(Element::text)
                .containsExactly("Restraint without a plan is a warning sign");
        assertThat(text).contains("PMVA programmes usually include breakaway techniques",
                "PMVA regularly, often every year; conflict resolution every three years",
                "not a training needs analysis", "Wales has its own Reducing Restrictive Practices Framework");
        assertThat(page.select(".result-answers dt")).hasSize(12);
        assertThat(page.select("a[href=/guidance/pmva-vs-breakaway-training]")).isNotEmpty();
        assertThat(page.select("a[href=/faq]")).isNotEmpty();
    }

    @Test
    void theResultExplainsEveryRuleThatFiredWithItsSource() throws Exception {
        Document page = page("/questionnaire/result?" + Scenarios.answers(ACUTE_WARD).toQueryString());

        assertThat(page.select(".rule")).extracting(rule -> rule.attr("data-rule")).containsExactly(
                "restrictive-intervention-possible", "use-of-force-act", "restrictive-care-plans");
        assertThat(page.select(".rule__source")).extracting(Element::text).containsExactly(
                "Source: Restraint Reduction Network (RRN) Training Standards 2019; Mental Capacity Act 2005, section 6 (proportionality)",
                "Source: Mental Health Units (Use of Force) Act 2018, section 5",
                "Source: The individual plans (positive behaviour support, care or positive handling plans) of the people this group supports");
        assertThat(page.text()).contains("Bild ACT certificate", "restrictive component");
    }

    @Test
    void aBorderlineBreakawayResultGivesTheBorderlineAdviceAndPairsBreakawayWithDeEscalation() throws Exception {
        Document page = page("/questionnaire/result?" + Scenarios.answers(HOSPITAL_PORTERS).toQueryString());
        String text = page.select("main").text();

        assertThat(page.select("main h1").text()).isEqualTo("Borderline: breakaway training is suggested");
        assertThat(page.select(".result-panel__strength strong").text()).isEqualTo("borderline");
        assertThat(text).contains("Your answers sit between the two. A training needs analysis should decide. "
                + "Options: a PMVA programme configured without holds, or breakaway plus a separate de-escalation "
                + "or behaviour-support module. Revisit if incidents rise or plans start to mention holding.");
        assertThat(text).contains("Pair breakaway with conflict resolution and de-escalation",
                "non-pain, non-strike techniques", "verbal only, conflict resolution training alone may be enough");
        assertThat(text).doesNotContain("Bild ACT");
        assertThat(page.select(".reason__effect")).extracting(Element::text).containsExactly(
                "Pushed towards breakaway (\u22122 points)", "Pushed towards breakaway (\u22121 point)",
                "Pushed towards breakaway (\u22121 point)");
    }

    @Test
    void everyCaveatIsExplainedInPlainWords() throws Exception {
        for (String letters : List.of("AABBAAAAAABA", "DBCCBBCBCCBB", "BABBEACBCABB", "BBCCBDCBCBDB", "AABBADAAAABA")) {
            Document page = page("/questionnaire/result?" + Scenarios.answers(letters).toQueryString());
            var scored = new ScoringService().score(DEFINITION, Scenarios.answers(letters));
            assertThat(page.select(".caveat")).extracting(caveat -> caveat.attr("data-caveat"))
                    .containsExactlyElementsOf(scored.caveats().stream().map(Caveat::key).toList());
            assertThat(page.select(".caveat p")).allSatisfy(p -> assertThat(p.text()).hasSizeGreaterThan(80));
        }
    }

    private Document page(String url) throws Exception {
        return Html.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn());
    }

    private String backLink(String url) throws Exception {
        return page(url).select("a.back-link").attr("href");
    }

    /** Submits the page's GET form as a browser would, with the radio for {@code optionKey} chosen (or none). */
    private MvcResult submit(Document page, String optionKey) throws Exception {
        Element form = page.selectFirst("main form");
        assertThat(form.attr("method")).isEqualTo("get");
        List<String> fields = new ArrayList<>();
        for (Element input : form.select("input")) {
            boolean sent = input.attr("type").equals("hidden")
                    || (input.attr("type").equals("radio") && input.val().equals(optionKey));
            if (sent) {
                fields.add(encode(input.attr("name")) + "=" + encode(input.val()));
            }
        }
        String url = UriComponentsBuilder.fromPath(form.attr("action")).build().toUriString()
                + (fields.isEmpty() ? "" : "?" + String.join("&", fields));
        return mvc.perform(get(url)).andReturn();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void assertNoindex(Document page) {
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
    }
}
