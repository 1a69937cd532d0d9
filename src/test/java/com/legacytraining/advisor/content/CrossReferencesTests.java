package com.legacytraining.advisor.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.legacytraining.advisor.Html;
import com.legacytraining.advisor.IsolatedWebIntegrationTest;
import com.legacytraining.advisor.questionnaire.Scenarios;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Cross-references between advice and guidance: a changed section flags exactly the advice citing
 * it, with what changed, until an admin confirms or edits the advice; the flags are kept in the
 * database; visitors see the cited sections as links; a cited section is archived only after a warning.
 */
@IsolatedWebIntegrationTest
class CrossReferencesTests {

    private static final RequestPostProcessor ALICE = user("alice").roles("ADMIN");
    /** Scenario 34 gets the complete-tna caveat. */
    private static final String RESULT = "/questionnaire/result?" + Scenarios.answers(Scenarios.letters(34)).toQueryString();

    @Autowired
    MockMvc mvc;

    @Autowired
    CrossReferences crossReferences;

    @Autowired
    ContentEditing editing;

    @Autowired
    JdbcClient jdbc;

    @Test
    void publishingACitedSectionFlagsExactlyTheAdviceCitingItUntilConfirmedOrEdited() throws Exception {
        List<Long> sections = sectionIds();
        long changed = sections.get(0);
        long untouched = sections.get(1);
        long caveat = adviceId("caveat.complete-tna");
        long rule = adviceId("rule.no-holds-cap");
        long question = adviceId("provider.refreshers");
        cite("caveat-advice", caveat, changed);
        cite("rule-advice", rule, changed, untouched);
        cite("provider-question", question, untouched);

        publishSection(changed, "A sentence added by the review of this section.");

        assertThat(crossReferences.needingReview()).extracting(CrossReferences.CitingAdvice::id)
                .containsExactlyInAnyOrder(caveat, rule);
        assertThat(flaggedInTheDatabase()).as("kept across a restart").containsExactlyInAnyOrder(caveat, rule);
        Document dashboard = Html.parse(mvc.perform(get("/admin").with(ALICE)).andReturn());
        assertThat(dashboard.select("section[aria-labelledby=citations-heading] li")).hasSize(2);

        Document editor = Html.parse(mvc.perform(get("/admin/content/caveat-advice/{id}", caveat).with(ALICE)).andReturn());
        assertThat(editor.select(".notice--warning .diff-line--added").text()).contains("A sentence added by the review of this section.");
        assertThat(editor.select("#citations-heading ~ ul li").text()).contains("Needs review");

        mvc.perform(post("/admin/content/caveat-advice/{id}/citations/confirm", caveat).with(csrf()).with(ALICE))
                .andExpect(status().isFound());
        publishAdvice("rule-advice", rule, Map.of("title", "Reworded after the guidance changed",
                "text", "New words.", "source", "RRN Training Standards 2019"));
        assertThat(crossReferences.needingReview()).isEmpty();
        assertThat(flaggedInTheDatabase()).isEmpty();
        assertThat(Html.parse(mvc.perform(get("/admin").with(ALICE)).andReturn())
                .select("section[aria-labelledby=citations-heading]")).isEmpty();
    }

    @Test
    void republishingASectionUnchangedFlagsNothing() throws Exception {
        long section = sectionIds().get(2);
        long advice = adviceId("caveat.governance-red-flag");
        cite("caveat-advice", advice, section);

        publishSection(section, null);

        assertThat(crossReferences.needingReview()).extracting(CrossReferences.CitingAdvice::id).doesNotContain(advice);
    }

    @Test
    void visitorsSeeTheCitedSectionsAsLinksUntilOneIsArchivedAfterAWarning() throws Exception {
        long section = sectionIds().get(3);
        String heading = jdbc.sql("select heading from guidance_section where id = ?").param(section)
                .query(String.class).single();
        long advice = adviceId("caveat.complete-tna");
        cite("caveat-advice", advice, section);

        Document result = Html.parse(mvc.perform(get(RESULT)).andReturn());
        var link = result.select("[data-caveat=complete-tna] .read-more a");
        assertThat(link.text()).isEqualTo(heading);
        String href = link.attr("href");
        Document guidance = Html.parse(mvc.perform(get(href.substring(0, href.indexOf('#')))).andReturn());
        assertThat(guidance.getElementById(href.substring(href.indexOf('#') + 1))).isNotNull();

        Document warning = Html.parse(mvc.perform(post("/admin/content/section/{id}/archive", section)
                .with(csrf()).with(ALICE)).andExpect(status().isOk()).andReturn());
        assertThat(warning.select("main li").text()).contains("Complete a training needs analysis first");
        assertThat(jdbc.sql("select archived from guidance_section where id = ?").param(section)
                .query(Boolean.class).single()).isFalse();

        mvc.perform(post("/admin/content/section/{id}/archive", section).param("confirmed", "true")
                .with(csrf()).with(ALICE)).andExpect(status().isFound());
        assertThat(Html.parse(mvc.perform(get(RESULT)).andReturn()).select("[data-caveat=complete-tna] .read-more"))
                .isEmpty();
        mvc.perform(post("/admin/content/section/{id}/unarchive", section).with(csrf()).with(ALICE));
    }

    @Test
    void theLinksToCitedSectionsKeepTheirOrderWhenACitationIsFlaggedAndConfirmed() throws Exception {
        List<Long> sections = sectionIds();
        long advice = adviceId("caveat.complete-tna");
        cite("caveat-advice", advice, sections.get(1), sections.get(5));
        List<String> before = Html.parse(mvc.perform(get(RESULT)).andReturn())
                .select("[data-caveat=complete-tna] .read-more a").eachText();

        publishSection(sections.get(1), "A sentence that flags the first citation.");
        mvc.perform(post("/admin/content/caveat-advice/{id}/citations/confirm", advice).with(csrf()).with(ALICE))
                .andExpect(status().isFound());

        assertThat(before).hasSize(2);
        assertThat(Html.parse(mvc.perform(get(RESULT)).andReturn()).select("[data-caveat=complete-tna] .read-more a")
                .eachText()).isEqualTo(before);
        cite("caveat-advice", advice);
    }

    @Test
    void archivingAPageWhoseSectionsAreCitedWarnsFirstToo() throws Exception {
        long section = sectionIds().get(4);
        long page = jdbc.sql("select page_id from guidance_section where id = ?").param(section).query(Long.class).single();
        long advice = adviceId("caveat.lone-working-controls");
        cite("caveat-advice", advice, section);

        Document warning = Html.parse(mvc.perform(post("/admin/content/page/{id}/archive", page)
                .with(csrf()).with(ALICE)).andExpect(status().isOk()).andReturn());
        assertThat(warning.select("main li").text()).contains("Training does not replace lone-working controls");
        assertThat(jdbc.sql("select archived from guidance_page where id = ?").param(page)
                .query(Boolean.class).single()).isFalse();
        assertThat(Html.parse(mvc.perform(get("/admin/content/page/{id}", page).with(ALICE)).andReturn())
                .select(".danger-zone li").text()).contains("Training does not replace lone-working controls");

        mvc.perform(post("/admin/content/page/{id}/archive", page).param("confirmed", "true")
                .with(csrf()).with(ALICE)).andExpect(status().isFound());
        assertThat(jdbc.sql("select archived from guidance_page where id = ?").param(page)
                .query(Boolean.class).single()).isTrue();
        mvc.perform(post("/admin/content/page/{id}/unarchive", page).with(csrf()).with(ALICE));
        cite("caveat-advice", advice);
    }

    @Test
    void onlyAdviceCitesAndOnlyExistingSections() throws Exception {
        long faq = jdbc.sql("select min(id) from faq_entry").query(Long.class).single();
        mvc.perform(post("/admin/content/faq/{id}/citations", faq).param("section", String.valueOf(sectionIds().get(0)))
                .with(csrf()).with(ALICE)).andExpect(status().isNotFound());
        mvc.perform(post("/admin/content/caveat-advice/{id}/citations", adviceId("caveat.complete-tna"))
                .param("section", "999999").with(csrf()).with(ALICE)).andExpect(status().isNotFound());
        mvc.perform(post("/admin/content/caveat-advice/{id}/citations", adviceId("caveat.complete-tna"))
                .param("section", "abc").with(csrf()).with(ALICE)).andExpect(status().isBadRequest());
    }

    private void cite(String kind, long advice, Long... sections) throws Exception {
        var request = post("/admin/content/{kind}/{id}/citations", kind, advice).with(csrf()).with(ALICE);
        for (Long section : sections) {
            request.param("section", String.valueOf(section));
        }
        mvc.perform(request).andExpect(status().isFound());
        assertThat(crossReferences.cited(ContentKind.fromPath(kind).orElseThrow(), advice))
                .extracting(CrossReferences.CitedSection::id).containsExactlyInAnyOrder(sections);
    }

    /** Publishes the section with a sentence added to its body, or as it is when {@code added} is null. */
    private void publishSection(long id, String added) {
        ContentSnapshot section = editing.item(ContentKind.SECTION, id);
        Map<String, String> fields = new HashMap<>(section.published());
        if (added != null) {
            fields.put("body", fields.get("body") + "\n\n" + added);
        }
        editing.publish(ContentKind.SECTION, id, section.version(), fields, "", "bob");
    }

    private void publishAdvice(String kind, long id, Map<String, String> fields) throws Exception {
        ContentSnapshot advice = editing.item(ContentKind.fromPath(kind).orElseThrow(), id);
        var request = post("/admin/content/{kind}/{id}", kind, id).with(csrf()).with(ALICE)
                .param("version", String.valueOf(advice.version())).param("action", "publish");
        fields.forEach((name, value) -> request.param("fields[" + name + "]", value));
        mvc.perform(request).andExpect(status().isFound());
    }

    private Set<Long> flaggedInTheDatabase() {
        return Set.copyOf(jdbc.sql("select distinct advice_id from advice_citation where needs_review").query(Long.class).list());
    }

    private List<Long> sectionIds() {
        return jdbc.sql("select id from guidance_section where not archived order by id").query(Long.class).list();
    }

    private long adviceId(String key) {
        return jdbc.sql("select id from advice_text where advice_key = ?").param(key).query(Long.class).single();
    }
}
