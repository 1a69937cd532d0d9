package com.legacytraining.advisor.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;

@Entity
@Table(name = "key_point")
class KeyPoint extends EditableContent {

    @Column(name = "page_id")
    private Long pageId;

    private String title;
    private String body;

    protected KeyPoint() {
    }

    KeyPoint(long pageId) {
        this.pageId = pageId;
    }

    @Override
    ContentKind kind() {
        return ContentKind.KEY_POINT;
    }

    @Override
    Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("body", body);
        return fields;
    }

    @Override
    void applyFields(Map<String, String> fields, MarkdownRenderer renderer) {
        title = fields.get("title");
        body = fields.get("body");
    }

    @Override
    String label() {
        return title;
    }

    @Override
    Long getPageId() {
        return pageId;
    }

    String getTitle() {
        return title;
    }

    String getBody() {
        return body;
    }
}
