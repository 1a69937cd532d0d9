package com.legacytraining.advisor.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.legacytraining.advisor.Html;
import com.legacytraining.advisor.WebIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Pages are served from memory until the content generation moves on. These tests write behind the
 * cache's back, as another instance sharing the database would.
 */
@WebIntegrationTest
class PublishedContentCacheTests {

    private static final String MALICIOUS_MARKDOWN = """
            Read this <script>alert('x')</script> carefully.

            [Click me](javascript:alert(1)) or <img src=x onerror=alert(1)>
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MarkdownRenderer renderer;

    @AfterEach
    void removeTestSection() {
        jdbc.sql("delete from guidance_section where heading like 'Cache test%'").update();
        bumpGeneration();
    }

    @Test
    void aChangeShowsOnTheNextRequestOnceTheGenerationMovesOn() throws Exception {
        String before = page();
        insertSection("Cache test heading", "A new paragraph.");
        assertThat(page()).as("still the cached content: the generation has not moved").isEqualTo(before);

        bumpGeneration();

        assertThat(page()).contains("Cache test heading", "A new paragraph.");
    }

    @Test
    void scriptInAMarkdownBodyNeverReachesThePage() throws Exception {
        insertSection("Cache test hostile", MALICIOUS_MARKDOWN);
        bumpGeneration();

        Document page = Html.parse(mvc.perform(get("/guidance/pmva-vs-breakaway-training")).andReturn());

        assertThat(page.text()).contains("carefully");
        assertThat(page.select("main script, main img, main [onerror]")).isEmpty();
        assertThat(page.select("main a[href]")).allSatisfy(link ->
                assertThat(link.attr("href").toLowerCase()).doesNotContain("javascript:"));
    }

    private String page() throws Exception {
        return Html.visibleText(mvc.perform(get("/guidance/pmva-vs-breakaway-training")).andReturn());
    }

    private void insertSection(String heading, String markdown) {
        jdbc.sql("""
                insert into guidance_section (page_id, position, heading, body_markdown, body_html)
                values ((select id from guidance_page where slug = 'pmva-vs-breakaway-training'), 99, ?, ?, ?)
                """).params(heading, markdown, renderer.toSafeHtml(markdown)).update();
    }

    private void bumpGeneration() {
        jdbc.sql("update content_generation set generation = generation + 1 where id = 1").update();
    }
}
