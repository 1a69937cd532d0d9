package com.legacytraining.advisor.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.springframework.util.DigestUtils;

/**
 * One rendered response kept by the {@link PageCache}: its body (and the same body gzipped, when
 * that is smaller), its strong ETag, and every header it was sent with the first time (content
 * type, caching and all security headers), so a cached answer is the same as a fresh one.
 *
 * @param headers header name to values, in the order first sent; never Set-Cookie
 * @param gzipped the body gzipped, or {@code null} when compressing does not make it smaller
 */
record RenderedPage(Map<String, List<String>> headers, byte[] body, byte[] gzipped, String etag) {

    // Below this, gzip's header and framing cost about what they save.
    private static final int MIN_COMPRESSIBLE_BYTES = 512;

    static RenderedPage of(Map<String, List<String>> headers, byte[] body) {
        return new RenderedPage(Collections.unmodifiableMap(new LinkedHashMap<>(headers)), body, gzip(body),
                "\"0" + DigestUtils.md5DigestAsHex(body) + "\"");
    }

    /** What the page costs the cache to hold, in bytes, for its bound. */
    int weight() {
        return body.length + (gzipped == null ? 0 : gzipped.length) + 512;
    }

    private static byte[] gzip(byte[] body) {
        if (body.length < MIN_COMPRESSIBLE_BYTES) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] compressed = out.toByteArray();
        return compressed.length < body.length ? compressed : null;
    }
}
