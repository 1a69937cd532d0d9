package com.legacytraining.advisor.questionnaire.editing;

/** Why the publish gate refused a questionnaire publish; each names the form field it concerns. */
public enum PublishProblem {
    NOTE_TOO_LONG("changeNote"),
    NOTE_REQUIRED("changeNote"),
    CONFIRMATION_REQUIRED("confirm");

    private final String field;

    PublishProblem(String field) {
        this.field = field;
    }

    /** The publish form's field this problem belongs to. */
    public String field() {
        return field;
    }
}
