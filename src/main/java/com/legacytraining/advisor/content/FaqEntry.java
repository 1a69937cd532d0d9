package com.legacytraining.advisor.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;

@Entity
@Table(name = "faq_entry")
class FaqEntry extends EditableContent {

    @Column(name = "page_id")
    private Long pageId;

    private String question;

    @Column(name = "answer_markdown")
    private String answerMarkdown;

    @Column(name = "answer_html")
    private String answerHtml;

    protected FaqEntry() {
    }

    FaqEntry(long pageId) {
        this.pageId = pageId;
    }

    @Override
    ContentKind kind() {
        return ContentKind.FAQ;
    }

    @Override
    Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("question", question);
        fields.put("answer", answerMarkdown);
        return fields;
    }

    @Override
    void applyFields(Map<String, String> fields, MarkdownRenderer renderer) {
        question = fields.get("question");
        answerMarkdown = fields.get("answer");
        answerHtml = renderer.toSafeHtml(answerMarkdown);
    }

    @Override
    String label() {
        return question;
    }

    @Override
    Long getPageId() {
        return pageId;
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
}
