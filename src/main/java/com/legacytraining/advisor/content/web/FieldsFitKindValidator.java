package com.legacytraining.advisor.content.web;

import com.legacytraining.advisor.content.ContentKind;
import com.legacytraining.advisor.content.MarkdownLimits;
import com.legacytraining.advisor.content.MarkdownLinks;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/** Checks {@link FieldsFitKind}: what the content kind declares about each field decides. */
class FieldsFitKindValidator implements ConstraintValidator<FieldsFitKind, ContentForm> {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Override
    public boolean isValid(ContentForm form, ConstraintValidatorContext context) {
        if (form == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        for (ContentKind.Field field : form.kind().fields()) {
            String problem = problem(field, form.getFields() == null ? null : form.getFields().get(field.name()));
            if (problem != null) {
                context.buildConstraintViolationWithTemplate(problem)
                        .addPropertyNode("fields").addBeanNode().inIterable().atKey(field.name())
                        .addConstraintViolation();
                valid = false;
            }
        }
        return valid;
    }

    /** The message template for what is wrong with the value, or null when nothing is. */
    private static String problem(ContentKind.Field field, String value) {
        if (value == null || value.isBlank()) {
            return "{edit.error.required}";
        }
        if (value.length() > field.maxLength()) {
            return "{edit.error.tooLong}";
        }
        if (field.input() == ContentKind.Input.MARKDOWN && MarkdownLimits.tooDeep(value)) {
            return "{edit.error.tooDeep}";
        }
        if (field.input() == ContentKind.Input.MARKDOWN && MarkdownLinks.anyRefused(value)) {
            return "{edit.error.link}";
        }
        if (field.input() == ContentKind.Input.SLUG && !SLUG.matcher(value).matches()) {
            return "{edit.error.slug}";
        }
        return null;
    }
}
