package com.legacytraining.advisor.visitors;

/**
 * What a visitor sends, already validated.
 *
 * @param phone optional, {@code null} when not given
 * @param staffCount optional, {@code null} when not given
 * @param resultQuery the result's query string, or {@code null} for an enquiry from the contact page
 */
public record NewEnquiry(String name, String organisation, String email, String phone, Integer staffCount,
        String message, String resultQuery) {
}
