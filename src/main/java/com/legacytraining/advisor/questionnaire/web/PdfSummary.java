package com.legacytraining.advisor.questionnaire.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What the result and plan PDFs share: the date they were made and the response. Their absolute links
 * come from the configured base URL ({@code SiteProperties#absolute}), never from the request.
 */
final class PdfSummary {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private PdfSummary() {
    }

    static String today(Clock clock) {
        return LocalDate.now(clock).format(DATE);
    }

    /** Shown in the browser, saved under this name; never kept by a cache, since it carries the date. */
    static ResponseEntity<byte[]> response(byte[] pdf, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }
}
