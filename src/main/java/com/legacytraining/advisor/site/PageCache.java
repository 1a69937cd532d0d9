package com.legacytraining.advisor.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Rendered public responses by address and content generation, bounded by their total size in
 * bytes ({@code advisor.cache.pages-max-size}); the least valuable are evicted first. An entry of
 * an older generation is never served: after a publish every address renders afresh once.
 */
@Component
class PageCache {

    private final Cache<Key, RenderedPage> pages;

    PageCache(@Value("${advisor.cache.pages-max-size:64MB}") DataSize maxSize) {
        this.pages = Caffeine.newBuilder()
                .maximumWeight(maxSize.toBytes())
                .weigher((Key key, RenderedPage page) -> key.address().length() * 2 + page.weight())
                .build();
    }

    /** The page rendered for this address in this generation, or {@code null}. */
    RenderedPage get(long generation, String address) {
        return pages.getIfPresent(new Key(generation, address));
    }

    void put(long generation, String address, RenderedPage page) {
        pages.put(new Key(generation, address), page);
    }

    /** How many bytes the kept pages weigh now, after pending evictions. */
    long weight() {
        pages.cleanUp();
        return pages.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }

    /** @param address the request URL and query string, exactly as sent */
    private record Key(long generation, String address) {
    }
}
