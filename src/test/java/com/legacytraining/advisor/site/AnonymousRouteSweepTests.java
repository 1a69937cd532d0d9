package com.legacytraining.advisor.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.legacytraining.advisor.WebIntegrationTest;
import com.legacytraining.advisor.site.Routes.Route;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import com.legacytraining.advisor.visitors.FeedbackService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every route, asked by a visitor who is not signed in, answers hostile requests with the right kind
 * of answer ({@link RouteSweep}). Nothing it sends can change data but failed sign-ins, which it
 * makes from an address of its own.
 */
@WebIntegrationTest
class AnonymousRouteSweepTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    FeedbackService feedback;

    /**
     * Valid values for the seeded content; ids in the admin area need not exist, since it redirects
     * first. A comment on feedback needs the token of a No, a new one each time.
     */
    static Examples seededExamples(FeedbackService feedback) {
        return new Examples()
                .pathVariable("kindPath", "faq")
                // Only advice texts cite guidance.
                .pathVariable("/admin/content/{kindPath}/{id}/citations", "kindPath", () -> "caveat-advice")
                .parameter("token", () -> feedback.record("/faq", null, false).orElseThrow())
                .pathVariable("id", "1")
                .pathVariable("number", "1")
                .pathVariable("key", "setting")
                .pathVariable("questionKey", "setting")
                .pathVariable("slug", "pmva-vs-breakaway-training")
                .parameter("page", "1")
                .parameter("action", "save")
                .parameter("direction", "up")
                .parameter("reference", "ABCD-EFGH")
                .refusing("/api/recommendation", "POST", "PUT", "PATCH", "DELETE")
                .wildcardPath("/assets/**", "/assets/css/site.css")
                .wildcardPath("/actuator/health/**", "/actuator/health/liveness");
    }

    @Test
    void theSweepFindsEveryKindOfRoute() {
        assertThat(Routes.of(context)).extracting(Route::pattern)
                .contains("/", "/guidance/{slug}", "/api/recommendation", "/admin/content/{kindPath}/{id}",
                        "/admin/login", "/admin/logout", "/error", "/assets/**", "/favicon.ico", "/actuator/health");
    }

    @TestFactory
    Stream<DynamicNode> everyRouteAnswersHostileRequestsWithTheRightKindOfAnswer() {
        return new RouteSweep(new MockMvcClient(mvc, request -> request, "203.0.113.71"), RouteSweep.Mode.VISITOR,
                seededExamples(feedback))
                .tests(Routes.of(context));
    }
}
