package com.legacytraining.advisor.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What Tomcat refuses before the application sees it still gets the site's security headers and
 * page. Same configuration as the browser tests, so it shares their running server.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1" })
class ContainerErrorPageTests {

    @LocalServerPort
    int port;

    @Test
    void aPathTheContainerRefusesGetsTheSecurityHeadersAndThePlainSitePage() throws Exception {
        String response = raw("GET /guidance/a%00b HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).contains("Content-Security-Policy: default-src 'self'", "X-Content-Type-Options: nosniff",
                "X-Frame-Options: DENY", "Referrer-Policy: strict-origin-when-cross-origin");
        assertThat(response).contains("Sorry, we could not handle that request", "href=\"/\"")
                .doesNotContain("Apache Tomcat", "Exception");
    }

    private String raw(String request) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
