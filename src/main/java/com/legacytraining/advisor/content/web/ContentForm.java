package com.legacytraining.advisor.content.web;

import com.legacytraining.advisor.content.ContentKind;
import com.legacytraining.advisor.content.ContentSnapshot;
import com.legacytraining.advisor.history.Submissions;
import com.legacytraining.advisor.site.FormInput;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An edit form for any content kind: its fields by name, the version it was based on, an optional
 * change note, and the token that makes sending it twice count once ({@link Submissions}). Bound from the request, never from an entity. The kind comes from the
 * address, not the request body, and decides which fields the form must have ({@link FieldsFitKind}).
 */
@FieldsFitKind
public class ContentForm {

    static final int MAX_CHANGE_NOTE_LENGTH = 500;

    private final ContentKind kind;
    private Map<String, String> fields = new LinkedHashMap<>();
    private String version = "0";
    @Size(max = MAX_CHANGE_NOTE_LENGTH, message = "{edit.error.tooLong}")
    private String changeNote;
    private String submission = Submissions.newToken();
    private boolean review;

    private ContentForm(ContentKind kind) {
        this.kind = kind;
    }

    static ContentForm of(ContentSnapshot item) {
        ContentForm form = new ContentForm(item.kind());
        form.fields = new LinkedHashMap<>(item.working());
        form.version = String.valueOf(item.version());
        return form;
    }

    static ContentForm empty(ContentKind kind) {
        ContentForm form = new ContentForm(kind);
        kind.fields().forEach(field -> form.fields.put(field.name(), ""));
        return form;
    }

    ContentKind kind() {
        return kind;
    }

    /** The version the admin started from; one that is not a number (tampered) counts as stale. */
    long basedOnVersion() {
        try {
            return Long.parseLong(version);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The inputs in page order, for the error summary; it names each by its label. */
    public List<FormInput> inputs() {
        List<FormInput> inputs = new ArrayList<>();
        kind.fields().forEach(field -> inputs.add(FormInput.labelled("fields[" + field.name() + "]",
                "field-" + field.name(), "field." + kind.path() + "." + field.name())));
        inputs.add(FormInput.labelled("changeNote", "field-changeNote", "field.changeNote"));
        return inputs;
    }

    public Map<String, String> getFields() {
        return fields;
    }

    public void setFields(Map<String, String> fields) {
        this.fields = fields;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getSubmission() {
        return submission;
    }

    public void setSubmission(String submission) {
        this.submission = submission;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }

    /** Whether the admin says a publish comes from an expert review of the page, which dates it as reviewed. */
    public boolean isReview() {
        return review;
    }

    public void setReview(boolean review) {
        this.review = review;
    }
}
