package com.legacytraining.advisor.visitors;

import java.util.List;

/**
 * A questionnaire result in words, as an enquiry shows it.
 *
 * @param outcome recommendation and strength, such as {@code PMVA.STRONG}
 * @param query the result page's query string (answers and {@code v})
 * @param linkVersion the questionnaire version the link was made with, or {@code null}
 * @param currentVersion the version it is scored with now
 */
public record ResultSummary(String outcome, String query, Integer linkVersion, int currentVersion,
        List<AnswerLine> answers) {

    public record AnswerLine(String question, String answer) {
    }

    public String url() {
        return "/questionnaire/result?" + query;
    }

    /** The headline message key, shared with the result page. */
    public String headingKey() {
        return "questionnaire.result.heading." + outcome;
    }

    public boolean scoredWithLaterVersion() {
        return linkVersion != null && linkVersion != currentVersion;
    }
}
