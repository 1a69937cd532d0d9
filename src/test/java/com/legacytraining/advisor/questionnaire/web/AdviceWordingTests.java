package com.legacytraining.advisor.questionnaire.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.legacytraining.advisor.Html;
import com.legacytraining.advisor.WebIntegrationTest;
import com.legacytraining.advisor.questionnaire.Scenarios;
import com.legacytraining.advisor.questionnaire.Scenarios.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The words of the advice, word for word, on the result page and in its PDF for every public
 * scenario, against the text recorded in {@code src/test/resources/advice-wording/} before the advice
 * texts moved from the message files into content that admins edit: the move changed no word a
 * visitor reads. Dates are left out, since the day a PDF is made varies.
 *
 * <p>To record the text anew after a deliberate change of wording, run this class with
 * {@code -Dadvisor.recordWording=true} and review the diff of those files.
 */
@WebIntegrationTest
class AdviceWordingTests {

    private static final Path RECORDED = Path.of("src", "test", "resources", "advice-wording");
    private static final boolean RECORD = Boolean.getBoolean("advisor.recordWording");
    private static final String DATE = "\\b[0-9]{1,2} (January|February|March|April|May|June|July|August|September"
            + "|October|November|December) [0-9]{4}\\b";

    @Autowired
    MockMvc mvc;

    static List<Scenario> scenarios() {
        return Scenarios.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theResultPageReadsAsBeforeWordForWord(Scenario scenario) throws Exception {
        String page = Html.parse(mvc.perform(get("/questionnaire/result?" + scenario.answers().toQueryString()))
                .andExpect(status().isOk()).andReturn()).select("main").text();
        check("result-" + scenario.id() + ".txt", page);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void thePdfReadsAsBeforeWordForWord(Scenario scenario) throws Exception {
        byte[] pdf = mvc.perform(get("/questionnaire/result.pdf?" + scenario.answers().toQueryString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            check("pdf-" + scenario.id() + ".txt", new PDFTextStripper().getText(document).replaceAll("\\s+", " "));
        }
    }

    private static void check(String name, String text) throws IOException {
        String words = text.replaceAll(DATE, "<date>").strip() + "\n";
        Path file = RECORDED.resolve(name);
        if (RECORD) {
            Files.createDirectories(RECORDED);
            Files.writeString(file, words, StandardCharsets.UTF_8);
        }
        assertThat(words).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
