package com.legacytraining.advisor.visitors;

/** Yes and No answers for one page (and, for result pages, one outcome). */
public record FeedbackCount(String page, String outcome, long yes, long no) {

    public String outcomeKey() {
        return outcome == null ? null : "questionnaire.result.heading." + outcome;
    }
}
