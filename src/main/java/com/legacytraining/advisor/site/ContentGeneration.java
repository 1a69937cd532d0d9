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
 * Reading it is the one freshness check a public request makes: the page cache filter reads it
 * first and keeps it on the request, where published content and the questionnaire find it; one
 * small query answers it. Other requests (admin pages, form posts) read it when they need it.
 */
@Component
public class ContentGeneration {

    private static final String REQUEST_ATTRIBUTE = ContentGeneration.class.getName();

    private final JdbcClient jdbc;

    ContentGeneration(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current generation: as the page cache filter read it for this request, or from the database. */
    public long current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object kept = request == null ? null : request.getAttribute(REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return kept instanceof Long generation ? generation : read();
    }

    /** Reads the current generation and keeps it on the request for the rest of it. */
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
