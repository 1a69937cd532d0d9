package com.legacytraining.advisor.questionnaire.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.legacytraining.advisor.Html;
import com.legacytraining.advisor.IsolatedWebIntegrationTest;
import com.legacytraining.advisor.content.ContentService;
import com.legacytraining.advisor.content.PublishedContent;
import com.legacytraining.advisor.questionnaire.Scenarios;
import com.legacytraining.advisor.questionnaire.scoring.Caveat;
import com.legacytraining.advisor.questionnaire.scoring.ProviderQuestion;
import com.legacytraining.advisor.questionnaire.scoring.Rule;
import com.legacytraining.advisor.questionnaire.scoring.Strength;
import com.legacytraining.advisor.questionnaire.scoring.TrainingType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Advice texts as content: admins reword them through the guidance editor, visitors see the new
 * words on the result page and in the PDF once they are published, and not before; which advice
 * exists stays with the code.
 */
@IsolatedWebIntegrationTest
class AdviceEditingTests {

    private static final RequestPostProcessor ALICE = user("alice").roles("ADMIN");
    /** Scenario 34: a new day service, unsure whether holds will be needed; the complete-tna caveat applies. */
    private static final String RESULT = "/questionnaire/result?"
            + Scenarios.answers(Scenarios.letters(34)).toQueryString();

    @Autowired
    MockMvc mvc;

    @Autowired
    ContentService content;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyRuleCaveatQuestionAndTemplateKeyHasAPublishedText() throws IOException {
        PublishedContent published = content.published();
        Stream.of(Arrays.stream(Rule.values()).map(rule -> "rule." + rule.key()),
                        Arrays.stream(Caveat.values()).map(caveat -> "caveat." + caveat.key()),
                        Arrays.stream(ProviderQuestion.values()).map(question -> "provider." + question.key()),
                        keysNamedInTemplates().stream(),
                        // Chosen in _tna.html by whether the checklist is a plan's.
                        Stream.of("tna.plan.incidents", "tna.plan.plans"),
                        Arrays.stream(TrainingType.values()).flatMap(type -> Arrays.stream(Strength.values())
                                .map(strength -> "outcome." + type + "." + strength)))
                .flatMap(keys -> keys)
                .forEach(key -> assertThat(published.advice(key).html()).as(key).isNotBlank());
    }

    @Test
    void aRewordedCaveatReachesTheResultPageAndThePdfOnlyWhenPublished() throws Exception {
        long id = adviceId("caveat.complete-tna");
        String before = mainText(RESULT);
        assertThat(before).contains("Complete a training needs analysis first");

        mvc.perform(edit(id, "save", "Check who may need to hold someone", "A *new* wording, saved as a draft."))
                .andExpect(status().isFound());
        assertThat(mainText(RESULT)).isEqualTo(before);
        assertThat(pdfText(RESULT)).doesNotContain("A new wording");

        mvc.perform(edit(id, "publish", "Check who may need to hold someone", "A *new* wording, now published."))
                .andExpect(status().isFound());
        assertThat(mainText(RESULT)).contains("Check who may need to hold someone", "A new wording, now published.")
                .doesNotContain("Complete a training needs analysis first");
        Document page = Html.parse(mvc.perform(get(RESULT)).andReturn());
        assertThat(page.select("[data-caveat=complete-tna] em").text()).isEqualTo("new");
        assertThat(pdfText(RESULT)).contains("A new wording, now published.");
        assertThat(Html.visibleText(mvc.perform(get("/admin/content/caveat-advice/{id}/history", id).with(ALICE))
                .andReturn())).contains("Original version");
    }

    @Test
    void scriptInAnAdviceTextIsSanitisedAway() throws Exception {
        long id = adviceId("provider.refreshers");
        // A javascript: link is refused by the form itself (MarkdownLinks), so it is tried on its own below.
        Document refused = Html.parse(mvc.perform(edit(id, "publish", "How often are refreshers?",
                        "Because [click](javascript:alert(3))"))
                .andExpect(status().isOk()).andReturn());
        assertThat(refused.select(".error-summary")).isNotEmpty();
        assertThat(refused.select("textarea").eachText()).anySatisfy(text -> assertThat(text).contains("javascript:alert(3)"));

        mvc.perform(edit(id, "publish", "How often are refreshers? <script>alert(1)</script>",
                        "Because <img src=x onerror=alert(2)> <b onclick=x>bold</b>"))
                .andExpect(status().isFound());

        Document page = Html.parse(mvc.perform(get("/questionnaire/result?"
                + Scenarios.answers(Scenarios.all().get(0).letters()).toQueryString())).andReturn());
        var question = page.select("[data-question=refreshers]");
        assertThat(question).hasSize(1);
        assertThat(question.select("script, img, [onerror], [onclick], a[href^=javascript]")).isEmpty();
        assertThat(question.text()).contains("<script>alert(1)</script>");
    }

    @Test
    void adviceTextsAreNeitherAddedNorArchivedNorMoved() throws Exception {
        long id = adviceId("rule.no-holds-cap");
        mvc.perform(get("/admin/content/rule-advice/new").with(ALICE)).andExpect(status().isNotFound());
        mvc.perform(post("/admin/content/rule-advice/new").with(csrf()).with(ALICE).param("action", "publish")
                .param("fields[title]", "T").param("fields[text]", "X").param("fields[source]", "S"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/content/rule-advice/{id}/archive", id).with(csrf()).with(ALICE))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/content/rule-advice/{id}/move", id).with(csrf()).with(ALICE).param("direction", "up"))
                .andExpect(status().isNotFound());
        // An advice text is found only under its own kind.
        mvc.perform(get("/admin/content/caveat-advice/{id}", id).with(ALICE)).andExpect(status().isNotFound());
        assertThat(content.published().advice("rule.no-holds-cap").title()).isNotBlank();
    }

    @Test
    void theAdviceListOpensEveryTextInTheEditor() throws Exception {
        Document list = Html.parse(mvc.perform(get("/admin/advice").with(ALICE)).andExpect(status().isOk()).andReturn());
        List<String> editors = list.select("main tbody tr td:first-child a").eachAttr("href");
        assertThat(editors).hasSize(jdbc.sql("select count(*) from advice_text").query(Integer.class).single());
        for (String editor : editors) {
            mvc.perform(get(editor).with(ALICE)).andExpect(status().isOk());
        }
    }

    private MockHttpServletRequestBuilder edit(long id, String action, String title, String text) throws Exception {
        String kind = jdbc.sql("select kind from advice_text where id = ?").param(id).query(String.class).single();
        String version = Html.parse(mvc.perform(get("/admin/content/{kind}/{id}", kind, id).with(ALICE)).andReturn())
                .select("input[name=version]").val();
        var request = post("/admin/content/{kind}/{id}", kind, id).with(csrf()).with(ALICE)
                .param("version", version).param("action", action);
        return switch (kind) {
            case "provider-question" -> request.param("fields[question]", title).param("fields[why]", text);
            case "caveat-advice" -> request.param("fields[title]", title).param("fields[text]", text);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private long adviceId(String key) {
        return jdbc.sql("select id from advice_text where advice_key = ?").param(key).query(Long.class).single();
    }

    private String mainText(String url) throws Exception {
        return Html.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn()).select("main").text();
    }

    private String pdfText(String url) throws Exception {
        byte[] pdf = mvc.perform(get(url.replace("/result?", "/result.pdf?"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // In reading order: an emphasised word is drawn after the rest of its line.
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }

    /** The literal keys templates ask for, such as {@code content.advice('next.tna')}. */
    private static List<String> keysNamedInTemplates() throws IOException {
        Pattern literal = Pattern.compile("content\\.advice\\('([a-zA-Z.-]+)'\\)");
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            return files.filter(file -> file.toString().endsWith(".html")).flatMap(file -> {
                try {
                    Matcher matcher = literal.matcher(Files.readString(file));
                    return matcher.results().map(result -> result.group(1)).toList().stream();
                }
                catch (IOException ex) {
                    throw new java.io.UncheckedIOException(ex);
                }
            }).distinct().toList();
        }
    }
}
