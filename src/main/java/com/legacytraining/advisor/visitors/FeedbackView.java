package com.legacytraining.advisor.visitors;

import java.time.Instant;

/** One feedback answer as admins see it. */
public record FeedbackView(Instant receivedAt, String page, String outcome, boolean useful, String comment) {

    /** The headline of the result the page showed, or {@code null} for other pages. */
    public String outcomeKey() {
        return outcome == null ? null : "questionnaire.result.heading." + outcome;
    }
}
