package com.legacytraining.advisor.visitors;

import static org.assertj.core.api.Assertions.assertThat;

import com.legacytraining.advisor.IsolatedWebIntegrationTest;
import com.legacytraining.advisor.MutableClock;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IsolatedWebIntegrationTest
class EnquiryRetentionTests {

    @Autowired
    EnquiryService enquiries;

    @Autowired
    EnquiryRetention retention;

    @Autowired
    MutableClock clock;

    @Test
    void deletesExactlyTheEnquiriesClosedLongerAgoThanTheRetentionPeriod() {
        long closedLongAgo = submitAndFind("closed-long-ago");
        enquiries.changeStatus(closedLongAgo, EnquiryStatus.CLOSED, "test");
        clock.advance(Duration.ofDays(200));
        long closedLater = submitAndFind("closed-later");
        enquiries.changeStatus(closedLater, EnquiryStatus.CLOSED, "test");
        long answeredLongAgo = submitAndFind("answered-long-ago");
        enquiries.changeStatus(answeredLongAgo, EnquiryStatus.ANSWERED, "test");
        long reopened = submitAndFind("reopened");
        enquiries.changeStatus(reopened, EnquiryStatus.CLOSED, "test");
        enquiries.changeStatus(reopened, EnquiryStatus.IN_PROGRESS, "test");

        // 12 months after the first was closed, plus a day; the second was closed 200 days later.
        clock.advance(Duration.ofDays(366 - 200 + 1));
        assertThat(retention.deleteExpired()).isEqualTo(1);

        assertThat(enquiries.inbox(Set.of(), "").stream().map(EnquiryView::organisation))
                .containsExactlyInAnyOrder("closed-later", "answered-long-ago", "reopened");
        assertThat(retention.deleteExpired()).isZero();

        clock.advance(Duration.ofDays(200));
        assertThat(retention.deleteExpired()).isEqualTo(1);
        assertThat(enquiries.inbox(Set.of(), "").stream().map(EnquiryView::organisation))
                .containsExactlyInAnyOrder("answered-long-ago", "reopened");
    }

    private long submitAndFind(String organisation) {
        String reference = enquiries.submit(new NewEnquiry("Name", organisation, "a@b.example", null, null, "Hello",
                null), null);
        return enquiries.inbox(Set.of(), reference).get(0).id();
    }
}
