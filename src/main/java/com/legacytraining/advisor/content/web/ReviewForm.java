package com.legacytraining.advisor.content.web;

import com.legacytraining.advisor.content.ContentReviews;
import com.legacytraining.advisor.history.Submissions;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The "Mark as reviewed" form: months until the next review (1 to 36, as typed) and an optional note
 * of what was checked.
 */
public class ReviewForm {

    @Pattern(regexp = "\\s*([1-9]|[12][0-9]|3[0-6])\\s*", message = "{review.error.interval}")
    private String intervalMonths = "";

    @Size(max = ContentForm.MAX_CHANGE_NOTE_LENGTH, message = "{edit.error.tooLong}")
    private String note = "";

    private String submission = Submissions.newToken();

    static ReviewForm of(ContentReviews.ReviewState state) {
        ReviewForm form = new ReviewForm();
        form.intervalMonths = String.valueOf(state.intervalMonths());
        return form;
    }

    int months() {
        return Integer.parseInt(intervalMonths.strip());
    }

    public String getIntervalMonths() {
        return intervalMonths;
    }

    public void setIntervalMonths(String intervalMonths) {
        this.intervalMonths = intervalMonths;
    }

    /** The form's submission token, so that sending it twice records one review. */
    public String getSubmission() {
        return submission;
    }

    public void setSubmission(String submission) {
        this.submission = submission;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
