package com.legacytraining.advisor.content.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import com.legacytraining.advisor.Html;
import com.legacytraining.advisor.SiteSliceConfiguration;
import com.legacytraining.advisor.content.ContentArrangement;
import com.legacytraining.advisor.content.ContentEditing;
import com.legacytraining.advisor.content.ContentKind;
import com.legacytraining.advisor.content.ContentSnapshot;
import com.legacytraining.advisor.content.ContentState;
import com.legacytraining.advisor.history.SaveOutcome;
import java.time.Instant;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import com.legacytraining.advisor.content.ContentReviews;
import com.legacytraining.advisor.content.CrossReferences;
import java.time.LocalDate;

/** The content editor's form: what it refuses and how, what preview skips, and where a valid save goes. */
@WebMvcTest(ContentAdminController.class)
@Import(SiteSliceConfiguration.class)
class ContentAdminControllerTests {

    private static final long FAQ_ID = 7;
    private static final long PAGE_ID = 3;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ContentEditing editing;

    @MockitoBean
    ContentArrangement arrangement;

    @MockitoBean
    ContentReviews reviews;

    @MockitoBean
    CrossReferences crossReferences;

    @BeforeEach
    void items() {
        when(reviews.state(PAGE_ID)).thenReturn(new ContentReviews.ReviewState(PAGE_ID, "A page",
                LocalDate.of(2026, 11, 27), 12, LocalDate.of(2027, 11, 27), false));
        when(editing.item(ContentKind.FAQ, FAQ_ID)).thenReturn(snapshot(ContentKind.FAQ, FAQ_ID,
                Map.of("question", "What is breakaway?", "answer", "Ways to get free.")));
        when(editing.item(ContentKind.PAGE, PAGE_ID)).thenReturn(snapshot(ContentKind.PAGE, PAGE_ID,
                Map.of("title", "A page", "slug", "a-page", "category", "Guide", "summary", "S", "intro", "I",
                        "keyPointsIntro", "K")));
    }

    @Test
    void aBlankFieldIsRefusedWithItsMessageAndEverythingTypedIsKept() throws Exception {
        Document page = Html.parse(mvc.perform(faq("save", "  ", "Text I must not lose.").param("changeNote", "A note"))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/content/edit"))
                .andExpect(model().attributeHasFieldErrorCode("form", "fields[question]", "FieldsFitKind"))
                .andExpect(model().attributeErrorCount("form", 1))
                .andReturn());

        assertThat(page.title()).startsWith("Error:");
        assertThat(page.select(".error-summary a")).extracting(a -> a.attr("href"), a -> a.text())
                .containsExactly(tuple("#field-question", "Question: Enter a value"));
        assertThat(page.select("#field-question-error").text()).isEqualTo("Error: Enter a value");
        assertThat(page.select("#field-question").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#field-answer").text()).isEqualTo("Text I must not lose.");
        assertThat(page.select("#field-changeNote").val()).isEqualTo("A note");
        verify(editing, never()).saveDraft(any(), anyLong(), anyLong(), anyMap(), anyString(), any());
    }

    @Test
    void fieldsLongerThanTheirKindAllowsAndALongChangeNoteAreRefused() throws Exception {
        Document page = Html.parse(mvc.perform(faq("publish", "q".repeat(301), "An answer.")
                        .param("changeNote", "n".repeat(501)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "fields[question]", "changeNote"))
                .andReturn());

        assertThat(page.select(".error-summary a")).extracting(a -> a.text())
                .containsExactly("Question: This is too long", "Change note (optional): This is too long");
        verify(editing, never()).publish(any(), anyLong(), anyLong(), anyMap(), any(), anyBoolean(), anyString(), any());
    }

    @Test
    void aSlugMustBeLowerCaseWordsAndNotTakenByAnotherPage() throws Exception {
        mvc.perform(page("save", "Not A Slug"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "fields[slug]"));

        when(editing.slugTakenByAnotherPage("taken-slug", PAGE_ID)).thenReturn(true);
        Document page = Html.parse(mvc.perform(page("save", "taken-slug"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "fields[slug]", "edit.error.slugTaken"))
                .andReturn());

        assertThat(page.select(".error-summary a")).extracting(a -> a.attr("href"), a -> a.text())
                .containsExactly(tuple("#field-slug",
                        "Web address (slug): Another guidance page already uses this web address"));
        verify(editing, never()).saveDraft(any(), anyLong(), anyLong(), anyMap(), anyString(), any());
    }

    @Test
    void previewShowsTheTextWithoutCheckingOrSavingIt() throws Exception {
        when(editing.preview(eq(ContentKind.FAQ), anyMap())).thenReturn(Map.of("answer", "<p>Rendered</p>"));

        mvc.perform(faq("preview", "", "Rendered"))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/content/edit"))
                .andExpect(model().attribute("previewing", true))
                .andExpect(model().hasNoErrors());

        verify(editing, never()).saveDraft(any(), anyLong(), anyLong(), anyMap(), anyString(), any());
    }

    @Test
    void aValidSaveGoesBackToTheItemWithAMessage() throws Exception {
        when(editing.saveDraft(eq(ContentKind.FAQ), eq(FAQ_ID), eq(4L), anyMap(), eq("alice"), any()))
                .thenReturn(new SaveOutcome.Saved<>());

        mvc.perform(faq("save", "What is breakaway?", "A shorter answer."))
                .andExpect(redirectedUrl("/admin/content/faq/" + FAQ_ID))
                .andExpect(flash().attribute("message", "edit.flash.saved"));

        verify(editing).saveDraft(eq(ContentKind.FAQ), eq(FAQ_ID), eq(4L),
                eq(Map.of("question", "What is breakaway?", "answer", "A shorter answer.")), eq("alice"), any());
    }

    @Test
    void aVersionThatIsNotANumberIsTreatedAsStale() throws Exception {
        ContentSnapshot latest = editing.item(ContentKind.FAQ, FAQ_ID);
        when(editing.saveDraft(eq(ContentKind.FAQ), eq(FAQ_ID), eq(-1L), anyMap(), eq("alice"), any()))
                .thenReturn(new SaveOutcome.Conflict<>(latest));

        mvc.perform(faq("save", "What is breakaway?", "An answer.").param("version", "abc"))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/content/conflict"))
                .andExpect(model().hasNoErrors());
    }

    private MockHttpServletRequestBuilder faq(String action, String question, String answer) {
        return post("/admin/content/faq/{id}", FAQ_ID).with(csrf()).with(user("alice").roles("ADMIN"))
                .param("action", action).param("version", "4")
                .param("fields[question]", question).param("fields[answer]", answer);
    }

    private MockHttpServletRequestBuilder page(String action, String slug) {
        return post("/admin/content/page/{id}", PAGE_ID).with(csrf()).with(user("alice").roles("ADMIN"))
                .param("action", action).param("version", "4")
                .param("fields[title]", "A page").param("fields[slug]", slug).param("fields[category]", "Guide")
                .param("fields[summary]", "S").param("fields[intro]", "I").param("fields[keyPointsIntro]", "K");
    }

    private static ContentSnapshot snapshot(ContentKind kind, long id, Map<String, String> fields) {
        return new ContentSnapshot(kind, id, kind.belongsToPage() ? PAGE_ID : null, fields.values().iterator().next(),
                4, fields, null, ContentState.PUBLISHED, "bob", Instant.parse("2025-01-01T10:00:00Z"));
    }
}
