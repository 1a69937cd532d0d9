package com.legacytraining.advisor.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.legacytraining.advisor.Html;
import com.legacytraining.advisor.IsolatedWebIntegrationTest;
import com.legacytraining.advisor.TrainingAdvisorApplication;
import com.legacytraining.advisor.content.ContentDashboard;
import com.legacytraining.advisor.content.ContentEditing;
import com.legacytraining.advisor.content.ContentKind;
import com.legacytraining.advisor.content.ContentOverview;
import com.legacytraining.advisor.content.ContentSnapshot;
import com.legacytraining.advisor.questionnaire.QuestionnaireService;
import com.legacytraining.advisor.questionnaire.editing.QuestionnaireEditing;
import com.legacytraining.advisor.questionnaire.scoring.OptionDefinition;
import com.legacytraining.advisor.questionnaire.scoring.QuestionDefinition;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Render once, serve many, and stay correct: kept pages are served until a publish, then every
 * page that shows the change renders afresh, on this instance and on another one sharing the
 * database. These tests publish, so they have a database of their own.
 */
@IsolatedWebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageCacheTests {

    private static final String ANSWERS = "setting=acute-emergency&people=mixed-public-patients"
            + "&frequency=physical-weekly&severity=injury&physical-intervention=emergency&care-plans=none"
            + "&behaviour-support=daily&alignment=plans-and-policy&role=direct-care&lone-working=rarely"
            + "&incidents=restraint-used&regulation=regulated-care";
    private static final List<String> PUBLIC_PAGES = List.of("/", "/guidance", "/guidance/pmva-vs-breakaway-training",
            "/faq", "/key-points", "/sitemap.xml");

    @Autowired
    MockMvc mvc;

    @Autowired
    ContentEditing editing;

    @Autowired
    ContentDashboard dashboard;

    @Autowired
    QuestionnaireEditing questionnaireEditing;

    @Autowired
    QuestionnaireService questionnaire;

    @Autowired
    PageCache cache;

    @Autowired
    DataSource dataSource;

    private ConfigurableApplicationContext secondInstance;

    @AfterAll
    void stopSecondInstance() {
        if (secondInstance != null) {
            secondInstance.close();
        }
    }

    @Test
    void aPublishShowsOnTheNextRequestOfEveryPageThatShowsItOnEveryInstance() throws Exception {
        ContentOverview.PageItems seeded = dashboard.overview().pages().get(0);
        long faqId = seeded.faqs().get(0).id();
        long keyPointId = seeded.keyPoints().get(0).id();
        HttpClient client = HttpClient.newHttpClient();
        String other = startSecondInstance();
        for (String path : PUBLIC_PAGES) {
            // Twice each, so both instances serve every page from their caches.
            page(path);
            page(path);
            fetch(client, other + path);
            fetch(client, other + path);
        }

        publish(ContentKind.FAQ, faqId, Map.of("answer", "A freshly published answer."));
        publish(ContentKind.KEY_POINT, keyPointId, Map.of("title", "A freshly published key point"));
        long newPage = editing.create(ContentKind.PAGE, null, Map.of("title", "Freshly published page",
                "slug", "freshly-published-page", "category", "Test", "summary", "A page for this test.",
                "intro", "Intro.", "keyPointsIntro", "Points."), true, null, "test");

        assertThat(page("/faq")).contains("A freshly published answer.");
        assertThat(page("/guidance/pmva-vs-breakaway-training")).contains("A freshly published answer.");
        assertThat(page("/key-points")).contains("A freshly published key point");
        assertThat(page("/")).contains("A freshly published key point");
        assertThat(page("/guidance")).contains("Freshly published page");
        assertThat(page("/sitemap.xml")).contains("/guidance/freshly-published-page");

        assertThat(fetch(client, other + "/faq").body()).contains("A freshly published answer.");
        assertThat(fetch(client, other + "/key-points").body()).contains("A freshly published key point");
        assertThat(fetch(client, other + "/").body()).contains("A freshly published key point");
        assertThat(fetch(client, other + "/sitemap.xml").body()).contains("/guidance/freshly-published-page");
        assertThat(newPage).isPositive();
    }

    @Test
    void aQuestionnairePublishChangesTheNextResultAndApiAnswer() throws Exception {
        String api = "/api/recommendation?" + ANSWERS;
        String result = "/questionnaire/result?" + ANSWERS + "&v=" + questionnaire.current().version();
        String scoreBefore = page(api).replaceAll(".*\"score\":(-?\\d+).*", "$1");
        page(result);
        page(result);

        lowerPointsOfAcuteEmergencyByOne();

        assertThat(page(api)).contains("\"score\":" + (Integer.parseInt(scoreBefore) - 1) + ",");
        Html.parse(mvc.perform(get(result)).andExpect(status().isOk()).andReturn());
        assertThat(page(result)).as("the old version's kept result is not served for the new version")
                .contains("The scoring has changed since this link was made");
    }

    @Test
    void aConditionalGetWithTheCurrentETagIsNotModifiedUntilAPublish() throws Exception {
        MvcResult first = mvc.perform(get("/key-points")).andExpect(status().isOk()).andReturn();
        String etag = first.getResponse().getHeader("ETag");
        assertThat(etag).isNotBlank();

        MvcResult notModified = mvc.perform(get("/key-points").header("If-None-Match", etag))
                .andExpect(status().isNotModified()).andReturn();
        assertThat(notModified.getResponse().getContentAsByteArray()).isEmpty();

        long keyPointId = dashboard.overview().pages().get(0).keyPoints().get(1).id();
        publish(ContentKind.KEY_POINT, keyPointId, Map.of("title", "Changed for the ETag test"));

        MvcResult changed = mvc.perform(get("/key-points").header("If-None-Match", etag))
                .andExpect(status().isOk()).andReturn();
        assertThat(changed.getResponse().getHeader("ETag")).isNotEqualTo(etag);
        assertThat(changed.getResponse().getContentAsString()).contains("Changed for the ETag test");
    }

    @Test
    void aKeptPageCarriesTheSameHeadersAsARenderedOneAndSetsNoCookie() throws Exception {
        MvcResult rendered = mvc.perform(get("/faq")).andReturn();
        MvcResult kept = mvc.perform(get("/faq")).andReturn();

        for (String name : rendered.getResponse().getHeaderNames()) {
            assertThat(kept.getResponse().getHeaders(name)).as(name).isEqualTo(rendered.getResponse().getHeaders(name));
        }
        assertThat(kept.getResponse().getHeader("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(kept.getResponse().getHeader("Set-Cookie")).isNull();
        assertThat(kept.getResponse().getCookies()).isEmpty();
        assertThat(kept.getResponse().getContentAsString()).isEqualTo(rendered.getResponse().getContentAsString());
    }

    @Test
    void keptPagesAreSentGzippedToClientsThatAcceptIt() throws Exception {
        page("/guidance/pmva-vs-breakaway-training");

        mvc.perform(get("/guidance/pmva-vs-breakaway-training").header("Accept-Encoding", "gzip, deflate, br"))
                .andExpect(header().string("Content-Encoding", "gzip"))
                .andExpect(header().string("Vary", "Accept-Encoding"));
        mvc.perform(get("/guidance/pmva-vs-breakaway-training").header("Accept-Encoding", "gzip;q=0"))
                .andExpect(header().doesNotExist("Content-Encoding"));
    }

    @Test
    void adminAndErrorResponsesAreNeverKept() throws Exception {
        mvc.perform(get("/admin/audit").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user("alice").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"));
        mvc.perform(get("/guidance/no-such-page")).andExpect(status().isNotFound());
        mvc.perform(get("/guidance/no-such-page")).andExpect(status().isNotFound());

        long generation = currentGeneration();
        assertThat(cache.get(generation, "http://localhost/admin/audit")).isNull();
        assertThat(cache.get(generation, "http://localhost/guidance/no-such-page")).isNull();
    }

    @Test
    void pagesLinkToContentHashedAssetsCachedForAYear() throws Exception {
        String html = page("/");
        var matcher = Pattern.compile("href=\"(/assets/css/site-[0-9a-f]{32}\\.css)\"").matcher(html);
        assertThat(matcher.find()).as("a hashed stylesheet link in %s", html).isTrue();

        mvc.perform(get(matcher.group(1)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"));
    }

    private long currentGeneration() throws Exception {
        MvcResult any = mvc.perform(get("/")).andReturn();
        return (Long) any.getRequest().getAttribute(ContentGeneration.class.getName());
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private void publish(ContentKind kind, long id, Map<String, String> changes) {
        ContentSnapshot item = editing.item(kind, id);
        Map<String, String> fields = new LinkedHashMap<>(item.published());
        fields.putAll(changes);
        assertThat(editing.publish(kind, id, item.version(), fields, "test", "test").isConflict()).isFalse();
    }

    private void lowerPointsOfAcuteEmergencyByOne() {
        var workspace = questionnaireEditing.workspace();
        QuestionDefinition setting = workspace.working().question("setting").orElseThrow();
        List<OptionDefinition> options = setting.options().stream()
                .map(option -> option.key().equals("acute-emergency")
                        ? new OptionDefinition(option.key(), option.position(), option.text(), option.points() - 1)
                        : option)
                .toList();
        questionnaireEditing.saveQuestion(workspace.version(),
                new QuestionDefinition(setting.key(), setting.position(), setting.text(), setting.hint(), options), "test");
        assertThat(questionnaireEditing.publish(questionnaireEditing.workspace().version(), "Test", true, "test")
                .isConflict()).isFalse();
    }

    /** Another instance of the application on the same database, as behind a load balancer. */
    private String startSecondInstance() {
        String url = ((HikariDataSource) dataSource).getJdbcUrl();
        secondInstance = new SpringApplicationBuilder(TrainingAdvisorApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + url);
        return "http://localhost:" + secondInstance.getEnvironment().getProperty("local.server.port");
    }

    private static HttpResponse<String> fetch(HttpClient client, String url) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response;
    }
}
