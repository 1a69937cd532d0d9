package com.legacytraining.advisor.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "key_point")
class KeyPoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "page_id")
    private Long pageId;

    private int position;
    private String title;
    private String body;
    private boolean archived;

    protected KeyPoint() {
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    Long getPageId() {
        return pageId;
    }

    int getPosition() {
        return position;
    }

    String getTitle() {
        return title;
    }

    String getBody() {
        return body;
    }

    boolean isArchived() {
        return archived;
    }
}
