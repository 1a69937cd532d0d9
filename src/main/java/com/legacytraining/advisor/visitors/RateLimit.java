package com.legacytraining.advisor.visitors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * At most so many requests per address in an hour (a fixed window that starts with the address's
 * first request). Kept in memory and bounded, so a flood of addresses cannot exhaust the heap; each
 * instance counts on its own, which is enough to stop a script filling the inbox.
 */
public final class RateLimit {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final int perHour;
    private final Clock clock;
    private final Cache<String, Window> windows = Caffeine.newBuilder().maximumSize(50_000)
            .expireAfterWrite(WINDOW).build();

    RateLimit(int perHour, Clock clock) {
        this.perHour = perHour;
        this.clock = clock;
    }

    /** Counts one request from this address; {@code false} if it is over the limit. */
    public boolean tryAcquire(String address) {
        Instant now = clock.instant();
        Window window = windows.asMap().compute(address, (key, current) ->
                current == null || !now.isBefore(current.start.plus(WINDOW)) ? new Window(now, 1)
                        : new Window(current.start, current.count + 1));
        return window.count <= perHour;
    }

    private record Window(Instant start, int count) {
    }
}
