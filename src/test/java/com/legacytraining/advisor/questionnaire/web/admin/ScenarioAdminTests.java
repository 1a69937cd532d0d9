package com.legacytraining.advisor.questionnaire.web.admin;

import com.legacytraining.advisor.questionnaire.Scenarios;
import com.legacytraining.advisor.questionnaire.scenarios.ScenarioCommand;
import com.legacytraining.advisor.questionnaire.scenarios.ScenarioExpectation;
import com.legacytraining.advisor.questionnaire.scenarios.ScenarioService;
import com.legacytraining.advisor.questionnaire.scenarios.ScenarioView;
import com.legacytraining.advisor.questionnaire.scoring.Caveat;
import com.legacytraining.advisor.questionnaire.scoring.Rule;
import com.legacytraining.advisor.questionnaire.scoring.Strength;
import com.legacytraining.advisor.questionnaire.scoring.TrainingType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.legacytraining.advisor.Html;
import com.legacytraining.advisor.IsolatedWebIntegrationTest;
import com.legacytraining.advisor.history.AuditLog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Scenarios through the admin pages. Tests add their own scenarios and never edit the seeded ones;
 * the suite tests archive every added scenario first, so they see exactly the seed.
 */
@IsolatedWebIntegrationTest
class ScenarioAdminTests {

    private static final RequestPostProcessor ALICE = user("alice").roles("ADMIN");
    private static final RequestPostProcessor BOB = user("bob").roles("ADMIN");
    // Dental practice: breakaway, strong, -15.
    private static final String DENTAL = "ECAAAAAABAAC";

    @Autowired
    MockMvc mvc;

    @Autowired
    ScenarioService scenarios;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSeedHoldsEveryScenarioOfTheDomainSpecification() {
        record Row(String name, String answers, String recommendation, String strength, Integer score, String rules,
                String caveats) {
        }
        List<Row> seeded = jdbc.sql("""
                select name, answers, expected_recommendation as recommendation, expected_strength as strength,
                       expected_score as score, expected_rules as rules, expected_caveats as caveats
                from scenario where updated_by = 'system' order by id""").query(Row.class).list();

        List<Row> specified = Scenarios.all().stream().map(scenario -> new Row(scenario.staffGroup(),
                scenario.answers().toQueryString(), scenario.recommendation().name(), scenario.strength().name(),
                scenario.score(), scenario.rules().stream().map(Rule::key).collect(Collectors.joining(";")),
                scenario.caveats().stream().map(Caveat::key).collect(Collectors.joining(";")))).toList();
        assertThat(seeded).hasSize(19).containsExactlyElementsOf(specified);
    }

    @Test
    void runningTheSuiteShowsEverySeededScenarioMatchingTheLiveQuestionnaire() throws Exception {
        archiveAddedScenarios();

        Document page = page("/admin/scenarios/run");

        assertThat(page.select(".suite-summary").text()).contains("19 of 19 scenarios match");
        assertThat(page.select("tr.suite-row")).hasSize(19);
        assertThat(page.select("tr.suite-row--mismatch")).isEmpty();
        assertThat(page.select(".tag--mismatch")).isEmpty();
        assertThat(page.select("tr:has(th:contains(Acute adult MH ward))").text())
                .contains("PMVA, strong", "Score: 33",
                        "Rules: restrictive-intervention-possible, use-of-force-act, restrictive-care-plans", "Match");
        assertThat(page.select("nav a[aria-current=page]").text()).isEqualTo("Scenarios");
    }

    @Test
    void aMismatchIsTaggedAndSaysWhichPartsDiffer() throws Exception {
        archiveAddedScenarios();
        long id = scenarios.create(command("Dental practice expecting PMVA " + unique(), DENTAL, TrainingType.PMVA,
                Strength.MODERATE), "alice");

        Document page = page("/admin/scenarios/run");

        assertThat(page.select(".suite-summary").text()).contains("19 of 20 scenarios match");
        var row = page.getElementById("check-" + id);
        assertThat(row.hasClass("suite-row--mismatch")).isTrue();
        assertThat(row.select(".tag--mismatch").text()).isEqualTo("Mismatch");
        assertThat(row.text()).contains("Differs in: recommendation, strength", "Breakaway, strong",
                "Score, rules and caveats are not checked.");
        assertThat(page.select("tr.suite-row--mismatch")).hasSize(1);
        scenarios.archive(id, "test");
    }

    @Test
    void addingAScenarioSavesItInQuestionOrderAndAuditsIt() throws Exception {
        String name = "Night porters " + unique();
        var request = post("/admin/scenarios/new").param("name", name).param("recommendation", "BREAKAWAY")
                .param("strength", "STRONG");
        // Given in reverse order; stored in question order.
        var answers = Scenarios.answers(DENTAL).asMap().entrySet().stream().toList();
        for (int i = answers.size() - 1; i >= 0; i--) {
            request.param("answers[" + answers.get(i).getKey() + "]", answers.get(i).getValue());
        }

        mvc.perform(request.with(csrf()).with(ALICE)).andExpect(redirectedUrl("/admin/scenarios"))
                .andExpect(flash().attribute("message", "scenario.flash.created"));

        ScenarioView saved = byName(name);
        assertThat(saved.answers()).containsExactlyEntriesOf(Scenarios.answers(DENTAL).asMap());
        assertThat(saved.expected()).isEqualTo(new ScenarioExpectation(TrainingType.BREAKAWAY, Strength.STRONG,
                null, null, null));
        assertThat(saved.updatedBy()).isEqualTo("alice");
        assertThat(jdbc.sql("select answers from scenario where id = ?").param(saved.id()).query(String.class).single())
                .isEqualTo(Scenarios.answers(DENTAL).toQueryString());
        assertThat(audit.recent(0).getContent()).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("scenario-created");
            assertThat(entry.subject()).contains(name);
            assertThat(entry.actor()).isEqualTo("alice");
        });
        assertThat(page("/admin/scenarios").select("#active-scenarios").text()).contains(name, "Breakaway, strong");
    }

    @Test
    void theFormOffersEveryQuestionByItsTextAndEveryOptionByItsText() throws Exception {
        Document form = page("/admin/scenarios/new");

        assertThat(form.select("label[for=answer-setting]").text()).contains("Where does this group mainly work?");
        assertThat(form.select("select#answer-physical-intervention option").eachText())
                .contains("Never: policy is to withdraw and call for help", "Don't know");
        assertThat(form.select("select[name^=answers]")).hasSize(12);
        assertThat(form.select("input[name=recommendation]").eachAttr("value")).containsExactly("PMVA", "BREAKAWAY");
        assertThat(form.select("input[name=strength]").eachAttr("value"))
                .containsExactly("STRONG", "MODERATE", "BORDERLINE");
    }

    @Test
    void anEmptyNameIsRefusedAndEverythingElseTheAdminChoseIsKept() throws Exception {
        long before = count();

        Document page = Html.parse(mvc.perform(newScenario("   ", DENTAL, "PMVA", "BORDERLINE"))
                .andExpect(status().isOk()).andReturn());

        assertThat(page.select(".error-summary a").eachText()).containsExactly("Enter a name for the scenario");
        assertThat(page.select(".error-summary a").attr("href")).isEqualTo("#scenario-name");
        assertThat(page.title()).startsWith("Error:");
        assertThat(selected(page)).isEqualTo(Scenarios.answers(DENTAL).asMap());
        assertThat(page.select("input[name=recommendation][checked]").val()).isEqualTo("PMVA");
        assertThat(page.select("input[name=strength][checked]").val()).isEqualTo("BORDERLINE");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void tamperedOrMissingAnswersAreNamedClearlyAndNothingIsSaved() throws Exception {
        long before = count();
        String name = "Tampered " + unique();
        var answers = new LinkedHashMap<>(Scenarios.answers(DENTAL).asMap());
        answers.put("setting", "secret-bunker");
        answers.put("people", "");
        answers.put("favourite-colour", "blue");
        var request = newScenario(name, answers, "FOO", "STRONG");

        Document page = Html.parse(mvc.perform(request).andExpect(status().isOk()).andReturn());

        assertThat(page.select(".error-summary a").eachText()).containsExactly(
                "The form contained answers to questions that do not exist ('favourite-colour'). They have been left out: check the answers below and save again.",
                "Choose one of the listed answers to \"Where does this group mainly work?\"",
                "Choose an answer to \"Who do they mainly work with?\"",
                "Choose the expected recommendation: PMVA or breakaway");
        assertThat(page.select(".error-summary a").eachAttr("href"))
                .containsExactly("#answers", "#answer-setting", "#answer-people", "#expected-recommendation");
        assertThat(page.select("#answer-setting").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#scenario-name").val()).isEqualTo(name);
        var kept = selected(page);
        assertThat(kept).doesNotContainKeys("setting", "people").hasSize(10);
        assertThat(page.select("input[name=strength][checked]").val()).isEqualTo("STRONG");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void editingSavesAndAStaleFormShowsTheConflictWithTheAdminsInputKept() throws Exception {
        long id = scenarios.create(command("Editable " + unique(), DENTAL, TrainingType.BREAKAWAY, Strength.STRONG),
                "alice");
        Document form = page("/admin/scenarios/" + id);
        String version = form.select("input[name=version]").val();
        assertThat(selected(form)).isEqualTo(Scenarios.answers(DENTAL).asMap());

        mvc.perform(edit(id, "Edited by Bob", version, BOB)).andExpect(redirectedUrl("/admin/scenarios"));
        assertThat(scenarios.find(id).orElseThrow().name()).isEqualTo("Edited by Bob");

        Document conflict = Html.parse(mvc.perform(edit(id, "Edited by Alice", version, ALICE))
                .andExpect(status().isOk()).andReturn());
        assertThat(conflict.text()).contains("Someone else changed this scenario while you were editing",
                "bob saved it", "Edited by Bob");
        assertThat(conflict.select("#scenario-name").val()).isEqualTo("Edited by Alice");
        assertThat(scenarios.find(id).orElseThrow().name()).isEqualTo("Edited by Bob");

        String latest = conflict.select("input[name=version]").val();
        mvc.perform(edit(id, "Edited by Alice", latest, ALICE)).andExpect(redirectedUrl("/admin/scenarios"));
        assertThat(scenarios.find(id).orElseThrow().name()).isEqualTo("Edited by Alice");
        assertThat(audit.recent(0).getContent()).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("scenario-updated");
            assertThat(entry.actor()).isEqualTo("alice");
            assertThat(entry.subject()).contains("Edited by Alice");
        });
    }

    @Test
    void archivingTakesAScenarioOutOfTheSuiteAndRestoringPutsItBack() throws Exception {
        String name = "Archivable " + unique();
        long id = scenarios.create(command(name, DENTAL, TrainingType.BREAKAWAY, Strength.STRONG), "alice");

        mvc.perform(post("/admin/scenarios/{id}/archive", id).with(csrf()).with(ALICE))
                .andExpect(redirectedUrl("/admin/scenarios"))
                .andExpect(flash().attribute("message", "scenario.flash.archived"));
        Document list = page("/admin/scenarios");
        assertThat(list.select("#archived-scenarios").text()).contains(name, "Archived");
        assertThat(list.select("#active-scenarios").text()).doesNotContain(name);
        assertThat(page("/admin/scenarios/run").text()).doesNotContain(name);
        assertThat(scenarios.active()).extracting(ScenarioView::name).doesNotContain(name);

        mvc.perform(post("/admin/scenarios/{id}/unarchive", id).with(csrf()).with(ALICE))
                .andExpect(redirectedUrl("/admin/scenarios"));
        assertThat(page("/admin/scenarios").select("#active-scenarios").text()).contains(name);
        assertThat(page("/admin/scenarios/run").text()).contains(name);
        assertThat(audit.recent(0).getContent()).extracting(AuditLog.Entry::action)
                .contains("scenario-archived", "scenario-unarchived");
        scenarios.archive(id, "test");
    }

    @Test
    void anUnknownScenarioIsNotFound() throws Exception {
        mvc.perform(get("/admin/scenarios/999999").with(ALICE)).andExpect(status().isNotFound());
        mvc.perform(post("/admin/scenarios/999999/archive").with(csrf()).with(ALICE)).andExpect(status().isNotFound());
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        for (String path : List.of("/admin/scenarios", "/admin/scenarios/run", "/admin/scenarios/new")) {
            mvc.perform(get(path)).andExpect(status().isFound())
                    .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/admin/login"));
        }
        long before = count();
        mvc.perform(newScenario("Sneaky", DENTAL, "PMVA", "STRONG").with(user("x").roles()).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/scenarios/1/archive").with(csrf())).andExpect(status().isSeeOther())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/admin/login"));
        assertThat(scenarios.find(1).orElseThrow().archived()).isFalse();
        assertThat(count()).isEqualTo(before);
    }

    private void archiveAddedScenarios() {
        for (ScenarioView scenario : scenarios.active()) {
            if (!"system".equals(scenario.updatedBy())) {
                scenarios.archive(scenario.id(), "test");
            }
        }
    }

    private Document page(String path) throws Exception {
        return Html.parse(mvc.perform(get(path).with(ALICE)).andExpect(status().isOk()).andReturn());
    }

    private MockHttpServletRequestBuilder newScenario(String name, String letters, String recommendation,
            String strength) {
        return newScenario(name, Scenarios.answers(letters).asMap(), recommendation, strength);
    }

    private MockHttpServletRequestBuilder newScenario(String name, Map<String, String> answers, String recommendation,
            String strength) {
        var request = post("/admin/scenarios/new").param("name", name).param("recommendation", recommendation)
                .param("strength", strength).with(csrf()).with(ALICE);
        answers.forEach((question, option) -> request.param("answers[" + question + "]", option));
        return request;
    }

    private MockHttpServletRequestBuilder edit(long id, String name, String version, RequestPostProcessor who) {
        var request = post("/admin/scenarios/{id}", id).param("name", name).param("version", version)
                .param("recommendation", "BREAKAWAY").param("strength", "STRONG").with(csrf()).with(who);
        Scenarios.answers(DENTAL).asMap().forEach((question, option) -> request.param("answers[" + question + "]", option));
        return request;
    }

    private static Map<String, String> selected(Document page) {
        return page.select("select[name^=answers]").stream()
                .filter(select -> !select.select("option[selected]").isEmpty())
                .collect(Collectors.toMap(select -> select.id().substring("answer-".length()),
                        select -> select.select("option[selected]").val(), (a, b) -> a,
                        LinkedHashMap::new));
    }

    private ScenarioView byName(String name) {
        return scenarios.active().stream().filter(scenario -> scenario.name().equals(name)).findFirst().orElseThrow();
    }

    private long count() {
        return jdbc.sql("select count(*) from scenario").query(Long.class).single();
    }

    private static ScenarioCommand command(String name, String letters, TrainingType recommendation,
            Strength strength) {
        return new ScenarioCommand(name, Scenarios.answers(letters).asMap(), recommendation, strength);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
