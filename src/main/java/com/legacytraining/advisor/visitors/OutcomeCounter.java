package com.legacytraining.advisor.visitors;

import com.legacytraining.advisor.questionnaire.ResultShown;
import com.legacytraining.advisor.questionnaire.scoring.Caveat;
import com.legacytraining.advisor.questionnaire.scoring.Recommendation;
import com.legacytraining.advisor.questionnaire.scoring.Rule;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Daily counters of the results shown: outcome, each rule and caveat, each question's answer, the
 * questionnaire version and the channel. A view only adds to counters in memory (no database work
 * on the visitor's request, no lock but the counter's own); the counts are written every half minute,
 * before the statistics page reads them, and at shutdown. Nothing about the visitor is kept, and no
 * row ties one answer to another.
 */
@Component
public class OutcomeCounter {

    private static final Logger log = LoggerFactory.getLogger(OutcomeCounter.class);

    private final Map<Key, AtomicLong> pending = new ConcurrentHashMap<>();
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OutcomeCounter(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener
    void resultShown(ResultShown shown) {
        try {
            LocalDate today = LocalDate.now(clock);
            Recommendation result = shown.recommendation();
            add(today, Dimension.OUTCOME, result.recommendation().name() + "." + result.strength().name());
            result.rules().stream().map(Rule::key).forEach(rule -> add(today, Dimension.RULE, rule));
            result.caveats().stream().map(Caveat::key).forEach(caveat -> add(today, Dimension.CAVEAT, caveat));
            shown.answers().asMap().forEach((question, option) -> add(today, Dimension.ANSWER, question + "=" + option));
            add(today, Dimension.VERSION, String.valueOf(shown.answers().definition().version()));
            add(today, Dimension.CHANNEL, shown.api() ? "api" : "page");
        } catch (RuntimeException failed) {
            log.warn("Could not count a result: {}", failed.toString());
        }
    }

    private void add(LocalDate day, Dimension dimension, String item) {
        pending.computeIfAbsent(new Key(day, dimension, item), key -> new AtomicLong()).incrementAndGet();
    }

    /** Writes the counts gathered so far; what cannot be written stays pending for the next time. */
    @Scheduled(fixedDelayString = "${advisor.visitors.statistics-flush:PT30S}")
    @PreDestroy
    public synchronized void flush() {
        for (var entry : pending.entrySet()) {
            long hits = entry.getValue().getAndSet(0);
            if (hits == 0) {
                continue;
            }
            Key key = entry.getKey();
            try {
                transactions.executeWithoutResult(status -> {
                    int updated = jdbc.update("update outcome_count set hits = hits + ? "
                            + "where counted_on = ? and dimension = ? and item = ?", hits, key.day(),
                            key.dimension().code(), key.item());
                    if (updated == 0) {
                        jdbc.update("insert into outcome_count (counted_on, dimension, item, hits) values (?, ?, ?, ?)",
                                key.day(), key.dimension().code(), key.item(), hits);
                    }
                });
            } catch (RuntimeException failed) {
                // Another instance inserted the same row first, or the database is away: keep the count.
                entry.getValue().addAndGet(hits);
                log.warn("Could not write {} result counts, will retry: {}", hits, failed.toString());
            }
        }
    }

    private record Key(LocalDate day, Dimension dimension, String item) {
    }
}
