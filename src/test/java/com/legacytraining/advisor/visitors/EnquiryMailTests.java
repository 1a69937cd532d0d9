package com.legacytraining.advisor.visitors;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.legacytraining.advisor.TestClockConfiguration;
import jakarta.mail.internet.MimeMessage;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With mail configured, a real SMTP server (GreenMail) receives one plain-text message per enquiry. */
@SpringBootTest(properties = { "advisor.visitors.mail-to=training-team@example.org", "spring.mail.host=127.0.0.1",
        "advisor.visitors.admin-base-url=https://advisor.example.org/" })
@Import(TestClockConfiguration.class)
@DirtiesContext
class EnquiryMailTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @Autowired
    EnquiryService enquiries;

    @Test
    void eachEnquirySendsOneMessageWithALinkAndNoPersonalDetails() throws Exception {
        String first = enquiries.submit(new NewEnquiry("Jo Private", "Private Org", "jo@private.example", "01632 960001",
                3, "A private message", null), "PMVA.STRONG");
        String second = enquiries.submit(new NewEnquiry("Sam", "Org", "sam@example.org", null, null, "Hi", null), null);

        assertThat(smtp.waitForIncomingEmail(10_000, 2)).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        String body = GreenMailUtil.getBody(received[0]);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("training-team@example.org");
        assertThat(received[0].getSubject()).isEqualTo("Training Advisor: new enquiry " + first);
        long id = enquiries.inbox(Set.of(), first).get(0).id();
        assertThat(body).contains(first, "PMVA training is strongly recommended",
                "https://advisor.example.org/admin/enquiries/" + id);
        assertThat(body).doesNotContain("Jo Private", "Private Org", "jo@private.example", "01632", "private message");
        assertThat(received[1].getSubject()).endsWith(second);
    }
}
