package com.legacytraining.advisor.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.legacytraining.advisor.WebIntegrationTest;
import com.legacytraining.advisor.questionnaire.Scenarios;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Every absolute address the site writes (robots.txt, the sitemap, canonical and sharing tags, article
 * data, the links printed in PDFs) comes from the configured base URL, never from a request's Host
 * or forwarded headers, which anyone can set.
 */
@WebIntegrationTest
class HostHeaderTests {

    static List<String> pagesWithAbsoluteAddresses() {
        String answers = Scenarios.answers(Scenarios.letters(34)).toQueryString();
        String plan = "g=" + Scenarios.letters(34) + ".Day%20team";
        return List.of("/robots.txt", "/sitemap.xml", "/", "/guidance/pmva-vs-breakaway-training", "/faq",
                "/questionnaire/result?" + answers, "/questionnaire/result.pdf?" + answers, "/plan?" + plan,
                "/plan.pdf?" + plan);
    }

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @MethodSource("pagesWithAbsoluteAddresses")
    void absoluteAddressesIgnoreTheHostAndForwardedHeaders(String url) throws Exception {
        MvcResult result = mvc.perform(get(url).header("Host", "evil.example")
                        .header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "https"))
                .andExpect(status().isOk()).andReturn();
        String text = text(result);
        assertThat(text).contains("http://localhost:8080/").doesNotContain("evil.example");
    }

    private static String text(MvcResult result) throws Exception {
        byte[] body = result.getResponse().getContentAsByteArray();
        if (!"application/pdf".equals(result.getResponse().getContentType())) {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
        try (PDDocument document = Loader.loadPDF(body)) {
            // Long addresses break across lines: join them again.
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }
}
