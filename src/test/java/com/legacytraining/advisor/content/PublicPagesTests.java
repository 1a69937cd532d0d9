package com.legacytraining.advisor.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.legacytraining.advisor.Html;
import com.legacytraining.advisor.WebIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@WebIntegrationTest
class PublicPagesTests {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /                                     | Choose the right violence and aggression training for your staff | Choose PMVA or breakaway training - Training Advisor
            /guidance                             | Guidance                                                         | Guidance - Training Advisor
            /guidance/pmva-vs-breakaway-training  | PMVA vs Breakaway Training                                       | PMVA vs Breakaway Training - Training Advisor
            /key-points                           | Key points                                                       | Key points - Training Advisor
            /faq                                  | Frequently asked questions                                       | Frequently asked questions - Training Advisor
            """)
    void eachPageAnswersWithItsHeadingTitleAndDescription(String path, String h1, String title) throws Exception {
        MvcResult result = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
        Document page = Html.parse(result);

        assertThat(page.select("h1")).singleElement().extracting(h -> h.text()).isEqualTo(h1);
        assertThat(page.title()).isEqualTo(title);
        assertThat(page.select("meta[name=description]").attr("content")).hasSizeGreaterThan(40);
        assertThat(page.select("html").attr("lang")).isEqualTo("en-GB");
        assertThat(page.select("a.skip-link").attr("href")).isEqualTo("#main-content");
        assertThat(page.select("main#main-content")).hasSize(1);
    }

    @Test
    void theNavigationMarksTheCurrentPage() throws Exception {
        Document page = Html.parse(mvc.perform(get("/faq")).andReturn());

        assertThat(page.select("nav a[aria-current=page]")).singleElement()
                .extracting(a -> a.text()).isEqualTo("FAQ");
    }

    @Test
    void theGuidancePageListsItsSectionsAndLinksToEach() throws Exception {
        Document page = Html.parse(mvc.perform(get("/guidance/pmva-vs-breakaway-training")).andReturn());

        assertThat(page.select("nav.contents a")).allSatisfy(link ->
                assertThat(page.getElementById(link.attr("href").substring(1))).isNotNull());
        assertThat(page.select("nav.contents a")).extracting(a -> a.text())
                .startsWith("PMVA vs breakaway training", "What PMVA is designed to do")
                .contains("Key points at a glance", "Frequently asked questions");
        assertThat(page.select("h2")).extracting(h -> h.text())
                .contains("Key points at a glance", "Frequently asked questions");
        assertThat(page.select("time").attr("datetime")).isEqualTo("2026-11-27");
        assertThat(page.text()).contains("Last updated: 27 November 2026");
        assertThat(page.select("a[href=/questionnaire]")).isNotEmpty();
    }

    @Test
    void theHomePageShowsTheThreeKeyPointsAndLinksToTheGuidance() throws Exception {
        Document page = Html.parse(mvc.perform(get("/")).andReturn());

        assertThat(page.select(".card h3")).extracting(h -> h.text())
                .containsExactly("PMVA is broader", "Breakaway is usually narrower", "Choose by risk profile");
        assertThat(page.select("a[href=/guidance/pmva-vs-breakaway-training]")).isNotEmpty();
        assertThat(page.select("a[href=/questionnaire]")).isNotEmpty();
    }

    @Test
    void eachFaqEntryHasAnAnchor() throws Exception {
        Document page = Html.parse(mvc.perform(get("/faq")).andReturn());

        assertThat(page.select("h3[id^=faq-]")).extracting(h -> h.id()).containsExactly(
                "faq-is-pmva-the-same-as-breakaway-training",
                "faq-can-some-settings-need-pmva-rather-than-breakaway-training",
                "faq-how-should-an-organisation-choose-between-them");
    }

    @Test
    void anUnknownSlugAnswersWithTheHelpful404Page() throws Exception {
        MvcResult result = mvc.perform(get("/guidance/no-such-page").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound()).andReturn();
        Document page = Html.parse(result);

        assertThat(page.select("h1").text()).isEqualTo("Page not found");
        assertThat(page.title()).isEqualTo("Page not found - Training Advisor");
        assertThat(page.select("main a[href=/guidance]")).isNotEmpty();
        assertThat(page.select("main a[href=/faq]")).isNotEmpty();
        assertThat(page.text()).doesNotContain("Whitelabel", "Exception");
    }

    @Test
    void robotsTxtNamesTheSitemapAndKeepsCrawlersOutOfAdmin() throws Exception {
        String robots = mvc.perform(get("/robots.txt")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(robots).contains("Disallow: /admin/", "Sitemap: http://localhost:8080/sitemap.xml");
    }

    @Test
    void theSitemapListsThePublicPages() throws Exception {
        String sitemap = mvc.perform(get("/sitemap.xml")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(sitemap).contains("<loc>http://localhost:8080/guidance/pmva-vs-breakaway-training</loc>",
                "<loc>http://localhost:8080/faq</loc>");
    }

    @Test
    void faviconsAreServed() throws Exception {
        mvc.perform(get("/favicon.ico")).andExpect(status().isOk());
        mvc.perform(get("/favicon.svg")).andExpect(status().isOk());
    }

    @Test
    void pagesCarryStrictSecurityHeadersAndRevalidate() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'self'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("Cache-Control", "no-cache"))
                .andExpect(header().exists("ETag"));
    }
}
