package com.legacytraining.advisor.content.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.legacytraining.advisor.Html;
import com.legacytraining.advisor.WebIntegrationTest;
import com.legacytraining.advisor.content.ContentService;
import com.legacytraining.advisor.content.PublishedContent;
import com.legacytraining.advisor.questionnaire.Scenarios;
import com.legacytraining.advisor.site.SecurityHeaders;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What search engines and link previews read: one canonical link on every public page, built from
 * the configured base URL; Open Graph and Twitter card tags; Article data on guidance pages; none
 * on pages that are not indexed.
 */
@WebIntegrationTest
class PageMetadataTests {

    private static final String BASE = "http://localhost:8080";
    private static final String GUIDANCE = "/guidance/pmva-vs-breakaway-training";

    @Autowired
    MockMvc mvc;

    @Autowired
    ContentService content;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/guidance", GUIDANCE, "/key-points", "/faq", "/questionnaire", "/privacy",
            "/enquiry"})
    void everyIndexedPageHasOneCanonicalLinkAndTheSharingTags(String path) throws Exception {
        MvcResult result = mvc.perform(get(path).header("Host", "evil.example"))
                .andExpect(status().isOk()).andReturn();
        Document page = Html.parse(result);

        assertThat(page.select("link[rel=canonical]")).singleElement()
                .satisfies(link -> assertThat(link.attr("href")).isEqualTo(BASE + path));
        assertThat(meta(page, "og:url")).isEqualTo(BASE + path);
        assertThat(meta(page, "og:title")).isNotBlank().isEqualTo(page.title().replace(" - Training Advisor", ""));
        assertThat(meta(page, "og:description")).isNotBlank()
                .isEqualTo(page.selectFirst("meta[name=description]").attr("content"));
        assertThat(meta(page, "og:site_name")).isEqualTo("Training Advisor");
        assertThat(meta(page, "og:image")).startsWith(BASE + "/assets/images/share").endsWith(".png");
        assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(page.selectFirst("meta[name=twitter:title]").attr("content")).isEqualTo(meta(page, "og:title"));
        assertThat(result.getResponse().getHeader("Content-Security-Policy"))
                .isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
    }

    @Test
    void trackingParametersDoNotSplitAnIndexedPage() throws Exception {
        Document page = Html.parse(mvc.perform(get("/faq?utm_source=newsletter")).andReturn());
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/faq");
    }

    @Test
    void theShareImageIsServedBySite() throws Exception {
        Document page = Html.parse(mvc.perform(get("/")).andReturn());
        String image = meta(page, "og:image").substring(BASE.length());
        mvc.perform(get(image)).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentType()).isEqualTo("image/png"));
    }

    @Test
    void aGuidancePageCarriesArticleDataThatParsesWithItsDates() throws Exception {
        PublishedContent.Page published = content.published().page(GUIDANCE.substring("/guidance/".length()))
                .orElseThrow();
        Document page = Html.parse(mvc.perform(get(GUIDANCE)).andReturn());

        List<Element> blocks = page.select("script[type=application/ld+json]");
        assertThat(blocks).hasSize(1);
        JsonNode article = JsonMapper.builder().build().readTree(blocks.get(0).data());
        assertThat(article.path("@context").asString()).isEqualTo("https://schema.org");
        assertThat(article.path("@type").asString()).isEqualTo("Article");
        assertThat(article.path("headline").asString()).isEqualTo(published.title());
        assertThat(article.path("description").asString()).isEqualTo(published.summary());
        assertThat(article.path("dateModified").asString()).isEqualTo(published.lastUpdated().toString());
        assertThat(article.path("mainEntityOfPage").path("lastReviewed").asString())
                .isEqualTo(published.review().lastReviewed().toString());
        assertThat(article.path("mainEntityOfPage").path("@id").asString()).isEqualTo(BASE + GUIDANCE);
        assertThat(article.path("publisher").path("name").asString()).isEqualTo("Legacy Training Services");
        assertThat(meta(page, "og:type")).isEqualTo("article");
    }

    @Test
    void aResultPageIsNotIndexedCarriesNoStructuredDataAndIsItsOwnCanonical() throws Exception {
        String query = Scenarios.answers(Scenarios.all().get(0).letters()).toQueryString();
        Document page = Html.parse(mvc.perform(get("/questionnaire/result?" + query)).andExpect(status().isOk())
                .andReturn());

        assertThat(page.select("meta[name=robots]").attr("content")).contains("noindex");
        assertThat(page.select("script[type=application/ld+json]")).isEmpty();
        assertThat(page.select("link[rel=canonical]")).singleElement()
                .satisfies(link -> assertThat(link.attr("href")).isEqualTo(BASE + "/questionnaire/result?" + query));
    }

    @Test
    void theSitemapDatesEachGuidancePage() throws Exception {
        String sitemap = mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString();
        content.published().pages().forEach(page -> assertThat(sitemap).contains("<loc>" + BASE + "/guidance/"
                + page.slug() + "</loc><lastmod>" + page.lastUpdated() + "</lastmod>"));
        assertThat(sitemap).contains("<loc>" + BASE + "/questionnaire</loc></url>");
    }

    private static String meta(Document page, String property) {
        Element meta = page.selectFirst("meta[property=" + property + "]");
        assertThat(meta).as(property).isNotNull();
        return meta.attr("content");
    }
}
