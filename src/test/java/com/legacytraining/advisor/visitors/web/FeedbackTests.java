package com.legacytraining.advisor.visitors.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.legacytraining.advisor.Html;
import com.legacytraining.advisor.WebIntegrationTest;
import com.legacytraining.advisor.visitors.FeedbackService;
import com.legacytraining.advisor.visitors.FeedbackView;
import java.util.List;
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

    @Test
    void everyPublicPageAsksWithAPlainFormAndSetsNoCookie() throws Exception {
        for (String path : List.of("/", "/faq", "/key-points", "/questionnaire", "/privacy", "/enquiry")) {
            MvcResult first = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
            MvcResult kept = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
            for (MvcResult response : List.of(first, kept)) {
                assertThat(response.getResponse().getHeader("Set-Cookie")).as(path).isNull();
                assertThat(response.getResponse().getCookies()).as(path).isEmpty();
                assertThat(response.getRequest().getSession(false)).as(path).isNull();
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
    void yesIsStoredAndThanked() throws Exception {
        mvc.perform(post("/feedback").with(fromNewAddress()).param("page", "/faq").param("useful", "true")
                .header("Sec-Fetch-Site", "same-origin")).andExpect(redirectedUrl("/feedback/thanks"));
        assertThat(Html.visibleText(mvc.perform(get("/feedback/thanks")).andReturn()))
                .contains("Thank you for your feedback");
        assertThat(feedback.recent("/faq", 5)).anySatisfy(answer -> assertThat(answer.useful()).isTrue());
    }

    @Test
    void noWithTextIsStoredWithEmailsAndPhoneNumbersMasked() throws Exception {
        String page = "/guidance/pmva-vs-breakaway-training";
        MvcResult asked = mvc.perform(post("/feedback").with(fromNewAddress()).param("page", page)
                .param("useful", "false")).andExpect(status().isOk()).andReturn();
        Document form = Html.parse(asked);
        assertThat(form.select("h1").text()).isEqualTo("Help us improve this page");
        String token = form.select("input[name=token]").attr("value");

        mvc.perform(post("/feedback/comment").with(fromNewAddress()).param("token", token).param("page", page)
                .param("comment", "Too long. Email me at jo@example.org or call 07700 900123."))
                .andExpect(redirectedUrl("/feedback/thanks"));

        FeedbackView stored = feedback.recent(page, 1).get(0);
        assertThat(stored.useful()).isFalse();
        assertThat(stored.comment()).isEqualTo("Too long. Email me at [email removed] or call [phone number removed].");
        // The token is spent: a second comment is refused.
        mvc.perform(post("/feedback/comment").with(fromNewAddress()).param("token", token).param("comment", "again"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aResultPageSendsItsOutcomeAndACommentOver500CharactersIsRefusedKeepingTheText() throws Exception {
        mvc.perform(post("/feedback").with(fromNewAddress()).param("page", "/questionnaire/result")
                .param("outcome", "PMVA.STRONG").param("useful", "true")).andExpect(status().is3xxRedirection());
        assertThat(feedback.recent("/questionnaire/result", 1).get(0).outcome()).isEqualTo("PMVA.STRONG");

        String token = Html.parse(mvc.perform(post("/feedback").with(fromNewAddress()).param("page", "/faq")
                .param("useful", "false")).andReturn()).select("input[name=token]").attr("value");
        Document refused = Html.parse(mvc.perform(post("/feedback/comment").with(fromNewAddress())
                .param("token", token).param("page", "/faq").param("comment", "y".repeat(501)))
                .andExpect(status().isOk()).andReturn());
        assertThat(refused.select(".error-summary").text()).contains("500 characters or fewer");
        assertThat(refused.select("#feedback-comment").text()).hasSize(501);
    }

    @Test
    void forgedValuesHoneypotCrossSiteAndTheRateLimitAreRefused() throws Exception {
        mvc.perform(post("/feedback").with(fromNewAddress()).param("page", "https://evil.example/")
                .param("useful", "true")).andExpect(status().isBadRequest());
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
