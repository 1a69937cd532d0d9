package com.legacytraining.advisor.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class PageCacheBoundTests {

    @Test
    void manyDistinctResultAddressesNeverGrowTheCachePastItsLimit() {
        PageCache cache = new PageCache(DataSize.ofKilobytes(256));
        byte[] body = new byte[4096];
        for (int i = 0; i < 2_000; i++) {
            cache.put(1, "http://localhost/questionnaire/result?setting=a&n=" + i,
                    RenderedPage.of(Map.of("Content-Type", List.of("text/html")), body));
        }

        assertThat(cache.weight()).isPositive().isLessThanOrEqualTo(DataSize.ofKilobytes(256).toBytes());
    }

    @Test
    void aPageOfAnOlderGenerationIsNeverServed() {
        PageCache cache = new PageCache(DataSize.ofMegabytes(1));
        cache.put(7, "http://localhost/faq", RenderedPage.of(Map.of(), "old".getBytes()));

        assertThat(cache.get(8, "http://localhost/faq")).isNull();
        assertThat(cache.get(7, "http://localhost/faq")).isNotNull();
    }
}
