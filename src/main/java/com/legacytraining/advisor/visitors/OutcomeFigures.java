package com.legacytraining.advisor.visitors;

import com.legacytraining.advisor.questionnaire.scoring.TrainingType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome counters of one period, added up per week or month and for the whole period. The
 * exact sums stay inside: every figure it gives out is a {@link SafeCount}.
 */
public final class OutcomeFigures {

    private final StatisticsPeriod period;
    private final Map<Dimension, Map<String, Long>> totals = new HashMap<>();
    private final Map<LocalDate, Map<String, Long>> outcomesByBucket = new HashMap<>();

    OutcomeFigures(StatisticsPeriod period, List<OutcomeStatistics.Count> counts) {
        this.period = period;
        for (OutcomeStatistics.Count count : counts) {
            totals.computeIfAbsent(count.dimension(), key -> new HashMap<>()).merge(count.item(), count.hits(), Long::sum);
            if (count.dimension() == Dimension.OUTCOME) {
                outcomesByBucket.computeIfAbsent(period.bucketOf(count.day()), key -> new HashMap<>())
                        .merge(count.item(), count.hits(), Long::sum);
            }
        }
    }

    public StatisticsPeriod period() {
        return period;
    }

    /** Whether no result at all was shown in the period (which says nothing about anyone). */
    public boolean nothingCounted() {
        return totals.getOrDefault(Dimension.OUTCOME, Map.of()).values().stream().allMatch(hits -> hits == 0);
    }

    /** How often the item was counted in the whole period, such as an answer {@code "frequency=rarely"}. */
    public SafeCount total(Dimension dimension, String item) {
        return SafeCount.of(totals.getOrDefault(dimension, Map.of()).getOrDefault(item, 0L));
    }

    /** All results shown in the period. */
    public SafeCount results() {
        return SafeCount.of(sum(totals.getOrDefault(Dimension.OUTCOME, Map.of()), null));
    }

    /** The results recommending this type of training in the period. */
    public SafeCount results(TrainingType type) {
        return SafeCount.of(sum(totals.getOrDefault(Dimension.OUTCOME, Map.of()), type));
    }

    /** The results of the week or month starting on {@code bucket}: all of them when {@code type} is null. */
    public SafeCount results(LocalDate bucket, TrainingType type) {
        return SafeCount.of(sum(outcomesByBucket.getOrDefault(bucket, Map.of()), type));
    }

    private static long sum(Map<String, Long> outcomes, TrainingType type) {
        return outcomes.entrySet().stream()
                .filter(outcome -> type == null || outcome.getKey().startsWith(type.name() + "."))
                .mapToLong(Map.Entry::getValue).sum();
    }
}
