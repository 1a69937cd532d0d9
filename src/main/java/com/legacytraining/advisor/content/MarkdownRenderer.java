package com.legacytraining.advisor.content;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.springframework.web.util.HtmlUtils;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Turns an admin's Markdown into HTML that is safe to put on a page. Raw HTML in the Markdown is
 * escaped by the renderer, and the result is sanitised against a small allowlist as a second line
 * of defence, so templates can trust what this returns and nothing else.
 */
@Component
class MarkdownRenderer {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "ul", "ol", "li", "em", "strong", "a", "h2", "h3", "h4", "br")
            .allowAttributes("href").onElements("a")
            .allowUrlProtocols("https", "http", "mailto")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();

    String toSafeHtml(String markdown) {
        Node document = parser.parse(markdown == null ? "" : markdown);
        if (MarkdownLimits.tooDeep(document)) {
            // Refused when saved since the limit exists; shown as plain text rather than overflow the stack.
            return "<p>" + HtmlUtils.htmlEscape(markdown) + "</p>";
        }
        // A link the renderer would empty (href="") is shown as its text instead of a dead link.
        MarkdownLinks.unlinkRefused(document);
        return POLICY.sanitize(renderer.render(document));
    }
}
