package com.legacytraining.advisor.visitors.web.admin;

/**
 * The notes form on an enquiry's page: admins' own notes on how it is being handled. It is the page's
 * {@code form}, like every admin editor's, so text typed into it survives a session that ends.
 */
public class NotesForm {

    /** The most characters kept; the field stops there, and anything longer is cut. */
    static final int MAX_LENGTH = 4000;

    private String notes = "";

    static NotesForm of(String notes) {
        NotesForm form = new NotesForm();
        form.notes = notes == null ? "" : notes;
        return form;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
