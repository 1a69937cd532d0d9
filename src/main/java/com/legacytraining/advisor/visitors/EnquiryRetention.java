package com.legacytraining.advisor.visitors;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes closed enquiries once the retention period after closing has passed, every night. The
 * privacy page states the same period from the same setting.
 */
@Component
public class EnquiryRetention {

    private static final Logger log = LoggerFactory.getLogger(EnquiryRetention.class);

    private final Enquiries enquiries;
    private final VisitorsProperties properties;
    private final Clock clock;

    EnquiryRetention(Enquiries enquiries, VisitorsProperties properties, Clock clock) {
        this.enquiries = enquiries;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return how many enquiries were deleted */
    @Scheduled(cron = "${advisor.visitors.retention-cron:0 30 3 * * *}")
    @Transactional
    public int deleteExpired() {
        Instant cutoff = clock.instant().atOffset(ZoneOffset.UTC)
                .minusMonths(properties.enquiryRetentionMonths()).toInstant();
        int deleted = enquiries.deleteClosedBefore(cutoff);
        log.info("Retention: deleted {} enquiries closed before {}", deleted, cutoff);
        return deleted;
    }

    public int retentionMonths() {
        return properties.enquiryRetentionMonths();
    }
}
