package com.legacytraining.advisor.visitors.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.legacytraining.advisor.Html;
import com.legacytraining.advisor.MutableClock;
import com.legacytraining.advisor.WebIntegrationTest;
import com.legacytraining.advisor.visitors.FeedbackService;
import com.legacytraining.advisor.visitors.FeedbackView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebIntegrationTest
class FeedbackTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    FeedbackService feedback;

    @Autowired
    MutableClock clock;

    @Test
    void everyPublicPageAsksWithAPlainFormAndSetsNoCookie() throws Exception {
        for (String path : List.of("/", "/faq", "/key-points", "/questionnaire", "/privacy", "/enquiry")) {
            MvcResult first = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
            MvcResult kept = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
            for (MvcResult response : List.of(first, kept)) {
                assertThat(response.getResponse().getHeader("Set-Cookie")).as(path).isNull();
                assertThat(response.getResponse().getCookies()).as(path).isEmpty();
            }
            Element form = Html.parse(first).selectFirst("form[action=/feedback]");
            assertThat(form).as(path).isNotNull();
            assertThat(form.attr("method")).isEqualTo("post");
            assertThat(form.select("input[name=page]").attr("value")).isEqualTo(path);
            assertThat(form.select("input[name=_csrf]")).isEmpty();
            assertThat(form.select("button[name=useful]").eachAttr("value")).containsExactly("true", "false");
        }
    }

    @Test
    void yesIsStoredAndThankedWithAWayBackToThePage() throws Exception {
        mvc.perform(post("/feedback").with(fromNewAddress()).param("page", "/faq").param("useful", "true")
                .header("Sec-Fetch-Site", "same-origin")).andExpect(redirectedUrl("/feedback/thanks?page=/faq"));
        Document thanks = Html.parse(mvc.perform(get("/feedback/thanks").param("page", "/faq")).andReturn());
        assertThat(thanks.select("h1").text()).isEqualTo("Thank you for your feedback");
        assertThat(thanks.select("a:contains(Back to the page)").attr("href")).isEqualTo("/faq");
        assertThat(feedback.recent("/faq", 5)).anySatisfy(answer -> assertThat(answer.useful()).isTrue());

        // Only a path of this site: the thank-you is never a way to send someone elsewhere.
        for (String elsewhere : List.of("https://evil.example/", "//evil.example", "/\\evil.example", "")) {
            Document page = Html.parse(mvc.perform(get("/feedback/thanks").param("page", elsewhere))
                    .andExpect(status().isOk()).andReturn());
            assertThat(page.select("a:contains(Back to the page)")).as(elsewhere).isEmpty();
        }
    }

    @Test
    void noWithTextIsStoredWithEmailsAndPhoneNumbersMasked() throws Exception {
        String page = "/guidance/pmva-vs-breakaway-training";
        String commentPage = answerNo(page);
        Document form = Html.parse(mvc.perform(get(commentPage)).andExpect(status().isOk()).andReturn());
        assertThat(form.select("h1").text()).isEqualTo("Help us improve this page");
        assertThat(form.select("a:contains(Back to the page)").attr("href")).isEqualTo(page);
        String token = form.select("input[name=token]").attr("value");

        mvc.perform(post("/feedback/comment").with(fromNewAddress()).param("token", token)
                .param("comment", "Too long. Email me at jo@example.org or call 07700 900123."))
                .andExpect(redirectedUrl("/feedback/thanks?page=" + page));

        FeedbackView stored = feedback.recent(page, 1).get(0);
        assertThat(stored.useful()).isFalse();
        assertThat(stored.comment()).isEqualTo("Too long. Email me at [email removed] or call [phone number removed].");
    }

    @Test
    void noRedirectsToItsCommentPageSoARefreshOrRepeatNeverCountsTwiceAndNoStepSetsACookie() throws Exception {
        String page = "/guidance/refreshed-" + System.nanoTime();
        MvcResult no = mvc.perform(post("/feedback").with(fromNewAddress()).param("page", page).param("useful", "false")
                .header("Sec-Fetch-Site", "same-origin")).andExpect(status().is3xxRedirection()).andReturn();
        String commentPage = no.getResponse().getRedirectedUrl();
        assertThat(commentPage).matches("/feedback/comment\\?token=[0-9a-f-]{36}");

        List<MvcResult> steps = new ArrayList<>(List.of(no));
        for (int refresh = 0; refresh < 3; refresh++) {
            MvcResult shown = mvc.perform(get(commentPage)).andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", "no-store")).andReturn();
            assertThat(Html.parse(shown).select("meta[name=robots]").attr("content")).contains("noindex");
            assertThat(Html.parse(shown).select("form[action=/feedback/comment] input[name=_csrf]")).isEmpty();
            steps.add(shown);
        }
        assertThat(feedback.recent(page, 10)).as("one No, however often its page is loaded").hasSize(1);

        String token = Html.parse(steps.get(1)).select("input[name=token]").attr("value");
        MvcResult commented = mvc.perform(post("/feedback/comment").with(fromNewAddress()).param("token", token)
                .param("comment", "Nothing on refresher training.")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/feedback/thanks?page=" + page)).andReturn();
        steps.add(commented);
        // The form sent again (the Back button, a double click): refused, and the text is still there.
        MvcResult again = mvc.perform(post("/feedback/comment").with(fromNewAddress()).param("token", token)
                .param("comment", "Nothing on refresher training, again.")).andExpect(status().isBadRequest()).andReturn();
        assertThat(Html.parse(again).select("textarea").text()).isEqualTo("Nothing on refresher training, again.");
        steps.add(again);
        steps.add(mvc.perform(get(commentPage)).andExpect(status().isNotFound()).andReturn());
        steps.add(mvc.perform(get("/feedback/thanks").param("page", page)).andExpect(status().isOk()).andReturn());

        assertThat(feedback.recent(page, 10)).singleElement().satisfies(answer -> {
            assertThat(answer.useful()).isFalse();
            assertThat(answer.comment()).isEqualTo("Nothing on refresher training.");
        });
        for (MvcResult step : steps) {
            assertThat(step.getResponse().getHeaders("Set-Cookie")).as(step.getRequest().getRequestURI()).isEmpty();
        }
    }

    @Test
    void aForgedOrExpiredCommentLinkIsRefusedWithAClearPage() throws Exception {
        for (String forged : List.of("", "not-a-token", UUID.randomUUID().toString(), "x".repeat(5000))) {
            MvcResult refused = mvc.perform(get("/feedback/comment").param("token", forged))
                    .andExpect(status().isNotFound()).andReturn();
            assertThat(Html.parse(refused).select("h1").text()).isEqualTo("This link to comment cannot be used");
        }
        mvc.perform(get("/feedback/comment")).andExpect(status().isNotFound());
        MvcResult posted = mvc.perform(post("/feedback/comment").with(fromNewAddress())
                .param("token", UUID.randomUUID().toString()).param("comment", "Typed with care"))
                .andExpect(status().isBadRequest()).andReturn();
        assertThat(Html.parse(posted).select("h1").text()).isEqualTo("This link to comment cannot be used");
        assertThat(Html.parse(posted).select("textarea").text()).isEqualTo("Typed with care");

        String commentPage = answerNo("/faq");
        mvc.perform(get(commentPage)).andExpect(status().isOk());
        clock.advance(Duration.ofMinutes(61));
        mvc.perform(get(commentPage)).andExpect(status().isNotFound());
    }

    @Test
    void aResultPageSendsItsOutcomeAndACommentOver500CharactersIsRefusedKeepingTheText() throws Exception {
        mvc.perform(post("/feedback").with(fromNewAddress()).param("page", "/questionnaire/result")
                .param("outcome", "PMVA.STRONG").param("useful", "true")).andExpect(status().is3xxRedirection());
        assertThat(feedback.recent("/questionnaire/result", 1).get(0).outcome()).isEqualTo("PMVA.STRONG");

        String token = Html.parse(mvc.perform(get(answerNo("/faq"))).andReturn()).select("input[name=token]").attr("value");
        Document refused = Html.parse(mvc.perform(post("/feedback/comment").with(fromNewAddress())
                .param("token", token).param("comment", "y".repeat(501)))
                .andExpect(status().isOk()).andReturn());
        assertThat(refused.select(".error-summary").text()).contains("500 characters or fewer");
        assertThat(refused.select("#feedback-comment").text()).hasSize(501);
        assertThat(refused.select("a:contains(Back to the page)").attr("href")).isEqualTo("/faq");
    }

    /**
     * An answer on a result page names its outcome, so the admin list gives its day, never its time:
     * whoever knows when a colleague used the tool cannot tell which answer, and so which result, was theirs.
     */
    @Test
    void theAdminListDatesEachAnswerByTheDayOnly() throws Exception {
        mvc.perform(post("/feedback").with(fromNewAddress()).param("page", "/questionnaire/result")
                .param("outcome", "BREAKAWAY.MODERATE").param("useful", "true")).andExpect(status().is3xxRedirection());

        Document list = Html.parse(mvc.perform(get("/admin/feedback")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user("alice").roles("ADMIN"))).andExpect(status().isOk()).andReturn());
        assertThat(list.select("main td").eachText()).isNotEmpty()
                .noneMatch(cell -> cell.matches(".*\\b[0-2][0-9]:[0-5][0-9]\\b.*"));
    }

    /** Answers No for the page, and returns the address of the comment page it was sent on to. */
    private String answerNo(String page) throws Exception {
        return mvc.perform(post("/feedback").with(fromNewAddress()).param("page", page).param("useful", "false"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    @Test
    void forgedValuesHoneypotCrossSiteAndTheRateLimitAreRefused() throws Exception {
        for (String elsewhere : List.of("https://evil.example/", "//evil.example/faq")) {
            mvc.perform(post("/feedback").with(fromNewAddress()).param("page", elsewhere).param("useful", "true"))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(post("/feedback").with(fromNewAddress()).param("page", "/faq").param("outcome", "NONSENSE")
                .param("useful", "true")).andExpect(status().isBadRequest());
        mvc.perform(post("/feedback").with(fromNewAddress()).param("page", "/faq").param("useful", "true")
                .param("website", "x")).andExpect(status().isBadRequest());
        mvc.perform(post("/feedback").with(fromNewAddress()).param("page", "/faq").param("useful", "true")
                .header("Origin", "https://evil.example")).andExpect(status().isForbidden());

        RequestPostProcessor address = fromNewAddress();
        for (int i = 0; i < 30; i++) {
            mvc.perform(post("/feedback").with(address).param("page", "/key-points").param("useful", "true"))
                    .andExpect(status().is3xxRedirection());
        }
        MvcResult limited = mvc.perform(post("/feedback").with(address).param("page", "/key-points")
                .param("useful", "true")).andExpect(status().isTooManyRequests()).andReturn();
        assertThat(Html.visibleText(limited)).contains("Too many forms sent from your connection");
    }

    private static RequestPostProcessor fromNewAddress() {
        return EnquiryTests.fromNewAddress();
    }
}
