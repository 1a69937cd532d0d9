package com.legacytraining.advisor.visitors.web.admin;

import com.legacytraining.advisor.questionnaire.QuestionnaireService;
import com.legacytraining.advisor.questionnaire.scoring.Caveat;
import com.legacytraining.advisor.questionnaire.scoring.QuestionDefinition;
import com.legacytraining.advisor.questionnaire.scoring.Rule;
import com.legacytraining.advisor.questionnaire.scoring.Strength;
import com.legacytraining.advisor.questionnaire.scoring.TrainingType;
import com.legacytraining.advisor.visitors.Dimension;
import com.legacytraining.advisor.visitors.FeedbackCount;
import com.legacytraining.advisor.visitors.FeedbackService;
import com.legacytraining.advisor.visitors.OutcomeStatistics;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Outcome statistics for a period: results by outcome over time and in all, how often each rule and
 * caveat applied, each question's answers, and page feedback; every chart beside a table of the same
 * figures, and all of them as CSV.
 */
@Controller
class StatisticsAdminController {

    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 366;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final OutcomeStatistics statistics;
    private final FeedbackService feedback;
    private final QuestionnaireService questionnaire;
    private final MessageSource messages;
    private final Clock clock;

    StatisticsAdminController(OutcomeStatistics statistics, FeedbackService feedback,
            QuestionnaireService questionnaire, MessageSource messages, Clock clock) {
        this.statistics = statistics;
        this.feedback = feedback;
        this.questionnaire = questionnaire;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin/statistics")
    String statistics(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        Period period = period(from, to);
        model.addAttribute("from", period.from());
        model.addAttribute("to", period.to());
        model.addAttribute("periodText", text("statistics.period", DAY.format(period.from()), DAY.format(period.to())));
        model.addAttribute("charts", charts(period));
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("last7", today.minusDays(6));
        model.addAttribute("last30", today.minusDays(DEFAULT_DAYS - 1));
        model.addAttribute("last365", today.minusDays(364));
        model.addAttribute("today", today);
        return "admin/statistics";
    }

    @GetMapping("/admin/statistics.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Period period = period(from, to);
        StringBuilder csv = new StringBuilder("chart,row,series,count\r\n");
        for (Chart chart : charts(period)) {
            for (Chart.Row row : chart.rows()) {
                for (int s = 0; s < chart.series().size(); s++) {
                    csv.append(cell(chart.title())).append(',').append(cell(row.label())).append(',')
                            .append(cell(chart.series().get(s))).append(',').append(row.values().get(s)).append("\r\n");
                }
            }
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("statistics-" + period.from() + "-to-" + period.to() + ".csv").build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private Period period(LocalDate from, LocalDate to) {
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        LocalDate start = from == null ? end.minusDays(DEFAULT_DAYS - 1) : from;
        if (start.isAfter(end)) {
            LocalDate swap = start;
            start = end;
            end = swap;
        }
        if (start.isBefore(end.minusDays(MAX_DAYS - 1))) {
            start = end.minusDays(MAX_DAYS - 1);
        }
        return new Period(start, end);
    }

    private List<Chart> charts(Period period) {
        var counts = statistics.between(period.from(), period.to());
        Map<Dimension, Map<String, Long>> totals = new HashMap<>();
        Map<LocalDate, Map<String, Long>> outcomesByDay = new HashMap<>();
        for (var count : counts) {
            totals.computeIfAbsent(count.dimension(), key -> new HashMap<>()).merge(count.item(), count.hits(), Long::sum);
            if (count.dimension() == Dimension.OUTCOME) {
                outcomesByDay.computeIfAbsent(count.day(), key -> new HashMap<>()).merge(count.item(), count.hits(),
                        Long::sum);
            }
        }
        List<String> outcomes = new ArrayList<>();
        List<String> outcomeNames = new ArrayList<>();
        for (TrainingType type : TrainingType.values()) {
            for (Strength strength : Strength.values()) {
                outcomes.add(type.name() + "." + strength.name());
                outcomeNames.add(text("statistics.outcome." + type.name() + "." + strength.name()));
            }
        }
        String results = text("statistics.series.results");
        List<Chart> charts = new ArrayList<>();

        List<Chart.Row> days = new ArrayList<>();
        for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
            Map<String, Long> ofDay = outcomesByDay.getOrDefault(day, Map.of());
            days.add(new Chart.Row(DAY.format(day), outcomes.stream().map(o -> ofDay.getOrDefault(o, 0L)).toList()));
        }
        charts.add(new Chart("over-time", text("statistics.chart.overTime"), text("statistics.chart.overTime.desc"),
                outcomeNames, days));

        Map<String, Long> outcomeTotals = totals.getOrDefault(Dimension.OUTCOME, Map.of());
        List<Chart.Row> byOutcome = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            byOutcome.add(new Chart.Row(outcomeNames.get(i), List.of(outcomeTotals.getOrDefault(outcomes.get(i), 0L))));
        }
        charts.add(new Chart("by-outcome", text("statistics.chart.byOutcome"), text("statistics.chart.byOutcome.desc"),
                List.of(results), byOutcome));

        Map<String, Long> rules = totals.getOrDefault(Dimension.RULE, Map.of());
        charts.add(new Chart("rules", text("statistics.chart.rules"), text("statistics.chart.rules.desc"),
                List.of(results), java.util.Arrays.stream(Rule.values()).map(rule -> new Chart.Row(
                        text("questionnaire.rule." + rule.key() + ".title"), List.of(rules.getOrDefault(rule.key(), 0L))))
                        .toList()));

        Map<String, Long> caveats = totals.getOrDefault(Dimension.CAVEAT, Map.of());
        charts.add(new Chart("caveats", text("statistics.chart.caveats"), text("statistics.chart.caveats.desc"),
                List.of(results), java.util.Arrays.stream(Caveat.values()).map(caveat -> new Chart.Row(
                        text("questionnaire.caveat." + caveat.key() + ".title"),
                        List.of(caveats.getOrDefault(caveat.key(), 0L)))).toList()));

        Map<String, Long> answers = totals.getOrDefault(Dimension.ANSWER, Map.of());
        int number = 1;
        for (QuestionDefinition question : questionnaire.current().questions()) {
            charts.add(new Chart("question-" + number, text("statistics.chart.question", number, question.text()),
                    text("statistics.chart.question.desc"), List.of(results),
                    question.options().stream().map(option -> new Chart.Row(option.text(),
                            List.of(answers.getOrDefault(question.key() + "=" + option.key(), 0L)))).toList()));
            number++;
        }

        List<Chart.Row> pages = new ArrayList<>();
        for (FeedbackCount count : feedback.counts(period.from().atStartOfDay().toInstant(ZoneOffset.UTC),
                period.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))) {
            String label = count.outcome() == null ? count.page()
                    : text("statistics.feedbackRow", count.page(), text("statistics.outcome." + count.outcome()));
            pages.add(new Chart.Row(label, List.of(count.yes(), count.no())));
        }
        charts.add(new Chart("feedback", text("statistics.chart.feedback"), text("statistics.chart.feedback.desc"),
                List.of(text("feedback.yes"), text("feedback.no")), pages));
        return charts;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.UK);
    }

    /** A CSV cell, quoted; a leading = + - @ is defused so a spreadsheet never runs it as a formula. */
    private static String cell(String text) {
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    private record Period(LocalDate from, LocalDate to) {
    }
}
