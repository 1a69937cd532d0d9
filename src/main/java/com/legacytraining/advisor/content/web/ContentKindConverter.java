package com.legacytraining.advisor.content.web;

import com.legacytraining.advisor.content.ContentKind;

import com.legacytraining.advisor.site.NotFoundException;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Reads a content kind from its URL segment ("faq", "key-point"); an unknown one is a 404. */
@Component
class ContentKindConverter implements Converter<String, ContentKind> {

    @Override
    public ContentKind convert(String path) {
        return ContentKind.fromPath(path).orElseThrow(() -> new NotFoundException("No such content kind"));
    }
}
