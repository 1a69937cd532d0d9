package com.legacytraining.advisor.site;

import java.util.function.LongFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A counter in the database that every publish moves on, inside the publishing transaction. Caches
 * remember the generation they were built from and rebuild when it differs, so no instance serves
 * content older than the last commit.
 */
@Component
public class ContentGeneration {

    private final JdbcClient jdbc;

    ContentGeneration(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public long current() {
        return jdbc.sql("select generation from content_generation where id = 1").query(Long.class).single();
    }

    /**
     * A cache of {@code loader}'s value that rebuilds when this generation moves on; the loader is
     * given the generation it loads for. Call {@code get()}
     * inside a read-only transaction, so the generation and the value are read from the same snapshot.
     */
    public <T> GenerationCache<T> cache(LongFunction<T> loader) {
        return new GenerationCache<>(this, loader);
    }

    /** Must run inside the transaction that publishes, so the bump and the change commit together. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void bump() {
        jdbc.sql("update content_generation set generation = generation + 1 where id = 1").update();
    }
}
