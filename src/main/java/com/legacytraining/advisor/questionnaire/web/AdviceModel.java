package com.legacytraining.advisor.questionnaire.web;

import com.legacytraining.advisor.content.ContentService;
import com.legacytraining.advisor.content.PublishedContent;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The words of the advice on the result and plan pages come from published content, which admins
 * edit; which advice applies is decided here in code. Templates read them as
 * {@code ${content.advice('caveat.complete-tna')}}.
 */
@ControllerAdvice(assignableTypes = {QuestionnaireController.class, PlanController.class})
class AdviceModel {

    static final String NAME = "content";

    // A provider, because controller advice joins every web slice test, most of which have no content.
    private final ObjectProvider<ContentService> content;

    AdviceModel(ObjectProvider<ContentService> content) {
        this.content = content;
    }

    @ModelAttribute(NAME)
    PublishedContent content() {
        return content.getObject().published();
    }
}
