package com.legacytraining.advisor.visitors;

import java.time.Instant;

/**
 * One enquiry as the inbox shows and exports it: everything stored about it.
 *
 * @param resultQuery the query string of the result the visitor saw (answers and {@code v}), or {@code null}
 * @param outcome the outcome that result showed when the enquiry was sent, such as {@code PMVA.STRONG}
 * @param closedAt when it was closed, the start of its retention period; {@code null} while open
 */
public record EnquiryView(long id, String reference, Instant receivedAt, EnquiryStatus status, String name,
        String organisation, String email, String phone, Integer staffCount, String message, String resultQuery,
        String outcome, String notes, Instant closedAt) {

    /** The result page the visitor saw, or {@code null}. */
    public String resultUrl() {
        return resultQuery == null ? null : "/questionnaire/result?" + resultQuery;
    }
}
