package com.legacytraining.advisor.questionnaire.web;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.legacytraining.advisor.content.ContentService;
import com.legacytraining.advisor.content.PublishedContent;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * For web slices without a database: published content with no guidance and no advice texts, so
 * result pages render their structure with empty advice. The words of the advice are checked where
 * the real content is, in {@link AdviceWordingTests}.
 */
@TestConfiguration(proxyBeanMethods = false)
class NoAdviceTexts {

    @Bean
    ContentService contentService() {
        ContentService content = mock(ContentService.class);
        when(content.published()).thenReturn(new PublishedContent(0, List.of(), Map.of()));
        return content;
    }
}
