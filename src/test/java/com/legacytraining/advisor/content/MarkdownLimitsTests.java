package com.legacytraining.advisor.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.legacytraining.advisor.Html;
import com.legacytraining.advisor.WebIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Markdown that once crashed the renderer: refused with a message when saved, harmless when previewed. */
@WebIntegrationTest
class MarkdownLimitsTests {

    private static final String DEEP = ">".repeat(3_250) + " word";

    @Autowired
    MockMvc mvc;

    @Autowired
    ContentEditing editing;

    @ParameterizedTest
    @ValueSource(strings = {"save", "publish"})
    void deeplyNestedMarkdownIsRefusedBesideTheFieldAndKeptInTheForm(String action) throws Exception {
        long version = editing.item(ContentKind.FAQ, 1).version();
        Document page = Html.parse(mvc.perform(post("/admin/content/faq/1").with(csrf()).with(user("alice").roles("ADMIN"))
                        .param("fields[question]", "A question").param("fields[answer]", DEEP)
                        .param("version", String.valueOf(version)).param("action", action))
                .andExpect(status().isOk()).andReturn());

        assertThat(page.select(".error-summary").text()).contains("nested too deeply");
        assertThat(page.select("textarea[name='fields[answer]']").text()).startsWith(">>>>");
        assertThat(editing.item(ContentKind.FAQ, 1).version()).isEqualTo(version);
    }

    /** A link the public page would show as plain text is refused when saved, saying so, and the text kept. */
    @ParameterizedTest
    @ValueSource(strings = {"save", "publish"})
    void aLinkToARefusedSchemeIsRefusedBesideTheFieldAndKeptInTheForm(String action) throws Exception {
        long version = editing.item(ContentKind.FAQ, 1).version();
        String answer = "Read [our policy](javascript:alert(1)) first.";
        Document page = Html.parse(mvc.perform(post("/admin/content/faq/1").with(csrf()).with(user("alice").roles("ADMIN"))
                        .param("fields[question]", "A question").param("fields[answer]", answer)
                        .param("version", String.valueOf(version)).param("action", action))
                .andExpect(status().isOk()).andReturn());

        assertThat(page.select(".error-summary").text()).contains("A link goes to an address that is not allowed");
        assertThat(page.select("textarea[name='fields[answer]']").text()).isEqualTo(answer);
        assertThat(editing.item(ContentKind.FAQ, 1).version()).isEqualTo(version);
    }

    @org.junit.jupiter.api.Test
    void previewingALinkToARefusedSchemeShowsItsTextAndSaysTheLinkWasDropped() throws Exception {
        Document page = Html.parse(mvc.perform(post("/admin/content/faq/1").with(csrf()).with(user("alice").roles("ADMIN"))
                        .param("fields[question]", "A question")
                        .param("fields[answer]", "Read [our policy](javascript:alert(1)) first.")
                        .param("version", "0").param("action", "preview"))
                .andExpect(status().isOk()).andReturn());

        assertThat(page.select(".preview .prose").text()).isEqualTo("Read our policy first.");
        assertThat(page.select(".preview .prose a")).isEmpty();
        assertThat(page.select(".preview .notice").eachText())
                .containsExactly("A link in this text goes to an address that is not allowed (such as javascript:),"
                        + " so it is shown as plain text. Saving will ask you to change it.");
    }

    @org.junit.jupiter.api.Test
    void previewingDeeplyNestedMarkdownShowsItAsTextInsteadOfFailing() throws Exception {
        mvc.perform(post("/admin/content/faq/1").with(csrf()).with(user("alice").roles("ADMIN"))
                        .param("fields[question]", "A question").param("fields[answer]", DEEP)
                        .param("version", "0").param("action", "preview"))
                .andExpect(status().isOk());
    }

    @org.junit.jupiter.api.Test
    void longRunsOfPunctuationRenderQuicklyWithinTheLengthLimit() {
        long started = System.nanoTime();
        String html = new MarkdownRenderer().toSafeHtml("\u2039".repeat(20_000));
        assertThat(html).startsWith("<p>");
        assertThat(System.nanoTime() - started).as("nanoseconds").isLessThan(5_000_000_000L);
    }
}
