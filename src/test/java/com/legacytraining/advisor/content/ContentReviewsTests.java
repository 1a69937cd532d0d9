package com.legacytraining.advisor.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.legacytraining.advisor.Html;
import com.legacytraining.advisor.IsolatedWebIntegrationTest;
import com.legacytraining.advisor.MutableClock;
import com.legacytraining.advisor.history.AuditLog;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Review dates of guidance pages: shown to readers, listed on the dashboard when due, and set by
 * "Mark as reviewed" or a publish the admin says was a review, never by a change alone. The clock
 * only moves forward, so every date here is reckoned from its current day.
 */
@IsolatedWebIntegrationTest
class ContentReviewsTests {

    private static final RequestPostProcessor ALICE = user("alice").roles("ADMIN");
    private static final String SLUG = "pmva-vs-breakaway-training";
    /** When the seeded page was written, and so last reviewed. */
    private static final LocalDate SEEDED = LocalDate.of(2026, 11, 27);

    @Autowired
    MockMvc mvc;

    @Autowired
    ContentReviews reviews;

    @Autowired
    ContentEditing editing;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Test
    void theDashboardListsPagesOverdueAndDueWithinThirtyDaysTheLongestOverdueFirst() throws Exception {
        long seeded = pageId(SLUG);
        long second = newPublishedPage();
        reviews.markReviewed(second, 1, "", "alice"); // due a month from today, well before the seeded page

        moveTo(SEEDED.plusMonths(12).minusDays(ContentReviews.DUE_SOON_DAYS + 1));
        assertThat(reviews.dueSoon()).extracting(ContentReviews.ReviewState::pageId).doesNotContain(seeded);

        moveTo(SEEDED.plusMonths(12).minusDays(10));
        assertThat(reviews.dueSoon()).filteredOn(state -> state.pageId() == seeded).singleElement()
                .satisfies(state -> {
                    assertThat(state.nextReviewDue()).isEqualTo(SEEDED.plusMonths(12));
                    assertThat(state.overdue()).isFalse();
                });
        assertThat(reviews.dueSoon()).extracting(ContentReviews.ReviewState::pageId).containsSubsequence(second, seeded);
        assertThat(reviews.dueSoon()).filteredOn(state -> state.pageId() == second).singleElement()
                .satisfies(state -> assertThat(state.overdue()).isTrue());

        Document dashboard = Html.parse(mvc.perform(get("/admin").with(ALICE)).andExpect(status().isOk()).andReturn());
        List<String> rows = dashboard.select("section[aria-labelledby=reviews-heading] tbody tr").eachText();
        assertThat(rows).filteredOn(row -> row.contains(editing.page(second).label())).singleElement()
                .satisfies(row -> assertThat(row).contains("Overdue"));
        assertThat(rows).filteredOn(row -> row.contains("PMVA vs Breakaway Training")).singleElement()
                .satisfies(row -> assertThat(row).contains("27 November 2027").doesNotContain("Overdue"));
        assertThat(rows).as("the longest overdue first").isEqualTo(reviews.dueSoon().stream()
                .map(state -> rows.stream().filter(row -> row.contains(state.title())).findFirst().orElseThrow())
                .toList());

        reviews.dueSoon().forEach(state -> reviews.markReviewed(state.pageId(), 12, "", "alice"));
        assertThat(reviews.dueSoon()).isEmpty();
        assertThat(Html.visibleText(mvc.perform(get("/admin").with(ALICE)).andReturn()))
                .contains("No page is due for review in the next 30 days.");
    }

    @Test
    void markingAsReviewedChangesTheDatesNotTheText() throws Exception {
        long id = newPublishedPage();
        clock.advance(Duration.ofDays(3));
        Map<String, String> textBefore = editing.page(id).published();
        long versionBefore = editing.page(id).version();
        int revisionsBefore = editing.history(ContentKind.PAGE, id).size();

        mvc.perform(post("/admin/content/page/{id}/review", id).with(csrf()).with(ALICE)
                        .param("intervalMonths", "6").param("note", "Checked against the RRN Training Standards"))
                .andExpect(status().isFound());

        assertThat(editing.page(id).published()).isEqualTo(textBefore);
        assertThat(editing.page(id).version()).as("an open edit of the page does not turn into a conflict")
                .isEqualTo(versionBefore);
        assertThat(reviews.state(id).lastReviewed()).isEqualTo(today());
        assertThat(reviews.state(id).nextReviewDue()).isEqualTo(today().plusMonths(6));
        assertThat(editing.history(ContentKind.PAGE, id)).hasSize(revisionsBefore + 1).first()
                .satisfies(revision -> assertThat(revision.fields()).isEqualTo(textBefore));
        assertThat(audit.recent(0).getContent()).first()
                .satisfies(entry -> assertThat(entry.action()).isEqualTo("reviewed"));

        String page = Html.visibleText(mvc.perform(get("/guidance/{slug}", slugOf(id))).andReturn());
        assertThat(page).contains("Page last reviewed: " + longDate(today()) + ". Next review due: "
                + longDate(today().plusMonths(6)) + ".");
    }

    @Test
    void aReviewsRevisionKeepsOnlyTheNoteTypedAndIsPutIntoWordsWhenShown() throws Exception {
        long id = newPublishedPage();

        mvc.perform(post("/admin/content/page/{id}/review", id).with(csrf()).with(ALICE)
                .param("intervalMonths", "12").param("note", "Checked against the RRN Training Standards"));
        mvc.perform(post("/admin/content/page/{id}/review", id).with(csrf()).with(ALICE)
                .param("intervalMonths", "12").param("note", ""));

        assertThat(jdbc.sql("""
                select change_note, note_key from revision where item_type = 'page' and item_id = ?
                order by number desc limit 2""").param(id)
                .query((row, number) -> row.getString(1) + " | " + row.getString(2)).list())
                .as("no English is stored, only what the admin typed")
                .containsExactly("null | revision.note.reviewed",
                        "Checked against the RRN Training Standards | revision.note.reviewedWithNote");
        Document history = Html.parse(mvc.perform(get("/admin/content/page/{id}/history", id).with(ALICE))
                .andExpect(status().isOk()).andReturn());
        assertThat(history.select("tbody tr").eachText()).first().asString().contains("Reviewed: text unchanged");
        assertThat(history.select("tbody tr").eachText()).element(1).asString()
                .contains("Reviewed: text unchanged. Checked against the RRN Training Standards");
        String revision = Html.visibleText(mvc.perform(get("/admin/content/page/{id}/history/{number}", id,
                history.select("tbody tr").size() - 1).with(ALICE)).andReturn());
        assertThat(revision).contains("Change note: Reviewed: text unchanged. Checked against the RRN Training Standards");
    }

    @Test
    void theOriginalVersionOfSeededTextIsDatedWhenItWasWrittenNotWhenFirstChanged() throws Exception {
        long id = pageId(SLUG);

        mvc.perform(post("/admin/content/page/{id}/review", id).with(csrf()).with(ALICE)
                .param("intervalMonths", "12").param("note", ""));

        assertThat(editing.history(ContentKind.PAGE, id)).last().satisfies(original -> {
            assertThat(original.number()).isEqualTo(1);
            assertThat(original.createdAt()).isEqualTo(SEEDED.atStartOfDay(ZoneOffset.UTC).toInstant());
        });
        Document history = Html.parse(mvc.perform(get("/admin/content/page/{id}/history", id).with(ALICE)).andReturn());
        assertThat(history.select("tbody tr").last().text()).contains("27 Nov 2026 00:00", "system", "Original version");
    }

    @Test
    void aPublishedChangeCountsAsAReviewOnlyWhenTheAdminSaysSo() throws Exception {
        long id = newPublishedPage();
        LocalDate reviewedAtCreation = reviews.state(id).lastReviewed();
        clock.advance(Duration.ofDays(5));

        publishPage(id, "A change that is not a review", false);
        assertThat(reviews.state(id).lastReviewed()).isEqualTo(reviewedAtCreation);

        publishPage(id, "A change from a review", true);
        assertThat(reviews.state(id).lastReviewed()).isEqualTo(today());
    }

    @Test
    void theSameReviewFormSentTwiceRecordsOneReview() throws Exception {
        long id = newPublishedPage();
        int revisionsBefore = editing.history(ContentKind.PAGE, id).size();
        String submission = Html.parse(mvc.perform(get("/admin/content/page/{id}", id).with(ALICE)).andReturn())
                .select("form[action$=/review] input[name=submission]").val();
        assertThat(submission).isNotBlank();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/admin/content/page/{id}/review", id).with(csrf()).with(ALICE)
                    .param("intervalMonths", "12").param("note", "Checked twice?").param("submission", submission))
                    .andExpect(status().isFound());
        }
        assertThat(editing.history(ContentKind.PAGE, id)).hasSize(revisionsBefore + 1);
    }

    @Test
    void aBadIntervalIsRefusedWithTheNoteKept() throws Exception {
        long id = newPublishedPage();
        LocalDate before = reviews.state(id).lastReviewed();
        for (String interval : new String[] {"0", "37", "abc", "", "1e3", "0x10"}) {
            Document page = Html.parse(mvc.perform(post("/admin/content/page/{id}/review", id).with(csrf()).with(ALICE)
                            .param("intervalMonths", interval).param("note", "What I checked"))
                    .andExpect(status().isOk()).andReturn());
            assertThat(page.select(".error-summary").text()).as(interval)
                    .contains("Enter a whole number of months from 1 to 36");
            assertThat(page.select("#field-reviewNote").val()).isEqualTo("What I checked");
        }
        assertThat(reviews.state(id).lastReviewed()).isEqualTo(before);
    }

    private void publishPage(long id, String summary, boolean review) throws Exception {
        var form = post("/admin/content/page/{id}", id).with(csrf()).with(ALICE)
                .param("version", String.valueOf(editing.page(id).version())).param("action", "publish");
        editing.page(id).working().forEach((name, value) -> form.param("fields[" + name + "]", value));
        form.param("fields[summary]", summary);
        if (review) {
            form.param("review", "true");
        }
        mvc.perform(form).andExpect(status().isFound());
    }

    private long newPublishedPage() {
        String slug = "review-test-" + System.nanoTime();
        return editing.create(ContentKind.PAGE, null, Map.of("title", "Review test " + slug, "slug", slug,
                "category", "Test", "summary", "A page for review tests.", "intro", "Intro.",
                "keyPointsIntro", "Key points."), true, "", "alice");
    }

    private long pageId(String slug) {
        return jdbc.sql("select id from guidance_page where slug = ?").param(slug).query(Long.class).single();
    }

    private String slugOf(long id) {
        return jdbc.sql("select slug from guidance_page where id = ?").param(id).query(String.class).single();
    }

    private void moveTo(LocalDate day) {
        clock.advance(Duration.between(clock.instant(), day.atTime(10, 0).toInstant(ZoneOffset.UTC)));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String longDate(LocalDate date) {
        return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                java.util.Locale.UK) + " " + date.getYear();
    }
}
