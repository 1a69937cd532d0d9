package com.legacytraining.advisor.content.web;

import com.legacytraining.advisor.content.ContentKind;
import com.legacytraining.advisor.content.ContentSnapshot;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An edit form for any content kind: its fields by name, the version it was based on, and an
 * optional change note. Bound from the request, never from an entity.
 */
public class ContentForm {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Map<String, String> fields = new LinkedHashMap<>();
    private long version;
    private String changeNote;

    static ContentForm of(ContentSnapshot item) {
        ContentForm form = new ContentForm();
        form.fields = new LinkedHashMap<>(item.working());
        form.version = item.version();
        return form;
    }

    static ContentForm empty(ContentKind kind) {
        ContentForm form = new ContentForm();
        kind.fields().forEach(field -> form.fields.put(field.name(), ""));
        return form;
    }

    /** Problems as field name to message key, in the form's order. */
    Map<String, String> validate(ContentKind kind) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ContentKind.Field field : kind.fields()) {
            String value = fields.get(field.name());
            if (value == null || value.isBlank()) {
                errors.put(field.name(), "edit.error.required");
            } else if (value.length() > field.maxLength()) {
                errors.put(field.name(), "edit.error.tooLong");
            } else if (field.input() == ContentKind.Input.SLUG && !SLUG.matcher(value).matches()) {
                errors.put(field.name(), "edit.error.slug");
            }
        }
        if (changeNote != null && changeNote.length() > 500) {
            errors.put("changeNote", "edit.error.tooLong");
        }
        return errors;
    }

    public Map<String, String> getFields() {
        return fields;
    }

    public void setFields(Map<String, String> fields) {
        this.fields = fields;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }
}
