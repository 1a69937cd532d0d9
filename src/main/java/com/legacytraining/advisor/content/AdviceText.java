package com.legacytraining.advisor.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One advice text of the result page, its PDF and the plan, such as a rule's explanation or a
 * question to ask a provider. Its key ({@code rule.no-holds-cap}, {@code provider.refreshers}, ...)
 * is how the code that decides which advice applies names it; admins change only the words.
 */
@Entity
@Table(name = "advice_text")
class AdviceText extends EditableContent {

    @Column(name = "advice_key")
    private String adviceKey;

    @Column(name = "kind")
    private String kindPath;

    /** What the dashboard calls an advice note, which has no title of its own. */
    private String label;

    private String title;

    @Column(name = "body_markdown")
    private String bodyMarkdown;

    @Column(name = "body_html")
    private String bodyHtml;

    private String source;

    protected AdviceText() {
    }

    @Override
    ContentKind kind() {
        return ContentKind.fromPath(kindPath).orElseThrow(() -> new IllegalStateException("Unknown kind " + kindPath));
    }

    @Override
    Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        switch (kind()) {
            case RULE_ADVICE -> {
                fields.put("title", title);
                fields.put("text", bodyMarkdown);
                fields.put("source", source);
            }
            case CAVEAT_ADVICE -> {
                fields.put("title", title);
                fields.put("text", bodyMarkdown);
            }
            case PROVIDER_QUESTION -> {
                fields.put("question", title);
                fields.put("why", bodyMarkdown);
            }
            default -> fields.put("text", bodyMarkdown);
        }
        return fields;
    }

    @Override
    void applyFields(Map<String, String> fields, MarkdownRenderer renderer) {
        switch (kind()) {
            case RULE_ADVICE -> {
                title = fields.get("title");
                bodyMarkdown = fields.get("text");
                source = fields.get("source");
            }
            case CAVEAT_ADVICE -> {
                title = fields.get("title");
                bodyMarkdown = fields.get("text");
            }
            case PROVIDER_QUESTION -> {
                title = fields.get("question");
                bodyMarkdown = fields.get("why");
            }
            default -> bodyMarkdown = fields.get("text");
        }
        bodyHtml = renderer.toSafeHtml(bodyMarkdown);
    }

    @Override
    String label() {
        return label != null ? label : title;
    }

    String getAdviceKey() {
        return adviceKey;
    }

    String getTitle() {
        return title;
    }

    String getBodyHtml() {
        return bodyHtml;
    }

    String getSource() {
        return source;
    }
}
