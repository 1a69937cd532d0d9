package com.legacytraining.advisor.visitors;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Reads the outcome counters for a period, after writing what is pending so a view shows at once.
 * Other modules and the admin pages get only {@link OutcomeFigures}: whole weeks or months, and
 * counts made safe to show.
 */
@Service
public class OutcomeStatistics {

    private final JdbcTemplate jdbc;
    private final OutcomeCounter counter;

    OutcomeStatistics(JdbcTemplate jdbc, OutcomeCounter counter) {
        this.jdbc = jdbc;
        this.counter = counter;
    }

    /** One day's count of one item. */
    record Count(LocalDate day, Dimension dimension, String item, long hits) {
    }

    /** The figures of a period of whole weeks or months. */
    public OutcomeFigures figures(StatisticsPeriod period) {
        return new OutcomeFigures(period, between(period.from(), period.to()));
    }

    /**
     * Every counter from {@code from} to {@code to}, both included, by day, exactly. Not in a
     * read-only transaction: writing the pending counts first needs its own.
     */
    List<Count> between(LocalDate from, LocalDate to) {
        counter.flush();
        return jdbc.query("select counted_on, dimension, item, hits from outcome_count "
                + "where counted_on >= ? and counted_on <= ? order by counted_on, dimension, item",
                (row, number) -> new Count(row.getObject(1, LocalDate.class), Dimension.fromCode(row.getString(2)),
                        row.getString(3), row.getLong(4)),
                Date.valueOf(from), Date.valueOf(to));
    }
}
