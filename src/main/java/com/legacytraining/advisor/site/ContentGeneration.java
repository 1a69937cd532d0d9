package com.legacytraining.advisor.site;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.LongFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A counter in the database that every publish moves on, inside the publishing transaction. Caches
 * remember the generation they were built from and rebuild when it differs, so every instance on a
 * shared database shows a publish on its next request.
 * <p>
 * Reading it is the one freshness check a request makes: the first read in a request is kept for
 * the rest of it (the page cache, published content and the questionnaire all ask), and one small
 * query answers it.
 */
@Component
public class ContentGeneration {

    private static final String REQUEST_ATTRIBUTE = ContentGeneration.class.getName();

    private final JdbcClient jdbc;

    ContentGeneration(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current generation, read once per request (every time outside a request). */
    public long current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object kept = request == null ? null : request.getAttribute(REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (kept instanceof Long generation) {
            return generation;
        }
        long generation = read();
        if (request != null) {
            request.setAttribute(REQUEST_ATTRIBUTE, generation, RequestAttributes.SCOPE_REQUEST);
        }
        return generation;
    }

    /** {@link #current()} for a filter that runs before the request is bound to the thread. */
    long current(HttpServletRequest request) {
        if (request.getAttribute(REQUEST_ATTRIBUTE) instanceof Long generation) {
            return generation;
        }
        long generation = read();
        request.setAttribute(REQUEST_ATTRIBUTE, generation);
        return generation;
    }

    /**
     * A cache of {@code loader}'s value that rebuilds when this generation moves on; the loader is
     * given the generation it loads for.
     */
    public <T> GenerationCache<T> cache(LongFunction<T> loader) {
        return new GenerationCache<>(this, loader);
    }

    /**
     * Moves the generation on. Must run inside the transaction that publishes, so the bump and the
     * change commit together. The rest of this request reads the generation afresh.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void bump() {
        jdbc.sql("update content_generation set generation = generation + 1 where id = 1").update();
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        }
    }

    private long read() {
        return jdbc.sql("select generation from content_generation where id = 1").query(Long.class).single();
    }
}
