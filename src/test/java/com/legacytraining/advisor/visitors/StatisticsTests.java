package com.legacytraining.advisor.visitors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.legacytraining.advisor.Html;
import com.legacytraining.advisor.MutableClock;
import com.legacytraining.advisor.WebIntegrationTest;
import com.legacytraining.advisor.questionnaire.Scenarios;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@WebIntegrationTest
class StatisticsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OutcomeStatistics statistics;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachResultViewRenderedOrKeptAndEachApiAnswerCountsExactlyOnce() throws Exception {
        var answers = Scenarios.all().get(5).answers();
        String query = answers.toQueryString();
        long outcomeBefore = total(Dimension.OUTCOME);
        long pagesBefore = hits(Dimension.CHANNEL, "page");
        long apiBefore = hits(Dimension.CHANNEL, "api");
        String firstAnswer = answers.asMap().entrySet().iterator().next().toString();
        long answerBefore = hits(Dimension.ANSWER, firstAnswer);

        mvc.perform(get("/questionnaire/result?" + query)).andExpect(status().isOk());
        mvc.perform(get("/questionnaire/result?" + query)).andExpect(status().isOk()); // from the page cache
        // "&v=" keeps this address apart from the API tests' own (the page cache keys by address only).
        mvc.perform(get("/api/recommendation?" + query + "&v=999")).andExpect(status().isOk());
        mvc.perform(get("/questionnaire/result?bogus=1")).andExpect(status().isBadRequest()); // not a result

        assertThat(total(Dimension.OUTCOME)).isEqualTo(outcomeBefore + 3);
        assertThat(hits(Dimension.CHANNEL, "page")).isEqualTo(pagesBefore + 2);
        assertThat(hits(Dimension.CHANNEL, "api")).isEqualTo(apiBefore + 1);
        assertThat(hits(Dimension.ANSWER, firstAnswer)).isEqualTo(answerBefore + 3);
    }

    @Test
    void aResultViewCarryingAPlanCountsOnceLikeAnyOther() throws Exception {
        var answers = Scenarios.all().get(9).answers();
        String plan = "&plan-version=1&plan=CCDCCACCCADB.Night%20nurses&plan=CCBBBABBABBC.Porters&plan-replace=1";
        long outcomeBefore = total(Dimension.OUTCOME);
        long pagesBefore = hits(Dimension.CHANNEL, "page");

        mvc.perform(get("/questionnaire/result?" + answers.toQueryString() + plan)).andExpect(status().isOk());
        mvc.perform(get("/questionnaire/result?" + answers.toQueryString() + plan)).andExpect(status().isOk());

        assertThat(total(Dimension.OUTCOME)).isEqualTo(outcomeBefore + 2);
        assertThat(hits(Dimension.CHANNEL, "page")).isEqualTo(pagesBefore + 2);
    }

    @Test
    void fiftyConcurrentViewersLoseNoCount() throws Exception {
        String query = Scenarios.all().get(7).answers().toQueryString();
        long before = total(Dimension.OUTCOME);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<?>> views = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                views.add(pool.submit(() -> {
                    mvc.perform(get("/questionnaire/result?" + query)).andExpect(status().isOk());
                    return null;
                }));
            }
            for (Future<?> view : views) {
                view.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(total(Dimension.OUTCOME)).isEqualTo(before + 200);
    }

    @Test
    @WithMockUser(username = "statistician", roles = "ADMIN")
    void everyChartShowsTheFiguresOfItsTableAndOfTheCsvHiddenOnesIncluded() throws Exception {
        // A week of 2021 with some large and some small counts, so charts have both bars and hidden figures.
        LocalDate wednesday = LocalDate.of(2021, 3, 10);
        count(wednesday, Dimension.OUTCOME, "PMVA.STRONG", 23);
        count(wednesday, Dimension.OUTCOME, "BREAKAWAY.MODERATE", 2);
        count(wednesday, Dimension.ANSWER, "frequency=physical-weekly", 23);
        count(wednesday, Dimension.ANSWER, "frequency=rarely", 2);
        String period = "?from=2021-03-01&to=2021-03-14";
        Document page = Html.parse(mvc.perform(get("/admin/statistics" + period)).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store")).andReturn());
        String csv = mvc.perform(get("/admin/statistics.csv" + period)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();

        Set<String> fromCharts = new HashSet<>();
        Set<String> fromTables = new HashSet<>();
        Set<String> fromCsv = new HashSet<>();
        for (Element chart : page.select("section.chart")) {
            String title = chart.selectFirst(".chart__title").text();
            for (Element figure : chart.select("svg [data-value]")) {
                fromCharts.add(title + "|" + figure.attr("data-row") + "|" + figure.attr("data-series") + "|"
                        + figure.attr("data-value"));
            }
            for (Element row : chart.select("tbody tr")) {
                for (Element cell : row.select("td")) {
                    fromTables.add(title + "|" + row.selectFirst("th").text() + "|" + cell.attr("data-series") + "|"
                            + cell.text());
                }
            }
            if (!chart.select("svg").isEmpty()) {
                assertThat(chart.select("svg title").text()).isEqualTo(title);
                assertThat(chart.select("svg desc").text()).isNotBlank();
            }
        }
        Set<String> fromSummary = new HashSet<>();
        for (Element row : page.select(".statistics-summary .summary-list__row")) {
            fromSummary.add("Summary|" + row.selectFirst("dt").text() + "|" + row.selectFirst("dd").attr("data-series")
                    + "|" + row.selectFirst("dd").text());
        }
        Set<String> summaryInCsv = new HashSet<>();
        for (String line : csv.split("\r\n")) {
            List<String> cells = parseCsv(line);
            if (cells.get(0).equals("chart")) {
                continue;
            }
            (cells.get(0).equals("Summary") ? summaryInCsv : fromCsv).add(String.join("|", cells));
        }
        assertThat(fromCharts).isNotEmpty().isEqualTo(fromTables).isEqualTo(fromCsv);
        assertThat(fromCharts).anyMatch(figure -> figure.endsWith("|fewer than 5"))
                .anyMatch(figure -> figure.endsWith("|25"));
        assertThat(fromSummary).isNotEmpty().isEqualTo(summaryInCsv);
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("[style]")).isEmpty();
    }

    @Test
    @WithMockUser(username = "statistician", roles = "ADMIN")
    void aColleaguesLoneVisitCannotBeReadFromAnyFigure() throws Exception {
        // The only result of a week, on a Tuesday: every count of that week is 1 (or 0).
        LocalDate tuesday = LocalDate.of(2021, 6, 8);
        count(tuesday, Dimension.OUTCOME, "BREAKAWAY.STRONG", 1);
        count(tuesday, Dimension.RULE, "H2", 1);
        count(tuesday, Dimension.ANSWER, "frequency=rarely", 1);
        count(tuesday, Dimension.VERSION, "3", 1);
        count(tuesday, Dimension.CHANNEL, "page", 1);

        // Asking for that one day gets the whole week, Monday to Sunday.
        Document page = Html.parse(mvc.perform(get("/admin/statistics?from=2021-06-08&to=2021-06-08"))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select("input#from").attr("value")).isEqualTo("2021-06-07");
        assertThat(page.select("input#to").attr("value")).isEqualTo("2021-06-13");
        String csv = mvc.perform(get("/admin/statistics.csv?from=2021-06-08&to=2021-06-08")).andReturn().getResponse()
                .getContentAsString();

        List<String> figures = new ArrayList<>(page.select("section.chart td, .statistics-summary dd").eachText());
        figures.addAll(page.select("svg [data-value]").eachAttr("data-value"));
        for (String line : csv.split("\r\n")) {
            figures.add(parseCsv(line).get(3));
        }
        figures.remove("count");
        assertThat(figures).isNotEmpty().containsOnly("fewer than 5");
        assertThat(page.select("svg rect:not(.chart-bar--hidden)")).isEmpty();
        assertThat(page.select(".statistics-note").text())
                .contains("whole weeks or months", "fewer than 5", "nearest 5");
    }

    @Test
    @WithMockUser(username = "statistician", roles = "ADMIN")
    void totalsAreRoundedSoSubtractingThemCannotRecoverAHiddenCount() throws Exception {
        // 21 results in a week: 20 with one answer, 1 with the other. Exact totals would give away the 1.
        LocalDate thursday = LocalDate.of(2021, 9, 16);
        count(thursday, Dimension.OUTCOME, "PMVA.STRONG", 21);
        count(thursday, Dimension.ANSWER, "frequency=physical-weekly", 20);
        count(thursday, Dimension.ANSWER, "frequency=rarely", 1);
        count(thursday, Dimension.CHANNEL, "page", 21);

        String csv = mvc.perform(get("/admin/statistics.csv?from=2021-09-13&to=2021-09-19")).andReturn().getResponse()
                .getContentAsString();
        Set<String> lines = new HashSet<>(List.of(csv.split("\r\n")));
        assertThat(lines).contains("\"Summary\",\"Results shown\",\"Count\",\"20\"");
        assertThat(lines).anyMatch(line -> line.matches("\"Question 3: .*\",\"Physical aggression weekly or more\",\"Results\",\"20\""))
                .anyMatch(line -> line.matches("\"Question 3: .*\",\"Rarely\",\"Results\",\"fewer than 5\""));
        assertThat(csv).doesNotContain("\"21\"", "\"1\"");
    }

    @Test
    @WithMockUser(username = "statistician", roles = "ADMIN")
    void theTimeChartHasWeeksForShortPeriodsAndMonthsForLongOnesNeverMoreThan30Bars() throws Exception {
        count(LocalDate.of(2020, 1, 8), Dimension.OUTCOME, "PMVA.MODERATE", 9);
        count(LocalDate.of(2019, 6, 20), Dimension.OUTCOME, "PMVA.MODERATE", 9);
        Document weeks = Html.parse(mvc.perform(get("/admin/statistics?from=2020-01-01&to=2020-01-20")).andReturn());
        assertThat(weeks.select("#chart-over-time tbody th").eachText())
                .containsExactly("30 Dec 2019 to 5 Jan 2020", "6 Jan to 12 Jan 2020", "13 Jan to 19 Jan 2020",
                        "20 Jan to 26 Jan 2020");
        assertThat(weeks.select("#chart-over-time .chart__title").text()).isEqualTo("Results week by week");

        Document months = Html.parse(mvc.perform(get("/admin/statistics?from=2019-01-01&to=2019-12-31")).andReturn());
        assertThat(months.select("#chart-over-time tbody th").eachText()).hasSize(12).startsWith("January 2019")
                .endsWith("December 2019");
        assertThat(months.select("#chart-over-time .chart__title").text()).isEqualTo("Results month by month");

        Document longest = Html.parse(mvc.perform(get("/admin/statistics?from=2019-01-01&to=2020-01-01"))
                .andExpect(status().isOk()).andReturn());
        assertThat(longest.select("#chart-over-time tbody tr")).hasSize(13);

        // The summary comes first, and every chart can be reached from the contents list.
        Document page = Html.parse(mvc.perform(get("/admin/statistics")).andExpect(status().isOk()).andReturn());
        assertThat(page.select("main h2").first().text()).isEqualTo("Summary");
        List<String> targets = page.select("nav.contents a").eachAttr("href");
        assertThat(targets).contains("#chart-over-time", "#chart-by-outcome", "#answers", "#chart-feedback");
        for (String target : targets) {
            assertThat(page.select(target)).as(target).hasSize(1);
        }
    }

    @Test
    @WithMockUser(username = "statistician", roles = "ADMIN")
    void anyPeriodGivesAPageAndNonsenseGivesA400() throws Exception {
        for (String query : List.of("from=2026-12-01&to=2026-01-01", "from=2026-11-29&to=2026-11-29",
                "from=2000-01-01&to=2000-12-31", "to=2027-11-28", "from=2026-11-28&to=")) {
            mvc.perform(get("/admin/statistics?" + query)).andExpect(status().isOk());
            mvc.perform(get("/admin/statistics.csv?" + query)).andExpect(status().isOk());
        }
        mvc.perform(get("/admin/statistics?from=yesterday")).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/statistics.csv?to=2026-02-31")).andExpect(status().isBadRequest());
    }

    /**
     * A date that is no date, before the site's first figures (2000) or more than a year after today, is
     * refused on the page and for the CSV: the form says why and keeps what was typed, and nothing odd is shown.
     */
    @Test
    @WithMockUser(username = "statistician", roles = "ADMIN")
    void impossibleAndOutOfRangeDatesAreRefusedWithWhatWasTypedKept() throws Exception {
        record Refused(String from, String to, String field, String problem) {
        }
        for (Refused refused : List.of(
                new Refused("2026-11-01", "9999-12-31", "to", "To: Enter a date no later than 28 Nov 2027"),
                new Refused("0001-01-01", "2026-11-28", "from", "From: Enter a date from 1 Jan 2000"),
                new Refused("1999-12-31", "2000-01-31", "from", "From: Enter a date from 1 Jan 2000"),
                new Refused("2027-11-29", "2026-11-28", "from", "From: Enter a date no later than 28 Nov 2027"),
                new Refused("2026-02-31", "2026-03-31", "from", "From: Enter a real date"),
                new Refused("2026-11-01", "yesterday", "to", "To: Enter a real date"),
                new Refused("2026-1-5", "2026-11-28", "from", "From: Enter a real date"))) {
            for (String path : List.of("/admin/statistics", "/admin/statistics.csv")) {
                String address = path + "?from=" + refused.from() + "&to=" + refused.to();
                Document page = Html.parse(mvc.perform(get(address))
                        .andExpect(status().isBadRequest()).andReturn());
                assertThat(page.title()).as(address).startsWith("Error:");
                assertThat(page.select(".error-summary li").eachText()).as(address).hasSize(1).first()
                        .asString().startsWith(refused.problem());
                assertThat(page.selectFirst(".error-summary a").attr("href")).isEqualTo("#" + refused.field());
                assertThat(page.selectFirst("#from").val()).as(address).isEqualTo(refused.from());
                assertThat(page.selectFirst("#to").val()).as(address).isEqualTo(refused.to());
                assertThat(page.select(".chart")).as(address).isEmpty();
            }
        }
    }

    /** A period longer than 366 days is refused with a message saying so, never cut to a shorter one unseen. */
    @Test
    @WithMockUser(username = "statistician", roles = "ADMIN")
    void aPeriodOfMoreThan366DaysIsRefusedNotCutSilently() throws Exception {
        for (String path : List.of("/admin/statistics", "/admin/statistics.csv")) {
            Document page = Html.parse(mvc.perform(get(path + "?from=2001-01-01&to=2019-12-31"))
                    .andExpect(status().isBadRequest()).andReturn());
            assertThat(page.select(".error-summary li").eachText()).containsExactly(
                    "From: Choose a period of at most 366 days: 1 Jan 2001 to 31 Dec 2019 is 6,939 days");
            assertThat(page.selectFirst("#from").val()).isEqualTo("2001-01-01");
            assertThat(page.selectFirst("#to").val()).isEqualTo("2019-12-31");
        }
        // With no end date the period ends today.
        mvc.perform(get("/admin/statistics?from=2025-11-27")).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/statistics?from=2025-11-28")).andExpect(status().isOk());
    }

    private void count(LocalDate day, Dimension dimension, String item, long hits) {
        jdbc.update("insert into outcome_count (counted_on, dimension, item, hits) values (?, ?, ?, ?)", day,
                dimension.code(), item, hits);
    }

    private long total(Dimension dimension) {
        LocalDate today = LocalDate.now(clock);
        return statistics.between(today, today).stream().filter(count -> count.dimension() == dimension)
                .mapToLong(OutcomeStatistics.Count::hits).sum();
    }

    private long hits(Dimension dimension, String item) {
        LocalDate today = LocalDate.now(clock);
        return statistics.between(today, today).stream()
                .filter(count -> count.dimension() == dimension && count.item().equals(item))
                .mapToLong(OutcomeStatistics.Count::hits).sum();
    }

    private static List<String> parseCsv(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
