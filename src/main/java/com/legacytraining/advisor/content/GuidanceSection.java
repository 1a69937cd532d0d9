package com.legacytraining.advisor.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "guidance_section")
class GuidanceSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "page_id")
    private Long pageId;

    private int position;
    private String heading;

    @Column(name = "body_markdown")
    private String bodyMarkdown;

    @Column(name = "body_html")
    private String bodyHtml;

    private boolean archived;

    protected GuidanceSection() {
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

    String getHeading() {
        return heading;
    }

    String getBodyMarkdown() {
        return bodyMarkdown;
    }

    String getBodyHtml() {
        return bodyHtml;
    }

    boolean isArchived() {
        return archived;
    }
}
