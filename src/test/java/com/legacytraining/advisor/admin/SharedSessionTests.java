package com.legacytraining.advisor.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.legacytraining.advisor.ServerIntegrationTest;
import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Admin sessions live in the database, not in one server's memory, so any instance behind a load
 * balancer serves any admin request. Spoken to over real HTTP, so the cookie is the one a browser gets
 * (MockMvc tests go through Spring Session's filter too, but get a mock server's cookie settings). Every
 * request here carries only the cookie it is given, as a request reaching another instance would.
 */
@ServerIntegrationTest
class SharedSessionTests {

    private static final String PASSWORD = "a passphrase shared by every instance";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    AdminUserService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcIndexedSessionRepository sessions;

    @Test
    void signingInStoresTheSessionInTheDatabaseUnderANewIdAndItsCookieGoesOnlyToTheAdminArea() throws Exception {
        String name = newAdmin();
        HttpResponse<String> askedForAdmin = send(get("/admin", null));
        assertThat(askedForAdmin.statusCode()).isEqualTo(302);
        String rawCookie = askedForAdmin.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(rawCookie).startsWith("SESSION=").contains("Path=/admin;").contains("HttpOnly")
                .contains("SameSite=Lax");
        String before = sessionIdIn(askedForAdmin).orElseThrow();
        assertThat(row(before)).as("the session that holds the page asked for").isPresent();

        String after = signIn(name, before);

        assertThat(after).as("a new id on signing in").isNotEqualTo(before);
        assertThat(row(before)).as("the id before signing in no longer names a session").isEmpty();
        assertThat(row(after)).hasValueSatisfying(session -> {
            assertThat(session.get("principal_name")).isEqualTo(name);
            assertThat(session.get("max_inactive_interval")).as("seconds idle before it ends").isEqualTo(1800);
        });
        assertThat(send(get("/admin", before)).statusCode()).isEqualTo(302);
        assertThat(dashboard(after).statusCode()).isEqualTo(200);
    }

    @Test
    void theDatabaseIsTheOnlyPlaceASessionLives() throws Exception {
        String session = signIn(newAdmin(), null);
        assertThat(dashboard(session).statusCode()).isEqualTo(200);

        jdbc.sql("delete from spring_session where session_id = ?").param(session).update();

        HttpResponse<String> after = dashboard(session);
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).hasValue("/admin/login");
    }

    @Test
    void signingOutEndsTheSessionForEveryInstance() throws Exception {
        String session = signIn(newAdmin(), null);
        String token = csrfToken(dashboard(session));

        HttpResponse<String> signedOut = send(post("/admin/logout", session, Map.of("_csrf", token)));

        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location")).hasValue("/admin/login?signedOut");
        assertThat(row(session)).isEmpty();
        assertThat(dashboard(session).statusCode()).as("the old cookie, sent to any instance").isEqualTo(302);
    }

    @Test
    void aSessionLeftAloneForThirtyMinutesEnds() throws Exception {
        String stillThere = signIn(newAdmin(), null);
        String gone = signIn(newAdmin(), null);

        lastUsed(stillThere, Duration.ofMinutes(29));
        lastUsed(gone, Duration.ofMinutes(31));

        assertThat(dashboard(stillThere).statusCode()).isEqualTo(200);
        assertThat(dashboard(gone).statusCode()).isEqualTo(302);
        assertThat(row(gone)).isEmpty();
    }

    @Test
    void publicPagesStartNoSession() throws Exception {
        long sessions = jdbc.sql("select count(*) from spring_session").query(Long.class).single();

        for (String path : List.of("/", "/faq", "/questionnaire", "/enquiry", "/no-such-page")) {
            HttpResponse<String> page = send(get(path, null));
            assertThat(page.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }

        assertThat(jdbc.sql("select count(*) from spring_session").query(Long.class).single()).isEqualTo(sessions);
    }

    /**
     * A double click on a Save that redirects with a message sends two POSTs at once in one session; both
     * store the flash message (and any other attribute new to the session) in the database, and the second to
     * arrive must not trip over the first's row. Several rounds, lined up, since one might miss the race.
     */
    @Test
    void formsSentAtTheSameMomentInOneSessionAreAllAnsweredWithoutAServerError() throws Exception {
        String session = signIn(newAdmin(), null);
        String other = newAdmin();
        long otherId = jdbc.sql("select id from admin_user where username = ?").param(other).query(Long.class).single();
        String token = csrfToken(send(get("/admin/users", session)));
        int together = 4;
        ExecutorService senders = Executors.newFixedThreadPool(together);
        try {
            for (int round = 0; round < 12; round++) {
                CyclicBarrier lineUp = new CyclicBarrier(together);
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (int sender = 0; sender < together; sender++) {
                    answers.add(senders.submit(() -> {
                        HttpRequest.Builder request = post("/admin/users/" + otherId + "/enabled", session,
                                Map.of("enabled", "true", "_csrf", token));
                        lineUp.await(10, TimeUnit.SECONDS);
                        return send(request);
                    }));
                }
                for (Future<HttpResponse<String>> answer : answers) {
                    HttpResponse<String> response = answer.get(30, TimeUnit.SECONDS);
                    assertThat(response.statusCode()).as("round %d", round).isEqualTo(302);
                    assertThat(response.headers().firstValue("Location")).hasValue("/admin/users");
                }
                // The next page shows the message and takes it out of the session, so every round stores it anew.
                assertThat(send(get("/admin/users", session)).body()).contains("Admin enabled.");
            }
        } finally {
            senders.shutdownNow();
        }
    }

    /**
     * Signing out in one tab deletes the session while a save may be running in another; that save then
     * stores its flash message in a session that no longer exists. It must neither fail (the edit was
     * made: a 500 would say otherwise) nor bring the session back.
     */
    @Test
    void aRequestWhoseSessionEndsWhileItRunsStillFinishesAndTheSessionStaysEnded() {
        String id = saveWhileSigningOutElsewhere(sessions);

        assertThat(sessions.findById(id)).isNull();
        assertThat(jdbc.sql("select count(*) from spring_session_attributes where attribute_name = 'saved while signing out'")
                .query(Long.class).single()).isZero();
    }

    /** Loads a session for a request, deletes it as a sign-out elsewhere would, then saves what the request set. */
    private static <S extends Session> String saveWhileSigningOutElsewhere(SessionRepository<S> repository) {
        S session = repository.createSession();
        session.setAttribute("kept", "from sign-in");
        repository.save(session);
        S inFlight = repository.findById(session.getId());
        repository.deleteById(session.getId());

        inFlight.setAttribute("saved while signing out", "Admin enabled.");
        inFlight.setAttribute("kept", "changed");
        repository.save(inFlight);
        return session.getId();
    }

    /** Signs in through the form, as a browser does; the id of the signed-in session. */
    private String signIn(String name, String session) throws Exception {
        HttpResponse<String> form = send(get("/admin/login", session));
        String formSession = sessionIdIn(form).orElse(session);
        HttpResponse<String> signedIn = send(post("/admin/login", formSession,
                Map.of("username", name, "password", PASSWORD, "_csrf", csrfToken(form))));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").map(URI::create).map(URI::getPath)).hasValue("/admin");
        return sessionIdIn(signedIn).orElseThrow();
    }

    private HttpResponse<String> dashboard(String session) throws Exception {
        return send(get("/admin", session));
    }

    /** Moves the session's last request back by this much, as if nobody had used it since. */
    private void lastUsed(String session, Duration ago) {
        long millis = Instant.now().minus(ago).toEpochMilli();
        jdbc.sql("update spring_session set last_access_time = ?, "
                + "expiry_time = cast(? as bigint) + max_inactive_interval * 1000 where session_id = ?")
                .params(millis, millis, session).update();
    }

    private Optional<Map<String, Object>> row(String session) {
        return jdbc.sql("select principal_name, max_inactive_interval from spring_session where session_id = ?")
                .param(session).query((rows, number) -> Map.<String, Object>of(
                        "principal_name", Optional.ofNullable(rows.getString(1)).orElse(""),
                        "max_inactive_interval", rows.getInt(2)))
                .optional();
    }

    private static String csrfToken(HttpResponse<String> page) {
        String token = Jsoup.parse(page.body()).select("input[name=_csrf]").attr("value");
        assertThat(token).as("the form's CSRF token").isNotBlank();
        return token;
    }

    /** The session id a response's cookie names (Spring Session sends it Base64-encoded). */
    private static Optional<String> sessionIdIn(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().flatMap(header -> HttpCookie.parse(header).stream())
                .filter(cookie -> cookie.getName().equals("SESSION") && !cookie.getValue().isEmpty())
                .map(cookie -> new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8))
                .findFirst();
    }

    private HttpRequest.Builder get(String path, String session) {
        return request(path, session).GET();
    }

    private HttpRequest.Builder post(String path, String session, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return request(path, session).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://localhost:" + port).POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpRequest.Builder request(String path, String session) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (session != null) {
            String cookie = Base64.getEncoder().encodeToString(session.getBytes(StandardCharsets.UTF_8));
            request.header("Cookie", "SESSION=" + cookie);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String newAdmin() {
        String name = "shared-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(name, PASSWORD, "test");
        return name;
    }
}
