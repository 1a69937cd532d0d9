package com.legacytraining.advisor.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

@Entity
@Table(name = "guidance_page")
class GuidancePage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String slug;
    private String category;
    private String title;
    private String summary;
    private String intro;

    @Column(name = "key_points_intro")
    private String keyPointsIntro;

    private int position;

    @Column(name = "last_updated")
    private LocalDate lastUpdated;

    private boolean archived;

    protected GuidancePage() {
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
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

    int getPosition() {
        return position;
    }

    LocalDate getLastUpdated() {
        return lastUpdated;
    }

    boolean isArchived() {
        return archived;
    }
}
