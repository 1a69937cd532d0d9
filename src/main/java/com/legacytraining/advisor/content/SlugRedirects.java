package com.legacytraining.advisor.content;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Old addresses of renamed guidance pages, so links and bookmarks keep working (answered with 301). */
@Component
public class SlugRedirects {

    private final JdbcClient jdbc;

    SlugRedirects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current slug of the live page that used to be at {@code oldSlug}, if any. */
    @Transactional(readOnly = true)
    public Optional<String> currentSlugFor(String oldSlug) {
        return jdbc.sql("""
                select p.slug from slug_redirect r join guidance_page p on p.id = r.page_id
                where r.old_slug = ? and p.published = true and p.archived = false
                """).param(oldSlug).query(String.class).optional();
    }

    /**
     * Records that {@code page} moved from {@code oldSlug} (null when it had no public address).
     * The page's own new slug stops redirecting anywhere else.
     */
    @Transactional
    void pageMoved(String oldSlug, GuidancePage page) {
        jdbc.sql("delete from slug_redirect where old_slug = ?").param(page.getSlug()).update();
        if (oldSlug != null && !oldSlug.equals(page.getSlug())) {
            jdbc.sql("delete from slug_redirect where old_slug = ?").param(oldSlug).update();
            jdbc.sql("insert into slug_redirect (old_slug, page_id) values (?, ?)").params(oldSlug, page.getId()).update();
        }
    }
}
