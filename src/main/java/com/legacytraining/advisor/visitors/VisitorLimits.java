package com.legacytraining.advisor.visitors;

import java.time.Clock;
import org.springframework.stereotype.Component;

/** The per-address limits of the public forms. */
@Component
public class VisitorLimits {

    private final RateLimit enquiries;
    private final RateLimit feedback;

    VisitorLimits(VisitorsProperties properties, Clock clock) {
        this.enquiries = new RateLimit(properties.enquiriesPerHour(), clock);
        this.feedback = new RateLimit(properties.feedbackPerHour(), clock);
    }

    public RateLimit enquiries() {
        return enquiries;
    }

    public RateLimit feedback() {
        return feedback;
    }
}
