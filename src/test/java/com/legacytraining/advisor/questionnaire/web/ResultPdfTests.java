package com.legacytraining.advisor.questionnaire.web;

import com.legacytraining.advisor.WebIntegrationTest;
import com.legacytraining.advisor.content.ContentService;
import com.legacytraining.advisor.content.PublishedContent;
import com.legacytraining.advisor.questionnaire.Scenarios;
import com.legacytraining.advisor.questionnaire.SeededQuestionnaire;
import com.legacytraining.advisor.questionnaire.scoring.Answers;
import com.legacytraining.advisor.questionnaire.scoring.ProviderQuestion;
import com.legacytraining.advisor.questionnaire.scoring.Recommendation;
import com.legacytraining.advisor.questionnaire.scoring.ScoringService;
import com.legacytraining.advisor.questionnaire.scoring.TrainingType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The result's PDF summary, read back with PDFBox. */
@WebIntegrationTest
class ResultPdfTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @Autowired
    ContentService content;

    @ParameterizedTest(name = "{0}")
    // Acute MH ward (H1-H3), residential home with unplanned holds (cap? caveat), housing officers (lone working),
    // care home with dementia (cap), and a borderline breakaway.
    @ValueSource(strings = { "AADCDCDDCADA", "BBCCBDCBCBDB", "DDBBAABBBCBD", "BBCCBBCCCACB", "CCBBBABBABBC" })
    void holdsEveryAnswerTheRecommendationAndEveryRuleCaveatAndProviderQuestion(String letters) throws Exception {
        Answers answers = Scenarios.answers(letters);
        Recommendation result = new ScoringService().score(SeededQuestionnaire.definition(), answers);

        byte[] pdf = mvc.perform(get("/questionnaire/result.pdf?" + answers.toQueryString()))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();

        if (Boolean.getBoolean("advisor.screenshots")) {
            // Kept beside the browser screenshots, to be looked at (pdftoppm turns pages into pictures).
            var file = java.nio.file.Path.of("target/screenshots/result-" + letters + ".pdf");
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.write(file, pdf);
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Lines may break after a hyphen ("trauma-" / "informed"): join those first.
            String text = normalised(new PDFTextStripper().getText(document).replaceAll("-\\s*\\R\\s*", "-"));
            for (var question : answers.definition().questions()) {
                String option = question.option(answers.option(question.key()).orElseThrow()).orElseThrow().text();
                assertThat(text).contains(normalised(question.text()), normalised(option));
            }
            assertThat(text).contains(message("questionnaire.result.heading." + result.recommendation().name() + "."
                    + result.strength().name()));
            PublishedContent advice = content.published();
            result.rules().forEach(rule -> assertThat(text).contains(
                    normalised(advice.advice("rule." + rule.key()).title()),
                    normalised(advice.advice("rule." + rule.key()).source())));
            result.caveats().forEach(caveat -> assertThat(text).contains(
                    normalised(advice.advice("caveat." + caveat.key()).title())));
            ProviderQuestion.chosenFor(answers, result).forEach(question -> assertThat(text).contains(
                    normalised(advice.advice("provider." + question.key()).title())));
            // The next steps, as on the result page.
            String step = result.recommendation() == TrainingType.PMVA ? "next.tna" : "next.pairBreakaway";
            assertThat(text).contains(message("questionnaire.result.next.heading"),
                    normalised(org.jsoup.Jsoup.parse(advice.advice(step).html()).text()));
            assertThat(text).contains(message("advice.tna.heading"), message("questionnaire.change.heading"),
                    message("questionnaire.result.reviewer.heading"), "Training Advisor", "questionnaire version");

            // The address to find the result again is a link, whole, whatever line breaks it shows.
            List<String> links = new java.util.ArrayList<>();
            for (var page : document.getPages()) {
                for (var annotation : page.getAnnotations()) {
                    if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                            && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri) {
                        links.add(uri.getURI());
                    }
                }
            }
            assertThat(links).contains("http://localhost:8080/questionnaire/result?" + answers.toQueryString() + "&v="
                    + answers.definition().version());

            // Tagged for accessibility: a marked document with a structure tree, in a language, with a title.
            assertThat(document.getDocumentCatalog().getMarkInfo()).isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(document.getDocumentInformation().getTitle()).contains("training recommendation");
            // A4: 595 x 842 points.
            assertThat(document.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f);
            assertThat(document.getPage(0).getMediaBox().getHeight()).isBetween(841f, 843f);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "AADCDCDDCADA", "CCBBBABBABBC" })
    void conformsToPdfUa(String letters) throws Exception {
        byte[] pdf = mvc.perform(get("/questionnaire/result.pdf?" + Scenarios.answers(letters).toQueryString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        assertThat(PdfUa.violations(pdf)).isEmpty();
    }

    @Test
    void aBadQueryAnswersTheSame400AsTheResultPage() throws Exception {
        String bad = "setting=inpatient-secure&people=aliens";
        String page = mvc.perform(get("/questionnaire/result?" + bad)).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        String pdfPage = mvc.perform(get("/questionnaire/result.pdf?" + bad))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();
        // The same page; only the footer's "Is this page useful?" form names the address it is on.
        assertThat(org.jsoup.Jsoup.parse(pdfPage).select("main").outerHtml())
                .isEqualTo(org.jsoup.Jsoup.parse(page).select("main").outerHtml());
    }

    @Test
    void theResultPageLinksToItsPdf() throws Exception {
        String query = Scenarios.answers("CCDCCACCCADB").toQueryString();
        mvc.perform(get("/questionnaire/result?" + query))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "href=\"/questionnaire/result.pdf?" + query.replace("&", "&amp;"))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Download a PDF summary")));
    }

    private String message(String key) {
        return normalised(messages.getMessage(key, null, Locale.UK));
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
