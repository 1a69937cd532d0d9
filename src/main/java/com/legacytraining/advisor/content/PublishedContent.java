package com.legacytraining.advisor.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything the public site shows, as of one content generation. Immutable, so one instance can be
 * shared by every request until the next publish.
 */
public record PublishedContent(long generation, List<Page> pages) {

    public Optional<Page> page(String slug) {
        return pages.stream().filter(page -> page.slug().equals(slug)).findFirst();
    }

    public List<KeyPointView> keyPoints() {
        return pages.stream().flatMap(page -> page.keyPoints().stream()).toList();
    }

    public List<Faq> faqs() {
        return pages.stream().flatMap(page -> page.faqs().stream()).toList();
    }

    public record Page(String slug, String category, String title, String summary, String intro,
            String keyPointsIntro, LocalDate lastUpdated, List<Section> sections,
            List<KeyPointView> keyPoints, List<Faq> faqs) {
    }

    /** A section; {@code html} is sanitised. */
    public record Section(String anchor, String heading, String html) {
    }

    public record KeyPointView(String pageSlug, String title, String body) {
    }

    /** An FAQ entry; {@code answerHtml} is sanitised. */
    public record Faq(String pageSlug, String anchor, String question, String answerHtml) {
    }
}
