package com.legacytraining.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Stopping the application (as on SIGTERM in a rolling deployment) finishes the requests in flight and
 * takes no new ones, so a load balancer moves visitors to another instance and nobody gets half a page.
 * The whole application, on a port of its own, with one extra endpoint that answers only when told to.
 */
class GracefulShutdownTests {

    private static final String ANSWER = "the whole answer, sent after shutdown began";

    @Test
    void aRequestInFlightWhenShutdownBeginsIsAnsweredInFullAndNoNewConnectionIsTaken() throws Exception {
        CountDownLatch arrived = new CountDownLatch(1);
        CountDownLatch mayAnswer = new CountDownLatch(1);
        RouterFunction<ServerResponse> slow = RouterFunctions.route().GET("/test/slow", request -> {
            arrived.countDown();
            mayAnswer.await(30, TimeUnit.SECONDS);
            return ServerResponse.ok().body(ANSWER);
        }).build();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(TrainingAdvisorApplication.class)
                .initializers(context -> ((GenericApplicationContext) context)
                        .registerBean("slowEndpoint", RouterFunction.class, () -> slow))
                .run("--server.port=0");
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/test/slow")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(arrived.await(30, TimeUnit.SECONDS)).as("the request reached the application").isTrue();

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(app::close);
        awaitConnectionsRefused(port);
        assertThat(inFlight).as("still waiting for its answer").isNotDone();
        assertThat(stopping).as("waiting for the request in flight").isNotDone();

        mayAnswer.countDown();
        HttpResponse<String> response = inFlight.get(30, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(ANSWER);
        stopping.get(30, TimeUnit.SECONDS);
        assertThat(app.isActive()).isFalse();
    }

    /** Waits until the port refuses connections; fails after ten seconds. */
    private static void awaitConnectionsRefused(int port) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            } catch (ConnectException refused) {
                return;
            } catch (IOException other) {
                // A timeout or reset while the listener closes: try again.
            }
            Thread.sleep(20);
        }
        fail("port " + port + " still took new connections ten seconds after shutdown began");
    }
}
