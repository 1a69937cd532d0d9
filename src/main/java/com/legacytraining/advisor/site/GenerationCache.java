package com.legacytraining.advisor.site;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongFunction;

/**
 * One value built from the database and kept until the {@link ContentGeneration} moves on, so every
 * instance on a shared database rebuilds it on the request after a publish. Thread-safe; two
 * requests racing after a publish may both build it, which is harmless. Make one with
 * {@link ContentGeneration#cache}.
 *
 * @param <T> the cached value, immutable: one instance is shared by every request
 */
public final class GenerationCache<T> {

    private final ContentGeneration generation;
    private final LongFunction<T> loader;
    private final AtomicReference<Entry<T>> entry = new AtomicReference<>();

    GenerationCache(ContentGeneration generation, LongFunction<T> loader) {
        this.generation = generation;
        this.loader = loader;
    }

    /** The value for the current generation, built now if the cached one is older. */
    public T get() {
        long current = generation.current();
        Entry<T> cached = entry.get();
        if (cached != null && cached.generation() == current) {
            return cached.value();
        }
        T fresh = loader.apply(current);
        entry.set(new Entry<>(current, fresh));
        return fresh;
    }

    private record Entry<T>(long generation, T value) {
    }
}
