package com.legacytraining.advisor.visitors;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for what visitors send.
 *
 * @param enquiryRetentionMonths how long a closed enquiry is kept before it is deleted
 * @param enquiriesPerHour how many enquiries one address may send in an hour
 * @param feedbackPerHour how many feedback answers one address may send in an hour
 * @param mailTo where a new enquiry is announced by email; empty for no email
 * @param adminBaseUrl the site's address as admins reach it, for the link in that email
 */
@ConfigurationProperties("advisor.visitors")
public record VisitorsProperties(@DefaultValue("12") int enquiryRetentionMonths,
        @DefaultValue("5") int enquiriesPerHour, @DefaultValue("30") int feedbackPerHour,
        @DefaultValue("") String mailTo, @DefaultValue("http://localhost:8080") String adminBaseUrl) {

    public boolean mailWanted() {
        return mailTo != null && !mailTo.isBlank();
    }
}
