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
    void everyChartShowsTheFiguresOfItsTableAndOfTheCsv() throws Exception {
        mvc.perform(get("/questionnaire/result?" + Scenarios.all().get(2).answers().toQueryString()));
        Document page = Html.parse(mvc.perform(get("/admin/statistics")).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store")).andReturn());
        String csv = mvc.perform(get("/admin/statistics.csv")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        Set<String> fromCharts = new HashSet<>();
        Set<String> fromTables = new HashSet<>();
        Set<String> fromCsv = new HashSet<>();
        for (Element chart : page.select("section.chart")) {
            String title = chart.selectFirst("h2").text();
            for (Element bar : chart.select("rect")) {
                fromCharts.add(title + "|" + bar.attr("data-row") + "|" + bar.attr("data-series") + "|" + bar.attr("data-value"));
            }
            for (Element row : chart.select("tbody tr")) {
                for (Element cell : row.select("td")) {
                    if (!cell.text().equals("0")) {
                        fromTables.add(title + "|" + row.selectFirst("th").text() + "|" + cell.attr("data-series") + "|" + cell.text());
                    }
                }
            }
            if (!chart.select("svg").isEmpty()) {
                assertThat(chart.select("svg title").text()).isEqualTo(title);
                assertThat(chart.select("svg desc").text()).isNotBlank();
            }
        }
        for (String line : csv.split("\r\n")) {
            List<String> cells = parseCsv(line);
            if (!cells.get(0).equals("chart") && !cells.get(3).equals("0")) {
                fromCsv.add(String.join("|", cells));
            }
        }
        assertThat(fromCharts).isNotEmpty().isEqualTo(fromTables).isEqualTo(fromCsv);
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("[style]")).isEmpty();
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
