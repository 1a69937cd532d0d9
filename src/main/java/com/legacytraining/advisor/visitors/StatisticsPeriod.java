package com.legacytraining.advisor.visitors;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The period the statistics cover: whole weeks (Monday to Sunday) or, when that would make more than
 * {@value #MAX_BUCKETS} of them, whole calendar months. Never single days: a day is short enough for
 * someone who knows when a colleague used the tool to pick out their visit.
 *
 * @param from the first day, a Monday or the 1st of a month
 * @param to the last day, a Sunday or the last of a month
 */
public record StatisticsPeriod(LocalDate from, LocalDate to, Bucket bucket) {

    /** The most bars a chart over time gets. */
    public static final int MAX_BUCKETS = 30;
    /** The longest period that may be asked for ({@link #problem}); {@link #covering} cuts a longer one. */
    public static final int MAX_DAYS = 366;
    /**
     * The earliest day a period may start or end on: the site holds no figures from before it, so an
     * earlier date is a slip (a year typed as 0001, say) rather than a question.
     */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    /** How far after today a period may end: far enough to ask for the rest of this year, not further. */
    public static final int MAX_YEARS_AHEAD = 1;

    /** What is wrong with a day asked for. */
    public enum Problem {
        EARLY, LATE
    }

    /** How the period is divided over time. */
    public enum Bucket {
        WEEK, MONTH;

        LocalDate startOf(LocalDate day) {
            return this == WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
        }

        LocalDate endOf(LocalDate day) {
            return this == WEEK ? day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))
                    : day.with(TemporalAdjusters.lastDayOfMonth());
        }
    }

    /** The last day a period may start or end on, seen {@code today}. */
    public static LocalDate latest(LocalDate today) {
        return today.plusYears(MAX_YEARS_AHEAD);
    }

    /** What is wrong with one day of a period, seen {@code today}: too early or too late, if anything. */
    public static Optional<Problem> problem(LocalDate day, LocalDate today) {
        if (day.isBefore(EARLIEST)) {
            return Optional.of(Problem.EARLY);
        }
        return day.isAfter(latest(today)) ? Optional.of(Problem.LATE) : Optional.empty();
    }

    /** Whether the days from {@code first} to {@code last}, in either order, are more than {@value #MAX_DAYS}. */
    public static boolean tooLong(LocalDate first, LocalDate last) {
        return days(first, last) > MAX_DAYS;
    }

    /** How many days there are from {@code first} to {@code last}, both counted, in either order. */
    public static long days(LocalDate first, LocalDate last) {
        return Math.abs(ChronoUnit.DAYS.between(first, last)) + 1;
    }

    /**
     * The whole weeks, or else the whole months, that cover the days asked for (in either order, and
     * at most {@value #MAX_DAYS} of them, counted back from the later: ask {@link #tooLong} first, so
     * that no period is cut unseen).
     */
    public static StatisticsPeriod covering(LocalDate first, LocalDate last) {
        LocalDate start = first.isAfter(last) ? last : first;
        LocalDate end = first.isAfter(last) ? first : last;
        if (start.isBefore(end.minusDays(MAX_DAYS - 1))) {
            start = end.minusDays(MAX_DAYS - 1);
        }
        long weeks = ChronoUnit.WEEKS.between(Bucket.WEEK.startOf(start), Bucket.WEEK.startOf(end)) + 1;
        Bucket bucket = weeks <= MAX_BUCKETS ? Bucket.WEEK : Bucket.MONTH;
        return new StatisticsPeriod(bucket.startOf(start), bucket.endOf(end), bucket);
    }

    /** The first day of each week or month of the period, in order. */
    public List<LocalDate> buckets() {
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate start = from; !start.isAfter(to); start = bucketEnd(start).plusDays(1)) {
            starts.add(start);
        }
        return starts;
    }

    /** The last day of the week or month that starts on {@code start}. */
    public LocalDate bucketEnd(LocalDate start) {
        return bucket.endOf(start);
    }

    /** The start of the week or month that holds {@code day}. */
    LocalDate bucketOf(LocalDate day) {
        return bucket.startOf(day);
    }
}
