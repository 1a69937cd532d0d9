package com.legacytraining.advisor.visitors.web.admin;

import com.legacytraining.advisor.site.FormInput;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The notes form on an enquiry's page: admins' own notes on how it is being handled. It is the page's
 * {@code form}, like every admin editor's, so text typed into it survives a session that ends.
 */
public class NotesForm {

    /** The most characters kept; more is refused, with the text shown back to shorten. */
    static final int MAX_LENGTH = 4000;

    @Size(max = MAX_LENGTH, message = "{enquiries.notes.tooLong}")
    private String notes = "";

    public List<FormInput> inputs() {
        return List.of(FormInput.labelled("notes", "notes", "enquiries.detail.notes"));
    }

    static NotesForm of(String notes) {
        NotesForm form = new NotesForm();
        form.notes = notes == null ? "" : notes;
        return form;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes == null ? "" : notes;
    }
}
