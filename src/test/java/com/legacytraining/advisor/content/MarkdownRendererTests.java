package com.legacytraining.advisor.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTests {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersParagraphsListsEmphasisAndLinks() {
        String html = renderer.toSafeHtml("""
                Some *emphasis* and **strong** text.

                - one
                - two

                ### A heading

                See [the FAQ](https://example.org/faq).
                """);

        assertThat(html).contains("<em>emphasis</em>", "<strong>strong</strong>", "<li>one</li>",
                "<h3>A heading</h3>");
        var link = Jsoup.parseBodyFragment(html).selectFirst("a");
        assertThat(link.attr("href")).isEqualTo("https://example.org/faq");
        assertThat(link.text()).isEqualTo("the FAQ");
        assertThat(link.attr("rel").split(" ")).containsExactlyInAnyOrder("noopener", "noreferrer");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "Hello <script src=\"https://evil.example/x.js\"></script>",
            "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">click</a>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "<div onclick=\"alert(1)\">x</div>",
            "<svg onload=alert(1)>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<style>body{display:none}</style>",
    })
    void neverLetsScriptThrough(String markdown) {
        Document html = Jsoup.parseBodyFragment(renderer.toSafeHtml(markdown));

        assertThat(html.select("script, img, svg, iframe, style, object, embed")).isEmpty();
        assertThat(html.getAllElements()).allSatisfy(element -> element.attributes().forEach(attribute -> {
            assertThat(attribute.getKey()).doesNotStartWith("on");
            assertThat(attribute.getValue().toLowerCase()).doesNotContain("javascript:", "data:");
        }));
    }

    /** A link the site will not follow shows as its words, not as a link that looks clickable and goes nowhere. */
    @ParameterizedTest
    @ValueSource(strings = {
            "See [click here](javascript:alert(1)) now.",
            "See [click here](JaVaScRiPt:alert(1)) now.",
            "See [click here]( vbscript:msgbox(1) ) now.",
            "See [click here](data:text/html;base64,PHNjcmlwdD4=) now.",
            "See [click here](file:///etc/passwd) now.",
            "See [*click here*](javascript:alert(1)) now.",
    })
    void aLinkToARefusedSchemeShowsAsItsPlainText(String markdown) {
        Document html = Jsoup.parseBodyFragment(renderer.toSafeHtml(markdown));

        assertThat(html.select("a")).isEmpty();
        assertThat(html.text()).isEqualTo("See click here now.");
    }

    @Test
    void anAutolinkToARefusedSchemeShowsAsText() {
        Document html = Jsoup.parseBodyFragment(renderer.toSafeHtml("Not <javascript:alert(1)> a link"));

        assertThat(html.select("a")).isEmpty();
        assertThat(html.text()).contains("Not", "a link");
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://example.org/a:b", "http://example.org", "mailto:training@example.org",
            "/guidance/pmva", "#section-2", "faq?q=a:b", "/a/b:c" })
    void linksToTheWebMailAndThisSiteStayLinks(String address) {
        var link = Jsoup.parseBodyFragment(renderer.toSafeHtml("[the link](" + address + ")")).selectFirst("a");

        assertThat(link).isNotNull();
        assertThat(link.attr("href")).isEqualTo(address);
        assertThat(link.text()).isEqualTo("the link");
    }

    @Test
    void keepsTheWordsOfEscapedHtmlVisible() {
        assertThat(renderer.toSafeHtml("Use <b>care</b>")).contains("care").doesNotContain("<b>");
    }
}
