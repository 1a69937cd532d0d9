package com.legacytraining.advisor.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.legacytraining.advisor.MockBrowser;
import com.legacytraining.advisor.WebIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Requests at the edges of HTTP: each once gave a 500, a wrong status or a page for the wrong host. */
@WebIntegrationTest
class HttpEdgeTests {

    private static final String ANSWERS = "setting=acute-emergency&people=mixed-public-patients"
            + "&frequency=physical-weekly&severity=injury&physical-intervention=emergency&care-plans=none"
            + "&behaviour-support=daily&alignment=plans-and-policy&role=direct-care&lone-working=rarely"
            + "&incidents=restraint-used&regulation=regulated-care";

    @Autowired
    MockMvc mvc;

    @Test
    void theErrorAddressItselfIsNotAServerError() throws Exception {
        int status = mvc.perform(get("/error")).andReturn().getResponse().getStatus();
        assertThat(status).isBetween(400, 499);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "PATCH", "DELETE"})
    void aMalformedFormBodyIsAClientError(String method) throws Exception {
        for (String path : new String[] {"/", "/api/recommendation", "/admin/content/faq/1"}) {
            int status = mvc.perform(request(HttpMethod.valueOf(method), path)
                            .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("%z1=a"))
                    .andReturn().getResponse().getStatus();
            assertThat(status).as("%s %s", method, path).isBetween(400, 499);
        }
    }

    @Test
    void robotsAndTheSitemapNameTheConfiguredAddressWhateverTheHostHeaderSays() throws Exception {
        String robots = mvc.perform(get("/robots.txt").header("Host", "evil.example")
                .header("X-Forwarded-Host", "evil.example")).andReturn().getResponse().getContentAsString();
        String sitemap = mvc.perform(get("/sitemap.xml").header("Host", "evil.example")
                .header("X-Forwarded-Host", "evil.example")).andReturn().getResponse().getContentAsString();

        assertThat(robots).contains("Sitemap: http://localhost:8080/sitemap.xml").doesNotContain("evil");
        assertThat(sitemap).contains("<loc>http://localhost:8080/faq</loc>").doesNotContain("evil");
    }

    @Test
    void aPostToAPageThatOnlyAnswersGetIsMethodNotAllowed() throws Exception {
        mvc.perform(post("/faq").with(csrf()))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", org.hamcrest.Matchers.containsString("GET")));
        MvcResult api = mvc.perform(post("/api/recommendation").with(csrf())).andReturn();
        assertThat(api.getResponse().getStatus()).isEqualTo(405);
        assertThat(api.getResponse().getContentType()).startsWith("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/faq/", "/guidance/", "/guidance/pmva-vs-breakaway-training/", "/key-points/"})
    void aTrailingSlashRedirectsToTheAddressWithout(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isMovedPermanently())
                .andExpect(redirectedUrl(path.substring(0, path.length() - 1)));
    }

    @Test
    void aTrailingSlashKeepsTheQueryString() throws Exception {
        mvc.perform(get("/api/recommendation/?" + ANSWERS)).andExpect(status().isMovedPermanently())
                .andExpect(redirectedUrl("/api/recommendation?" + ANSWERS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"999", "0", "abc", "-1"})
    void aResultLinkWithAVersionThatNeverExistedDoesNotClaimTheScoringChanged(String version) throws Exception {
        String page = mvc.perform(get("/questionnaire/result?" + ANSWERS + "&v=" + version))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("The scoring has changed since this link was made");
    }

    @Test
    void theCsrfTokenIsNotAcceptedFromTheQueryString() throws Exception {
        MockBrowser browser = new MockBrowser(mvc);
        MvcResult form = browser.perform(get("/admin/login")).andReturn();
        String token = org.jsoup.Jsoup.parse(form.getResponse().getContentAsString())
                .select("input[name=_csrf]").attr("value");

        MvcResult refused = browser.perform(post("/admin/login?_csrf=" + token)
                        .param("username", "nobody").param("password", "wrong password at all"))
                .andReturn();

        // Refused before any password is checked: the form comes back as after an expired page, not a failed sign-in.
        assertThat(refused.getResponse().getStatus()).isEqualTo(303);
        var again = org.jsoup.Jsoup.parse(browser.perform(get(refused.getResponse().getRedirectedUrl()))
                .andReturn().getResponse().getContentAsString());
        assertThat(again.select("main .notice").text()).startsWith("This sign-in page was open too long");
        // The passkey button's summary waits hidden on every sign-in page; no failed sign-in is shown.
        assertThat(again.select(".error-summary:not([hidden])")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x10", "1e1", "+1", "01"})
    void idsInAddressesArePlainDecimals(String id) throws Exception {
        int status = mvc.perform(get("/admin/scenarios/" + id).with(org.springframework.security.test.web.servlet
                .request.SecurityMockMvcRequestPostProcessors.user("alice").roles("ADMIN")))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(404);
    }
}
