package com.legacytraining.advisor.content.web;

import com.legacytraining.advisor.content.PublishedContent;
import com.legacytraining.advisor.site.SiteProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A guidance page as schema.org Article data in JSON-LD, for search engines and link previews. The
 * review date belongs to the page, not the article, in schema.org ({@code WebPage.lastReviewed}), so
 * it is given on the article's {@code mainEntityOfPage}.
 */
final class ArticleStructuredData {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ArticleStructuredData() {
    }

    /**
     * The JSON-LD text, safe to place inside a {@code <script type="application/ld+json">} element:
     * {@code <}, {@code >} and {@code &} only occur inside JSON strings, where their Unicode escapes
     * mean the same, so no text can end the element early.
     *
     * @param imagePath the site-relative address of the page's share image
     */
    static String of(PublishedContent.Page page, SiteProperties site, String imagePath) {
        String url = site.absolute("/guidance/" + page.slug());
        Map<String, Object> webPage = new LinkedHashMap<>();
        webPage.put("@type", "WebPage");
        webPage.put("@id", url);
        webPage.put("lastReviewed", page.review().lastReviewed().toString());

        Map<String, Object> publisher = new LinkedHashMap<>();
        publisher.put("@type", "Organization");
        publisher.put("name", site.organisation());
        publisher.put("url", site.absolute("/"));

        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@context", "https://schema.org");
        article.put("@type", "Article");
        article.put("headline", page.title());
        article.put("description", page.summary());
        article.put("url", url);
        article.put("mainEntityOfPage", webPage);
        article.put("dateModified", page.lastUpdated().toString());
        article.put("image", site.absolute(imagePath));
        article.put("inLanguage", "en-GB");
        article.put("publisher", publisher);
        return JSON.writeValueAsString(article)
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }
}
