package com.legacytraining.advisor.content;

import com.legacytraining.advisor.site.ContentGeneration;
import com.legacytraining.advisor.site.GenerationCache;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
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
    private final CrossReferences crossReferences;
    private final GenerationCache<PublishedContent> cache;

    ContentService(GuidancePages pages, GuidanceSections sections, KeyPoints keyPoints,
            FaqEntries faqEntries, GuidanceReviews reviews, AdviceTexts adviceTexts, CrossReferences crossReferences,
            ContentGeneration generation) {
        this.adviceTexts = adviceTexts;
        this.crossReferences = crossReferences;
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

        Map<Long, PublishedContent.Link> sectionLinks = new HashMap<>();
        List<PublishedContent.Page> published = new ArrayList<>();
        for (GuidancePage page : pages.findByArchivedFalseAndPublishedTrueOrderByPositionAscIdAsc()) {
            Anchors sectionAnchors = new Anchors();
            List<PublishedContent.Section> pageSections = new ArrayList<>();
            for (GuidanceSection section : sectionsByPage.getOrDefault(page.getId(), List.of())) {
                String anchor = sectionAnchors.idFor("", section.getHeading());
                pageSections.add(new PublishedContent.Section(anchor, section.getHeading(), section.getBodyHtml()));
                sectionLinks.put(section.getId(), new PublishedContent.Link(section.getHeading(),
                        "/guidance/" + page.getSlug() + "#" + anchor));
            }
            published.add(new PublishedContent.Page(page.getSlug(), page.getCategory(), page.getTitle(),
                    page.getSummary(), page.getIntro(), page.getKeyPointsIntro(), page.getLastUpdated(),
                    PublishedContent.Review.of(reviewByPage.get(page.getId()), page.getLastUpdated()),
                    List.copyOf(pageSections),
                    keyPointsByPage.getOrDefault(page.getId(), List.of()).stream()
                            .map(point -> new PublishedContent.KeyPointView(page.getSlug(),
                                    point.getTitle(), point.getBody()))
                            .toList(),
                    faqsByPage.getOrDefault(page.getId(), List.of()).stream()
                            .map(faq -> new PublishedContent.Faq(page.getSlug(),
                                    faqAnchors.idFor("faq-", faq.getQuestion()),
                                    faq.getQuestion(), faq.getAnswerHtml()))
                            .toList()));
        }
        Map<Long, List<Long>> citedSections = crossReferences.sectionsByAdvice();
        Map<String, PublishedContent.Advice> advice = adviceTexts.findByPublishedTrue().stream()
                .collect(Collectors.toUnmodifiableMap(AdviceText::getAdviceKey, text -> new PublishedContent.Advice(
                        text.getTitle(), text.getBodyHtml(), text.getSource(),
                        // Only sections still on the site: an archived one has no page to link to.
                        citedSections.getOrDefault(text.getId(), List.of()).stream()
                                .map(sectionLinks::get).filter(Objects::nonNull).toList())));
        return new PublishedContent(currentGeneration, published, advice);
    }
}
