package com.legacytraining.advisor.visitors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatisticsPeriodTests {

    @Test
    void everyPeriodIsWholeWeeksOrMonthsCoveringTheDaysAskedForInAtMost30Bars() {
        LocalDate first = LocalDate.of(2025, 12, 27);
        for (int startShift = 0; startShift < 7; startShift++) {
            LocalDate from = first.plusDays(startShift);
            for (int days = 1; days <= StatisticsPeriod.MAX_DAYS; days++) {
                LocalDate to = from.plusDays(days - 1);
                StatisticsPeriod period = StatisticsPeriod.covering(from, to);
                assertThat(period.from()).isBeforeOrEqualTo(from);
                assertThat(period.to()).isAfterOrEqualTo(to);
                assertThat(period.buckets()).hasSizeBetween(1, StatisticsPeriod.MAX_BUCKETS);
                if (period.bucket() == StatisticsPeriod.Bucket.WEEK) {
                    assertThat(period.from().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
                    assertThat(period.to().getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
                } else {
                    assertThat(period.from().getDayOfMonth()).isEqualTo(1);
                    assertThat(period.to().plusDays(1).getDayOfMonth()).isEqualTo(1);
                    assertThat(days).as("months only when weeks would be too many").isGreaterThan(7 * 28);
                }
            }
        }
    }

    @Test
    void aSingleDayBecomesItsWholeWeekAndDatesInTheWrongOrderAreSwapped() {
        StatisticsPeriod day = StatisticsPeriod.covering(LocalDate.of(2026, 11, 28), LocalDate.of(2026, 11, 28));
        assertThat(day).isEqualTo(new StatisticsPeriod(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29),
                StatisticsPeriod.Bucket.WEEK));
        assertThat(StatisticsPeriod.covering(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 2)))
                .isEqualTo(StatisticsPeriod.covering(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 30)));
    }

    @Test
    void aLongerPeriodIsCutToAYearBeforeItsEnd() {
        StatisticsPeriod period = StatisticsPeriod.covering(LocalDate.of(1990, 1, 1), LocalDate.of(2026, 11, 28));
        assertThat(period.bucket()).isEqualTo(StatisticsPeriod.Bucket.MONTH);
        assertThat(period.from()).isEqualTo(LocalDate.of(2025, 11, 1));
        assertThat(period.to()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(StatisticsPeriod.covering(LocalDate.MIN, LocalDate.of(9999, 12, 31)).buckets()).hasSizeLessThanOrEqualTo(13);
    }

    @Test
    void countsBelowFiveAreHiddenAndTheRestRoundedToTheNearestFive() {
        for (long small = 0; small < 5; small++) {
            assertThat(SafeCount.of(small)).isEqualTo(new SafeCount(0, true));
        }
        assertThat(SafeCount.of(5)).isEqualTo(new SafeCount(5, false));
        assertThat(SafeCount.of(7)).isEqualTo(new SafeCount(5, false));
        assertThat(SafeCount.of(8)).isEqualTo(new SafeCount(10, false));
        assertThat(SafeCount.of(21)).isEqualTo(new SafeCount(20, false));
        assertThat(SafeCount.of(1_000_003)).isEqualTo(new SafeCount(1_000_005, false));
    }
}
