package com.legacytraining.advisor.questionnaire.web;

import com.legacytraining.advisor.TestClockConfiguration;
import com.legacytraining.advisor.admin.SecuritySliceConfiguration;
import com.legacytraining.advisor.questionnaire.scoring.Counterfactuals;
import com.legacytraining.advisor.questionnaire.scoring.ScoringService;
import com.legacytraining.advisor.questionnaire.editing.QuestionnaireVersions;
import com.legacytraining.advisor.site.SiteProperties;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The public questionnaire's web layer alone: its two controllers, the site's advice, templates and
 * security rules, and the real {@link ScoringService} (a pure function, so a result here is the result a
 * visitor gets). No database: a test class supplies the questionnaire with
 * {@code @MockitoBean QuestionnaireService}. Test classes that use this exact annotation and mock share
 * one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest({ QuestionnaireController.class, RecommendationApiController.class })
@Import({ ScoringService.class, Counterfactuals.class, PdfRenderer.class, PlanReader.class, NoAdviceTexts.class,
        TestClockConfiguration.class, SecuritySliceConfiguration.class })
// Plans carried through the journey read earlier versions from the revision history: none here.
@MockitoBean(types = QuestionnaireVersions.class)
// The layout shows the site's name (advisor.site.* in application.properties).
@EnableConfigurationProperties(SiteProperties.class)
@interface QuestionnaireWebSlice {
}
