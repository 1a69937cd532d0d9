package com.legacytraining.advisor.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Optional;

/**
 * Everything the public site shows, as of one content generation: the guidance pages and the advice
 * texts of the result page by their keys. Immutable, so one instance can be shared by every request
 * until the next publish.
 */
public record PublishedContent(long generation, List<Page> pages, Map<String, Advice> advice) {

    /**
     * The published advice text with this key ({@code rule.no-holds-cap}, {@code caveat.complete-tna},
     * {@code provider.refreshers}, {@code next.tna}, {@code limits.law}, {@code tna.plans}); an empty one
     * if there is none, which a test keeps from happening for any key the questionnaire uses.
     */
    public Advice advice(String key) {
        return advice.getOrDefault(key, Advice.NONE);
    }

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
            String keyPointsIntro, LocalDate lastUpdated, Review review, List<Section> sections,
            List<KeyPointView> keyPoints, List<Faq> faqs) {
    }

    /**
     * When an expert last checked a page and when the next check is due, as readers are shown them
     * ("Page last reviewed: 30 November 2026. Next review due: 30 November 2027").
     */
    public record Review(LocalDate lastReviewed, LocalDate nextReviewDue) {

        /** A page never marked as reviewed counts as reviewed when it was last changed. */
        static Review of(GuidanceReview review, LocalDate lastUpdated) {
            return review == null
                    ? new Review(lastUpdated, lastUpdated.plusMonths(GuidanceReview.DEFAULT_INTERVAL_MONTHS))
                    : new Review(review.getLastReviewed(), review.nextReviewDue());
        }
    }

    /** A section; {@code html} is sanitised. */
    public record Section(String anchor, String heading, String html) {
    }

    public record KeyPointView(String pageSlug, String title, String body) {
    }

    /**
     * An advice text: a title (a rule's or caveat's heading, or the question to ask a provider), its
     * body as sanitised HTML, and a rule's source.
     *
     * @param title {@code null} for an advice note, which has none
     * @param source {@code null} except for a rule
     * @param readMore the published guidance sections the text cites, as links to read them
     */
    public record Advice(String title, String html, String source, List<Link> readMore) {

        static final Advice NONE = new Advice("", "", "", List.of());

        private static final Pattern ONE_PARAGRAPH = Pattern.compile("(?s)\\s*<p>((?:(?!</?p>).)*)</p>\\s*");

        /**
         * The body for a place where only inline text may stand (a list item, a sentence): without
         * the paragraph around it when it is one paragraph, as seeded advice is; as it is otherwise.
         */
        public String inlineHtml() {
            Matcher paragraph = ONE_PARAGRAPH.matcher(html);
            return paragraph.matches() ? paragraph.group(1) : html;
        }
    }

    /** A link to a guidance section: its heading and its site-relative address with the anchor. */
    public record Link(String text, String href) {
    }

    /** An FAQ entry; {@code answerHtml} is sanitised. */
    public record Faq(String pageSlug, String anchor, String question, String answerHtml) {
    }
}
