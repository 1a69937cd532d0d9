package com.legacytraining.advisor.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

@Entity
@Table(name = "guidance_page")
class GuidancePage extends EditableContent {

    private String slug;
    private String category;
    private String title;
    private String summary;
    private String intro;

    @Column(name = "key_points_intro")
    private String keyPointsIntro;

    @Column(name = "last_updated")
    private LocalDate lastUpdated;

    protected GuidancePage() {
    }

    static GuidancePage create() {
        return new GuidancePage();
    }

    @Override
    ContentKind kind() {
        return ContentKind.PAGE;
    }

    @Override
    Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("slug", slug);
        fields.put("category", category);
        fields.put("summary", summary);
        fields.put("intro", intro);
        fields.put("keyPointsIntro", keyPointsIntro);
        return fields;
    }

    @Override
    void applyFields(Map<String, String> fields, MarkdownRenderer renderer) {
        title = fields.get("title");
        slug = fields.get("slug");
        category = fields.get("category");
        summary = fields.get("summary");
        intro = fields.get("intro");
        keyPointsIntro = fields.get("keyPointsIntro");
    }

    /** Publishing a page dates it: readers see when its text last changed. */
    void markUpdated(LocalDate date) {
        lastUpdated = date;
    }

    @Override
    String label() {
        return title;
    }

    String getSlug() {
        return slug;
    }

    String getCategory() {
        return category;
    }

    String getTitle() {
        return title;
    }

    String getSummary() {
        return summary;
    }

    String getIntro() {
        return intro;
    }

    String getKeyPointsIntro() {
        return keyPointsIntro;
    }

    LocalDate getLastUpdated() {
        return lastUpdated;
    }
}
