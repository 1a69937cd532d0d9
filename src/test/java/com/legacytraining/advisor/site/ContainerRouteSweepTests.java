package com.legacytraining.advisor.site;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import com.legacytraining.advisor.visitors.FeedbackService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * What only a servlet container parses (a malformed query string or form body, an encoded NUL, a
 * method no route takes, its own error pages) gets the right kind of answer on every route: raw HTTP
 * to a running server ({@link RouteSweep.Mode#CONTAINER}). It sends no session and so no CSRF token,
 * and nothing it sends is valid enough to be stored. Same configuration as the browser tests, so it
 * shares their running server.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1" })
class ContainerRouteSweepTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    FeedbackService feedback;

    @TestFactory
    Stream<DynamicNode> everyRouteAnswersWhatTheContainerParsesWithTheRightKindOfAnswer() {
        return new RouteSweep(new SocketClient(port), RouteSweep.Mode.CONTAINER, AnonymousRouteSweepTests.seededExamples(feedback))
                .tests(Routes.of(context));
    }
}
