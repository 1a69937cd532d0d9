package com.legacytraining.advisor.visitors.web.admin;

import com.legacytraining.advisor.content.ContentService;
import com.legacytraining.advisor.questionnaire.QuestionnaireService;
import com.legacytraining.advisor.questionnaire.scoring.Caveat;
import com.legacytraining.advisor.questionnaire.scoring.OptionDefinition;
import com.legacytraining.advisor.questionnaire.scoring.QuestionDefinition;
import com.legacytraining.advisor.questionnaire.scoring.Rule;
import com.legacytraining.advisor.questionnaire.scoring.Strength;
import com.legacytraining.advisor.questionnaire.scoring.TrainingType;
import com.legacytraining.advisor.visitors.Dimension;
import com.legacytraining.advisor.visitors.FeedbackCount;
import com.legacytraining.advisor.visitors.FeedbackService;
import com.legacytraining.advisor.visitors.OutcomeFigures;
import com.legacytraining.advisor.visitors.OutcomeStatistics;
import com.legacytraining.advisor.visitors.SafeCount;
import com.legacytraining.advisor.visitors.StatisticsPeriod;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Outcome statistics for a period of whole weeks or months: a summary, results over time and in all,
 * how often each rule and caveat applied, each question's answers, and page feedback; every chart
 * beside a table of the same figures, and all of them as CSV. Every figure is a {@link SafeCount}.
 */
@Controller
class StatisticsAdminController {

    private static final DateTimeFormatter DAY = StatisticsPeriodForm.DAY;
    private static final DateTimeFormatter DAY_IN_YEAR = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final OutcomeStatistics statistics;
    private final FeedbackService feedback;
    private final QuestionnaireService questionnaire;
    private final ContentService content;
    private final MessageSource messages;
    private final Clock clock;

    StatisticsAdminController(OutcomeStatistics statistics, FeedbackService feedback,
            QuestionnaireService questionnaire, ContentService content, MessageSource messages, Clock clock) {
        this.statistics = statistics;
        this.content = content;
        this.feedback = feedback;
        this.questionnaire = questionnaire;
        this.messages = messages;
        this.clock = clock;
    }

    /** The statistics of the period asked for; dates the form refuses show it again with its errors, as a 400. */
    @GetMapping("/admin/statistics")
    String statistics(@ModelAttribute("form") StatisticsPeriodForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        LocalDate today = LocalDate.now(clock);
        Optional<StatisticsPeriod> asked = form.period(today, errors);
        addPeriodLinks(model, today);
        if (asked.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "admin/statistics";
        }
        StatisticsPeriod period = asked.get();
        Charts charts = charts(period);
        form.setFrom(period.from().toString());
        form.setTo(period.to().toString());
        model.addAttribute("periodText", text("statistics.period." + period.bucket(), DAY.format(period.from()),
                DAY.format(period.to()), period.buckets().size()));
        model.addAttribute("summary", charts.summary());
        model.addAttribute("overview", charts.overview());
        model.addAttribute("questions", charts.questions());
        model.addAttribute("feedbackChart", charts.feedback());
        model.addAttribute("threshold", SafeCount.THRESHOLD);
        return "admin/statistics";
    }

    /** The figures of the period asked for as CSV; dates the form refuses show the page with its errors, as a 400. */
    @GetMapping("/admin/statistics.csv")
    Object csv(@ModelAttribute("form") StatisticsPeriodForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        LocalDate today = LocalDate.now(clock);
        Optional<StatisticsPeriod> asked = form.period(today, errors);
        if (asked.isEmpty()) {
            addPeriodLinks(model, today);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "admin/statistics";
        }
        StatisticsPeriod period = asked.get();
        StringBuilder csv = new StringBuilder("chart,row,series,count\r\n");
        for (Chart chart : charts(period).all()) {
            for (Chart.Row row : chart.rows()) {
                List<Chart.Cell> figures = row.figures();
                for (int column = 0; column < figures.size(); column++) {
                    csv.append(cell(chart.title())).append(',').append(cell(row.label())).append(',')
                            .append(cell(chart.columns().get(column))).append(',')
                            .append(cell(figures.get(column).text())).append("\r\n");
                }
            }
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("statistics-" + period.from() + "-to-" + period.to() + ".csv").build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The links to the usual periods, which the page offers whether or not the dates typed were refused. */
    private static void addPeriodLinks(Model model, LocalDate today) {
        model.addAttribute("last4Weeks", today.minusWeeks(3));
        model.addAttribute("last6Months", today.minusMonths(5).withDayOfMonth(1));
        model.addAttribute("last12Months", today.minusMonths(11).withDayOfMonth(1));
        model.addAttribute("today", today);
    }

    /** The page's charts in page order: the summary, the overview, one per question, page feedback. */
    private record Charts(Chart summary, List<Chart> overview, List<Chart> questions, Chart feedback) {

        List<Chart> all() {
            List<Chart> all = new ArrayList<>(List.of(summary));
            all.addAll(overview);
            all.addAll(questions);
            all.add(feedback);
            return all;
        }
    }

    private Charts charts(StatisticsPeriod period) {
        OutcomeFigures figures = statistics.figures(period);
        boolean counted = !figures.nothingCounted();
        String results = text("statistics.series.results");
        List<FeedbackCount> feedbackCounts = feedback.counts(
                period.from().atStartOfDay().toInstant(ZoneOffset.UTC),
                period.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));

        List<Chart.Row> summary = new ArrayList<>();
        summary.add(new Chart.Row(text("statistics.summary.results"), cell(figures.results())));
        for (TrainingType type : TrainingType.values()) {
            summary.add(new Chart.Row(text("statistics.summary." + type.name()), cell(figures.results(type))));
        }
        summary.add(new Chart.Row(text("statistics.summary.api"), cell(figures.total(Dimension.CHANNEL, "api"))));
        summary.add(new Chart.Row(text("statistics.summary.feedbackYes"),
                cell(SafeCount.of(feedbackCounts.stream().mapToLong(FeedbackCount::yes).sum()))));
        summary.add(new Chart.Row(text("statistics.summary.feedbackNo"),
                cell(SafeCount.of(feedbackCounts.stream().mapToLong(FeedbackCount::no).sum()))));

        List<Chart> overview = new ArrayList<>();
        List<Chart.Row> buckets = new ArrayList<>();
        for (LocalDate bucket : counted ? period.buckets() : List.<LocalDate>of()) {
            List<Chart.Cell> cells = Arrays.stream(TrainingType.values())
                    .map(type -> cell(figures.results(bucket, type))).toList();
            buckets.add(new Chart.Row(bucketLabel(period, bucket), cells, cell(figures.results(bucket, null))));
        }
        String bucket = period.bucket().name();
        overview.add(new Chart("over-time", text("statistics.chart.overTime." + bucket),
                text("statistics.chart.overTime." + bucket + ".desc"),
                Arrays.stream(TrainingType.values()).map(type -> text("statistics.summary." + type.name())).toList(),
                text("statistics.series.allResults"), buckets));

        List<Chart.Row> byOutcome = new ArrayList<>();
        for (TrainingType type : counted ? TrainingType.values() : new TrainingType[0]) {
            for (Strength strength : Strength.values()) {
                String outcome = type.name() + "." + strength.name();
                byOutcome.add(new Chart.Row(text("statistics.outcome." + outcome),
                        cell(figures.total(Dimension.OUTCOME, outcome))));
            }
        }
        overview.add(Chart.simple("by-outcome", text("statistics.chart.byOutcome"),
                text("statistics.chart.byOutcome.desc"), results, byOutcome));

        overview.add(Chart.simple("rules", text("statistics.chart.rules"), text("statistics.chart.rules.desc"),
                results, Arrays.stream(counted ? Rule.values() : new Rule[0]).map(rule -> new Chart.Row(
                        content.published().advice("rule." + rule.key()).title(), cell(figures.total(Dimension.RULE, rule.key()))))
                        .toList()));

        overview.add(Chart.simple("caveats", text("statistics.chart.caveats"), text("statistics.chart.caveats.desc"),
                results, Arrays.stream(counted ? Caveat.values() : new Caveat[0]).map(caveat -> new Chart.Row(
                        content.published().advice("caveat." + caveat.key()).title(),
                        cell(figures.total(Dimension.CAVEAT, caveat.key())))).toList()));

        List<Chart> questions = new ArrayList<>();
        int number = 1;
        for (QuestionDefinition question : questionnaire.current().questions()) {
            questions.add(Chart.simple("question-" + number, text("statistics.chart.question", number, question.text()),
                    text("statistics.chart.question.desc"), results,
                    (counted ? question.options() : List.<OptionDefinition>of()).stream().map(option -> new Chart.Row(
                            option.text(), cell(figures.total(Dimension.ANSWER, question.key() + "=" + option.key()))))
                            .toList()));
            number++;
        }

        List<Chart.Row> pages = new ArrayList<>();
        for (FeedbackCount count : feedbackCounts) {
            String label = count.outcome() == null ? count.page()
                    : text("statistics.feedbackRow", count.page(), text("statistics.outcome." + count.outcome()));
            pages.add(new Chart.Row(label, List.of(cell(SafeCount.of(count.yes())), cell(SafeCount.of(count.no()))),
                    cell(SafeCount.of(count.yes() + count.no()))));
        }
        Chart feedbackChart = new Chart("feedback", text("statistics.chart.feedback"),
                text("statistics.chart.feedback.desc"), List.of(text("feedback.yes"), text("feedback.no")),
                text("statistics.series.answers"), pages);

        return new Charts(new Chart("summary", text("statistics.summary"), text("statistics.summary"),
                List.of(text("statistics.series.count")), null, summary), overview, questions, feedbackChart);
    }

    private String bucketLabel(StatisticsPeriod period, LocalDate start) {
        if (period.bucket() == StatisticsPeriod.Bucket.MONTH) {
            return MONTH.format(start);
        }
        LocalDate end = period.bucketEnd(start);
        return text("statistics.week", start.getYear() == end.getYear() ? DAY_IN_YEAR.format(start) : DAY.format(start),
                DAY.format(end));
    }

    private Chart.Cell cell(SafeCount count) {
        return count.hidden() ? new Chart.Cell(text("statistics.fewerThan", SafeCount.THRESHOLD), 0, true)
                : new Chart.Cell(String.valueOf(count.value()), count.value(), false);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.UK);
    }

    /** A CSV cell, quoted; a leading = + - @ is defused so a spreadsheet never runs it as a formula. */
    private static String cell(String text) {
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
