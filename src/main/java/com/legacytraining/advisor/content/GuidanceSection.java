package com.legacytraining.advisor.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;

@Entity
@Table(name = "guidance_section")
class GuidanceSection extends EditableContent {

    @Column(name = "page_id")
    private Long pageId;

    private String heading;

    @Column(name = "body_markdown")
    private String bodyMarkdown;

    @Column(name = "body_html")
    private String bodyHtml;

    protected GuidanceSection() {
    }

    GuidanceSection(long pageId) {
        this.pageId = pageId;
    }

    @Override
    ContentKind kind() {
        return ContentKind.SECTION;
    }

    @Override
    Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("heading", heading);
        fields.put("body", bodyMarkdown);
        return fields;
    }

    @Override
    void applyFields(Map<String, String> fields, MarkdownRenderer renderer) {
        heading = fields.get("heading");
        bodyMarkdown = fields.get("body");
        bodyHtml = renderer.toSafeHtml(bodyMarkdown);
    }

    @Override
    String label() {
        return heading;
    }

    @Override
    Long getPageId() {
        return pageId;
    }

    String getHeading() {
        return heading;
    }

    String getBodyMarkdown() {
        return bodyMarkdown;
    }

    String getBodyHtml() {
        return bodyHtml;
    }
}
