package com.legacytraining.advisor.questionnaire.web.admin;

import com.legacytraining.advisor.history.Submissions;
import com.legacytraining.advisor.site.FormInput;
import java.util.List;

/**
 * The publish form under the impact preview: the version the preview showed, a change note, the
 * confirmation that changing scenarios' advice is intended, and the submission token that makes sending
 * it twice publish once ({@link Submissions}). It has no constraints of its own: the publish gate in
 * {@code QuestionnaireEditing.publish} decides, and the controller shows its refusal on these fields.
 */
public class PublishForm {

    private long version;
    private String changeNote = "";
    private boolean confirm;
    private String submission = Submissions.newToken();

    static PublishForm of(long version) {
        PublishForm form = new PublishForm();
        form.version = version;
        return form;
    }

    /** The inputs in page order, for the error summary, which gives problems without labels. */
    public List<FormInput> inputs() {
        return List.of(FormInput.of("changeNote", "changeNote"), FormInput.of("confirm", "confirm"));
    }

    public String getSubmission() {
        return submission;
    }

    public void setSubmission(String submission) {
        this.submission = submission;
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

    public boolean isConfirm() {
        return confirm;
    }

    public void setConfirm(boolean confirm) {
        this.confirm = confirm;
    }
}
