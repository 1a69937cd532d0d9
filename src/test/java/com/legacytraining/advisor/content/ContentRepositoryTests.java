package com.legacytraining.advisor.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;

// The configured database, not an embedded one in its place: in-memory H2, or PostgreSQL in that run.
@DataJpaTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
class ContentRepositoryTests {

    @Autowired
    GuidancePages pages;

    @Autowired
    GuidanceSections sections;

    @Autowired
    KeyPoints keyPoints;

    @Autowired
    FaqEntries faqEntries;

    @Test
    void migrationsSeedTheSourceGuidancePage() {
        List<GuidancePage> published = pages.findByArchivedFalseAndPublishedTrueOrderByPositionAscIdAsc();

        assertThat(published).singleElement().satisfies(page -> {
            assertThat(page.getSlug()).isEqualTo("pmva-vs-breakaway-training");
            assertThat(page.getTitle()).isEqualTo("PMVA vs Breakaway Training");
            assertThat(page.getCategory()).isEqualTo("PMVA Guidance");
            assertThat(page.getSummary()).startsWith("A practical guide to the difference");
            assertThat(page.getKeyPointsIntro()).isEqualTo("Quick practical takeaways from this resource.");
        });
    }

    @Test
    void sectionsComeBackInReadingOrder() {
        assertThat(sections.findByArchivedFalseAndPublishedTrueOrderByPageIdAscPositionAscIdAsc())
                .extracting(GuidanceSection::getHeading)
                .containsExactly("PMVA vs breakaway training", "What PMVA is designed to do",
                        "What breakaway training is designed to do", "Why the distinction matters",
                        "How to choose the right approach", "How Legacy Training Services supports organisations");
    }

    @Test
    void keyPointsComeBackInOrder() {
        assertThat(keyPoints.findByArchivedFalseAndPublishedTrueOrderByPageIdAscPositionAscIdAsc())
                .extracting(KeyPoint::getTitle)
                .containsExactly("PMVA is broader", "Breakaway is usually narrower", "Choose by risk profile");
    }

    @Test
    void faqEntriesComeBackInOrder() {
        assertThat(faqEntries.findByArchivedFalseAndPublishedTrueOrderByPageIdAscPositionAscIdAsc())
                .extracting(FaqEntry::getQuestion)
                .containsExactly("Is PMVA the same as breakaway training?",
                        "Can some settings need PMVA rather than breakaway training?",
                        "How should an organisation choose between them?");
    }

    @Test
    void seededHtmlIsWhatTheRendererMakesOfTheSeededMarkdown() {
        MarkdownRenderer renderer = new MarkdownRenderer();

        assertThat(sections.findAll()).allSatisfy(section ->
                assertThat(section.getBodyHtml()).isEqualTo(renderer.toSafeHtml(section.getBodyMarkdown())));
        assertThat(faqEntries.findAll()).allSatisfy(faq ->
                assertThat(faq.getAnswerHtml()).isEqualTo(renderer.toSafeHtml(faq.getAnswerMarkdown())));
    }
}
