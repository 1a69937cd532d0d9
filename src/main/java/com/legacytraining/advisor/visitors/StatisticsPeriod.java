package com.legacytraining.advisor.visitors;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

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
    /** The longest period asked for; a longer one is cut to this many days before its end. */
    public static final int MAX_DAYS = 366;

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

    /**
     * The whole weeks, or else the whole months, that cover the days asked for (in either order, and
     * at most {@value #MAX_DAYS} of them, counted back from the later).
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
