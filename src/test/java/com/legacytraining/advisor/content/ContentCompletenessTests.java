package com.legacytraining.advisor.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.legacytraining.advisor.Html;
import com.legacytraining.advisor.WebIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;

/** Every line of the source guidance must reach a reader: nothing paraphrased, nothing lost. */
@WebIntegrationTest
class ContentCompletenessTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theGuidancePageAloneCarriesTheWholeSource() throws Exception {
        String shown = Html.visibleText(mvc.perform(get("/guidance/pmva-vs-breakaway-training")).andReturn());
        List<String> sourceLines = new ClassPathResource("pmva-vs-breakaway.txt")
                .getContentAsString(StandardCharsets.UTF_8).lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();

        // Guards against an empty or truncated source file, which would make the check below pass vacuously.
        assertThat(sourceLines).hasSizeGreaterThan(30);
        assertThat(sourceLines).allSatisfy(line -> assertThat(shown).contains(line));
    }
}
