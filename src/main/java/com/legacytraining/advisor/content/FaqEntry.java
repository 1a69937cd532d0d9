package com.legacytraining.advisor.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "faq_entry")
class FaqEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "page_id")
    private Long pageId;

    private int position;
    private String question;

    @Column(name = "answer_markdown")
    private String answerMarkdown;

    @Column(name = "answer_html")
    private String answerHtml;

    private boolean archived;

    protected FaqEntry() {
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

    String getQuestion() {
        return question;
    }

    String getAnswerMarkdown() {
        return answerMarkdown;
    }

    String getAnswerHtml() {
        return answerHtml;
    }

    boolean isArchived() {
        return archived;
    }
}
