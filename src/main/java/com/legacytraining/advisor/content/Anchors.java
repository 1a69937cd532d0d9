package com.legacytraining.advisor.content;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Makes readable, unique fragment ids ("what-pmva-is-designed-to-do") from headings. */
final class Anchors {

    /** Ids the page templates use themselves. */
    private static final List<String> RESERVED = List.of("main-content", "on-this-page", "key-points", "faq",
            "questionnaire-cta");

    private final Set<String> used = new HashSet<>(RESERVED);

    String idFor(String prefix, String text) {
        String slug = text.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        String base = prefix + (slug.isEmpty() ? "item" : slug);
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
