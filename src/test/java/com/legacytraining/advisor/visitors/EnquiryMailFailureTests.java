package com.legacytraining.advisor.visitors;

import static org.assertj.core.api.Assertions.assertThat;

import com.legacytraining.advisor.TestClockConfiguration;
import java.net.ServerSocket;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With the SMTP server down, the enquiry is still stored and in the inbox. */
@SpringBootTest(properties = { "advisor.visitors.mail-to=training-team@example.org", "spring.mail.host=127.0.0.1" })
@Import(TestClockConfiguration.class)
@DirtiesContext
class EnquiryMailFailureTests {

    @DynamicPropertySource
    static void closedPort(DynamicPropertyRegistry registry) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        int closed = port;
        registry.add("spring.mail.port", () -> closed);
    }

    @Autowired
    EnquiryService enquiries;

    @Test
    void anEnquiryIsKeptWhenTheMailServerIsDown() throws Exception {
        String reference = enquiries.submit(new NewEnquiry("Sam", "Down Org", "sam@example.org", null, null, "Hi",
                null), null);
        Thread.sleep(1000); // let the failed send run and be logged
        assertThat(enquiries.inbox(Set.of(), reference)).singleElement()
                .satisfies(enquiry -> assertThat(enquiry.organisation()).isEqualTo("Down Org"));
    }
}
