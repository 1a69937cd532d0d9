package com.legacytraining.advisor.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;

/**
 * Sends the sweep's probes to a running server as raw HTTP/1.1, byte for byte as written, so a
 * malformed query string or an encoded NUL reaches Tomcat exactly as a hostile client would send it
 * (an HTTP client library would refuse to), and asks for HTML as a browser does. It sends no session
 * and so no CSRF token.
 */
final class SocketClient implements RouteSweep.Client {

    private static final int MAX_BODY_KEPT = 64 * 1024;

    private final int port;

    SocketClient(int port) {
        this.port = port;
    }

    @Override
    public RouteSweep.Answer send(RouteSweep.Probe probe) throws IOException {
        String uri = probe.rawQuery() == null ? probe.uri() : probe.path() + "?" + probe.rawQuery();
        byte[] body = probe.body() != null ? probe.body().getBytes(StandardCharsets.UTF_8)
                : probe.parametersInQuery() ? new byte[0] : probe.encodedParameters().getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(probe.method()).append(' ').append(uri).append(" HTTP/1.1\r\n")
                .append("Host: localhost:").append(port).append("\r\n").append("Connection: close\r\n")
                .append("Accept: text/html,application/xhtml+xml,*/*;q=0.8\r\n");
        if (body.length > 0 || !probe.parametersInQuery()) {
            String type = probe.contentType() != null ? probe.contentType() : "application/x-www-form-urlencoded";
            head.append("Content-Type: ").append(type).append("\r\nContent-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.toString().getBytes(StandardCharsets.UTF_8));
                out.write(body);
                out.flush();
            } catch (IOException closed) {
                // Tomcat answers a request too large at once and closes: its answer is still there to read.
            }
            return read(socket.getInputStream(), probe.method().equals("HEAD"));
        }
    }

    private static RouteSweep.Answer read(InputStream in, boolean head) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        HttpHeaders headers = new HttpHeaders();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.add(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (!head) {
            byte[] buffer = new byte[8192];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                if (body.size() < MAX_BODY_KEPT) {
                    body.write(buffer, 0, read);
                }
            }
        }
        return new RouteSweep.Answer(status, headers, headers.getFirst(HttpHeaders.CONTENT_TYPE),
                body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int next = in.read(); next >= 0 && next != '\n'; next = in.read()) {
            if (next != '\r') {
                line.write(next);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
