package com.legacytraining.advisor.visitors.web.admin;

import com.legacytraining.advisor.site.FormInput;
import com.legacytraining.advisor.visitors.StatisticsPeriod;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.validation.Errors;

/**
 * The statistics page's period form, a GET form of two dates as a date input sends them
 * (year-month-day). Held as text, so that a date that is no date, or one out of range, is shown
 * back with its error rather than lost.
 */
public class StatisticsPeriodForm {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private String from = "";
    private String to = "";

    /** The inputs in page order, for the error summary. */
    public List<FormInput> inputs() {
        return List.of(FormInput.labelled("from", "from", "statistics.from"),
                FormInput.labelled("to", "to", "statistics.to"));
    }

    /**
     * The period asked for: the four weeks up to {@code to} without a {@code from}, up to today without
     * a {@code to}. Empty, with each problem in {@code errors}, when a date is no date, is out of
     * {@link StatisticsPeriod}'s range or the period is longer than it allows.
     */
    Optional<StatisticsPeriod> period(LocalDate today, Errors errors) {
        Optional<LocalDate> first = day("from", from, today, errors);
        Optional<LocalDate> last = day("to", to, today, errors);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        LocalDate end = last.orElse(today);
        LocalDate start = first.orElse(end.minusWeeks(3));
        if (StatisticsPeriod.tooLong(start, end)) {
            LocalDate earlier = start.isAfter(end) ? end : start;
            LocalDate later = start.isAfter(end) ? start : end;
            errors.rejectValue("from", "statistics.error.long", new Object[] { StatisticsPeriod.MAX_DAYS,
                    DAY.format(earlier), DAY.format(later), StatisticsPeriod.days(start, end) }, null);
            return Optional.empty();
        }
        return Optional.of(StatisticsPeriod.covering(start, end));
    }

    /** The day typed in {@code field}, empty when none was; a problem with it goes into {@code errors}. */
    private static Optional<LocalDate> day(String field, String text, LocalDate today, Errors errors) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text.strip());
        }
        catch (DateTimeParseException notADate) {
            errors.rejectValue(field, "statistics.error.date");
            return Optional.empty();
        }
        StatisticsPeriod.problem(day, today).ifPresent(problem -> errors.rejectValue(field,
                "statistics.error." + problem.name().toLowerCase(Locale.ROOT), new Object[] { DAY.format(problem == StatisticsPeriod.Problem.EARLY
                        ? StatisticsPeriod.EARLIEST : StatisticsPeriod.latest(today)) }, null));
        return Optional.of(day);
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from == null ? "" : from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to == null ? "" : to;
    }
}
