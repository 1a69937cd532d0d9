package com.legacytraining.advisor.visitors.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.legacytraining.advisor.Html;
import com.legacytraining.advisor.MutableClock;
import com.legacytraining.advisor.WebIntegrationTest;
import com.legacytraining.advisor.questionnaire.Scenarios;
import com.legacytraining.advisor.visitors.EnquiryService;
import com.legacytraining.advisor.visitors.EnquiryView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebIntegrationTest
class EnquiryTests {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;

    @Autowired
    EnquiryService enquiries;

    @Autowired
    MutableClock clock;

    @Test
    void anEnquiryFromAResultCarriesTheResultAndGetsAReference() throws Exception {
        String resultUrl = firstResultUrl();
        Document result = Html.parse(mvc.perform(get(resultUrl)).andExpect(status().isOk()).andReturn());
        String enquiryUrl = result.select("a[href^=/enquiry?]").attr("href");
        assertThat(enquiryUrl).isNotEmpty();

        MvcResult formPage = mvc.perform(get(enquiryUrl)).andExpect(status().isOk()).andReturn();
        assertThat(formPage.getResponse().getHeader("Set-Cookie")).isNull();
        Document form = Html.parse(formPage);
        assertThat(form.select("input[name=_csrf]")).isEmpty();
        String resultField = form.select("input[name=result]").attr("value");
        assertThat(resultField).contains("v=");

        MvcResult sent = mvc.perform(valid().param("result", resultField).header("Origin", "http://localhost"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String confirmation = sent.getResponse().getRedirectedUrl();
        assertThat(confirmation).startsWith("/enquiry/sent?reference=");
        String reference = confirmation.substring(confirmation.indexOf('=') + 1);
        assertThat(Html.visibleText(mvc.perform(get(confirmation)).andExpect(status().isOk()).andReturn()))
                .contains("Enquiry sent", reference);

        EnquiryView stored = find(reference);
        assertThat(stored.name()).isEqualTo("Sam Carer");
        assertThat(stored.resultQuery()).isEqualTo(resultField);
        assertThat(stored.outcome()).matches("(PMVA|BREAKAWAY)\\.(STRONG|MODERATE|BORDERLINE)");
    }

    @Test
    void theContactPageSendsAnEnquiryWithoutAResult() throws Exception {
        mvc.perform(get("/enquiry")).andExpect(status().isOk());
        String confirmation = mvc.perform(valid("Contact page only"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        EnquiryView stored = find(confirmation.substring(confirmation.indexOf('=') + 1));
        assertThat(stored.resultQuery()).isNull();
        assertThat(stored.organisation()).isEqualTo("Contact page only");
    }

    @Test
    void everyValidationErrorKeepsWhatWasTyped() throws Exception {
        MvcResult refused = mvc.perform(post("/enquiry").with(fromNewAddress())
                .param("name", "").param("organisation", "Acme Care").param("email", "not-an-email")
                .param("phone", "call me").param("staffCount", "lots").param("message", "x".repeat(2001)))
                .andExpect(status().isOk()).andReturn();
        Document page = Html.parse(refused);

        assertThat(page.title()).startsWith("Error:");
        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#enquiry-name",
                "#enquiry-email", "#enquiry-phone", "#enquiry-staffCount", "#enquiry-message", "#enquiry-consent");
        assertThat(page.select("#enquiry-organisation").attr("value")).isEqualTo("Acme Care");
        assertThat(page.select("#enquiry-email").attr("value")).isEqualTo("not-an-email");
        assertThat(page.select("#enquiry-phone").attr("value")).isEqualTo("call me");
        assertThat(page.select("#enquiry-staffCount").attr("value")).isEqualTo("lots");
        assertThat(page.select("#enquiry-message").text()).hasSize(2001);
        assertThat(page.select(".error-summary").text()).contains("Must be 2000 characters or fewer",
                "Tick the box to let us contact you");
    }

    @Test
    void theHoneypotRefusesWithAClearMessageAndStoresNothing() throws Exception {
        MvcResult refused = mvc.perform(valid("Honeypot Org").param("website", "http://spam"))
                .andExpect(status().isBadRequest()).andReturn();
        assertThat(Html.visibleText(refused)).contains("Sorry, we could not accept this form");
        assertThat(enquiries.inbox(Set.of(), "Honeypot Org")).isEmpty();
    }

    @Test
    void theSixthEnquiryFromOneAddressInAnHourIsRefusedWith429() throws Exception {
        RequestPostProcessor address = fromNewAddress();
        for (int i = 0; i < 5; i++) {
            mvc.perform(valid("Limit Org", "Enquiry number " + i).with(address)).andExpect(status().is3xxRedirection());
        }
        MvcResult refused = mvc.perform(valid("Limit Org").with(address))
                .andExpect(status().isTooManyRequests()).andReturn();
        assertThat(Html.visibleText(refused)).contains("Too many forms sent from your connection");
        assertThat(Html.parse(refused).select("textarea").text()).as("the message typed is shown to copy")
                .isEqualTo("Please call about PMVA for our ward.");
        assertThat(enquiries.inbox(Set.of(), "Limit Org")).hasSize(5);
        mvc.perform(valid("Limit Org")).andExpect(status().is3xxRedirection());
    }

    /**
     * A double click on Send, or a reload that sends the form again, must not leave the team two enquiries
     * (and two emails) and the visitor two references: the same words within ten minutes are one enquiry.
     */
    @Test
    void theSameEnquirySentTwiceIsKeptOnceUnderOneReference() throws Exception {
        String first = mvc.perform(valid("Double Send Org")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        String again = mvc.perform(valid("Double Send Org")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();

        assertThat(again).isEqualTo(first);
        assertThat(enquiries.inbox(Set.of(), "Double Send Org")).hasSize(1);
        mvc.perform(valid("Double Send Org", "A different question")).andExpect(status().is3xxRedirection());
        assertThat(enquiries.inbox(Set.of(), "Double Send Org")).as("different words are a new enquiry").hasSize(2);
    }

    /** A repeat stores nothing, so it does not count towards the limit: its visitor sees its reference every time. */
    @Test
    void sendingTheSameEnquiryAgainNeverUsesUpTheLimit() throws Exception {
        RequestPostProcessor address = fromNewAddress();
        String first = mvc.perform(valid("Resent Org").with(address)).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        for (int again = 0; again < 7; again++) {
            mvc.perform(valid("Resent Org").with(address)).andExpect(redirectedUrl(first));
        }
        for (int other = 0; other < 4; other++) {
            mvc.perform(valid("Resent Org", "Another question " + other).with(address))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(valid("Resent Org", "One question too many").with(address))
                .andExpect(status().isTooManyRequests());
        assertThat(enquiries.inbox(Set.of(), "Resent Org")).hasSize(5);
    }

    @Test
    void theSameEnquirySentSeveralTimesAtOnceIsKeptOnce() throws Exception {
        int together = 4;
        ExecutorService senders = Executors.newFixedThreadPool(together);
        try {
            for (int round = 0; round < 5; round++) {
                String organisation = "Same Moment Org " + round;
                CyclicBarrier lineUp = new CyclicBarrier(together);
                List<Future<String>> confirmations = new ArrayList<>();
                for (int sender = 0; sender < together; sender++) {
                    confirmations.add(senders.submit(() -> {
                        lineUp.await(10, TimeUnit.SECONDS);
                        return mvc.perform(valid(organisation)).andExpect(status().is3xxRedirection())
                                .andReturn().getResponse().getRedirectedUrl();
                    }));
                }
                Set<String> seen = new HashSet<>();
                for (Future<String> confirmation : confirmations) {
                    seen.add(confirmation.get(30, TimeUnit.SECONDS));
                }
                assertThat(seen).as("round %d", round).hasSize(1);
                assertThat(enquiries.inbox(Set.of(), organisation)).as("round %d", round).hasSize(1);
            }
        } finally {
            senders.shutdownNow();
        }
    }

    @Test
    void theSameWordsSentAgainAfterTenMinutesAreANewEnquiry() throws Exception {
        mvc.perform(valid("Later Again Org")).andExpect(status().is3xxRedirection());
        clock.advance(Duration.ofMinutes(11));
        mvc.perform(valid("Later Again Org")).andExpect(status().is3xxRedirection());
        mvc.perform(valid("Later Again Org")).andExpect(status().is3xxRedirection());
        assertThat(enquiries.inbox(Set.of(), "Later Again Org")).hasSize(2);
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefusedWith403() throws Exception {
        MvcResult refused = mvc.perform(valid("Cross Site Org")
                .header("Origin", "https://evil.example")).andExpect(status().isForbidden()).andReturn();
        assertThat(Html.visibleText(refused)).contains("This form was sent from another website");
        mvc.perform(valid("Cross Site Org").header("Sec-Fetch-Site", "cross-site"))
                .andExpect(status().isForbidden());
        mvc.perform(valid("Cross Site Org").header("Origin", "null"))
                .andExpect(status().isForbidden());
        assertThat(enquiries.inbox(Set.of(), "Cross Site Org")).isEmpty();
    }

    @Test
    void thePrivacyNoticeStatesTheRetentionPeriodFromTheSetting() throws Exception {
        assertThat(Html.visibleText(mvc.perform(get("/privacy")).andExpect(status().isOk()).andReturn()))
                .contains("12 months after we close it");
    }

    private EnquiryView find(String reference) {
        return enquiries.inbox(Set.of(), reference).stream().findFirst().orElseThrow();
    }

    private String firstResultUrl() {
        return "/questionnaire/result?" + Scenarios.all().get(0).answers().toQueryString();
    }

    private static MockHttpServletRequestBuilder valid() {
        return valid("Acme Care");
    }

    private static MockHttpServletRequestBuilder valid(String organisation) {
        return valid(organisation, "Please call about PMVA for our ward.");
    }

    private static MockHttpServletRequestBuilder valid(String organisation, String message) {
        return post("/enquiry").with(fromNewAddress()).param("name", "Sam Carer").param("organisation", organisation)
                .param("email", "sam@acme.example").param("phone", "01632 960 001").param("staffCount", "24")
                .param("message", message).param("consent", "true");
    }

    static RequestPostProcessor fromNewAddress() {
        String address = "198.51.100." + ADDRESSES.incrementAndGet();
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
