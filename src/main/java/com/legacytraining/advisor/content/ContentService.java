package com.legacytraining.advisor.content;

import com.legacytraining.advisor.site.ContentGeneration;
import com.legacytraining.advisor.site.GenerationCache;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the published guidance. The whole published set is small, so it is loaded at once and kept
 * in memory until the content generation in the database moves on; every instance then reloads on
 * its next request, which keeps several instances behind one database consistent.
 */
@Service
public class ContentService {

    private final GuidancePages pages;
    private final GuidanceSections sections;
    private final KeyPoints keyPoints;
    private final FaqEntries faqEntries;
    private final GuidanceReviews reviews;
    private final AdviceTexts adviceTexts;
    private final GenerationCache<PublishedContent> cache;

    ContentService(GuidancePages pages, GuidanceSections sections, KeyPoints keyPoints,
            FaqEntries faqEntries, GuidanceReviews reviews, AdviceTexts adviceTexts, ContentGeneration generation) {
        this.adviceTexts = adviceTexts;
        this.pages = pages;
        this.reviews = reviews;
        this.sections = sections;
        this.keyPoints = keyPoints;
        this.faqEntries = faqEntries;
        this.cache = generation.cache(this::load);
    }

    @Transactional(readOnly = true)
    public PublishedContent published() {
        return cache.get();
    }

    private PublishedContent load(long currentGeneration) {
        Map<Long, List<GuidanceSection>> sectionsByPage = sections.findByArchivedFalseAndPublishedTrueOrderByPageIdAscPositionAscIdAsc()
                .stream().collect(Collectors.groupingBy(GuidanceSection::getPageId));
        Map<Long, List<KeyPoint>> keyPointsByPage = keyPoints.findByArchivedFalseAndPublishedTrueOrderByPageIdAscPositionAscIdAsc()
                .stream().collect(Collectors.groupingBy(KeyPoint::getPageId));
        Map<Long, List<FaqEntry>> faqsByPage = faqEntries.findByArchivedFalseAndPublishedTrueOrderByPageIdAscPositionAscIdAsc()
                .stream().collect(Collectors.groupingBy(FaqEntry::getPageId));
        Map<Long, GuidanceReview> reviewByPage = reviews.findAll().stream()
                .collect(Collectors.toMap(GuidanceReview::getPageId, review -> review));
        Anchors faqAnchors = new Anchors();

        List<PublishedContent.Page> published = pages.findByArchivedFalseAndPublishedTrueOrderByPositionAscIdAsc().stream()
                .map(page -> {
                    Anchors sectionAnchors = new Anchors();
                    return new PublishedContent.Page(page.getSlug(), page.getCategory(), page.getTitle(),
                            page.getSummary(), page.getIntro(), page.getKeyPointsIntro(), page.getLastUpdated(),
                            PublishedContent.Review.of(reviewByPage.get(page.getId()), page.getLastUpdated()),
                            sectionsByPage.getOrDefault(page.getId(), List.of()).stream()
                                    .map(section -> new PublishedContent.Section(
                                            sectionAnchors.idFor("", section.getHeading()),
                                            section.getHeading(), section.getBodyHtml()))
                                    .toList(),
                            keyPointsByPage.getOrDefault(page.getId(), List.of()).stream()
                                    .map(point -> new PublishedContent.KeyPointView(page.getSlug(),
                                            point.getTitle(), point.getBody()))
                                    .toList(),
                            faqsByPage.getOrDefault(page.getId(), List.of()).stream()
                                    .map(faq -> new PublishedContent.Faq(page.getSlug(),
                                            faqAnchors.idFor("faq-", faq.getQuestion()),
                                            faq.getQuestion(), faq.getAnswerHtml()))
                                    .toList());
                })
                .toList();
        Map<String, PublishedContent.Advice> advice = adviceTexts.findByPublishedTrue().stream()
                .collect(Collectors.toUnmodifiableMap(AdviceText::getAdviceKey, text -> new PublishedContent.Advice(
                        text.getTitle(), text.getBodyHtml(), text.getSource())));
        return new PublishedContent(currentGeneration, published, advice);
    }
}
