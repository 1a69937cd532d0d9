package com.legacytraining.advisor.history;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Makes each admin form count once. A form carries a submission token, made when the page is shown
 * ({@link #newToken()}). The first submission that changes something records the token, with what it
 * did, in the same transaction as the change. The same form sent again (a double click, a resend) finds
 * the record, changes nothing and is told so; two sent at the same instant cannot both record it (the
 * token and the action are the table's key), so the later one rolls back and is told the same. An edit
 * from another form based on an old version is still a {@link SaveOutcome.Conflict}. Records are
 * forgotten after {@link #KEPT_FOR}.
 */
@Service
public class Submissions {

    static final Duration KEPT_FOR = Duration.ofDays(1);

    /** What {@link #newToken()} makes, and what a tampered or truncated field is not. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    private final Clock clock;

    Submissions(JdbcClient jdbc, TransactionOperations transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A new, unguessable submission token for a form about to be shown. */
    public static String newToken() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Creates something once per form, in a transaction of its own; call it outside any transaction.
     *
     * @param token the form's submission token; without a well-formed one, every call creates
     * @param action what the form does, as recorded ("create faq")
     * @param create creates the item and returns its id
     */
    public Created create(String token, String action, String who, LongSupplier create) {
        Optional<String> form = wellFormed(token);
        Optional<Long> earlier = form.flatMap(key -> recorded(key, action));
        if (earlier.isPresent()) {
            return new Created(earlier.get(), true);
        }
        try {
            return transactions.execute(status -> {
                long id = create.getAsLong();
                form.ifPresent(key -> record(key, action, id, who));
                return new Created(id, false);
            });
        } catch (DataIntegrityViolationException | ConcurrencyFailureException race) {
            return form.flatMap(key -> recorded(key, action)).map(id -> new Created(id, true)).orElseThrow(() -> race);
        }
    }

    /**
     * Saves an edit once per form: {@link SaveOutcome#inTransaction}, recording the token when the edit is
     * saved, and answering {@link SaveOutcome.Repeated} when this form's edit was saved before, or by a twin
     * that won the race this one lost. Call it outside any transaction.
     *
     * @param token the form's submission token; without a well-formed one, every call is applied
     * @param action what the form does to which item, as recorded ("publish faq 12")
     */
    public <L> SaveOutcome<L> save(String token, String action, String who, Supplier<SaveOutcome<L>> save,
            Supplier<L> latest) {
        Optional<String> form = wellFormed(token);
        if (form.isPresent() && recorded(form.get(), action).isPresent()) {
            return new SaveOutcome.Repeated<>();
        }
        SaveOutcome<L> outcome = SaveOutcome.inTransaction(transactions, () -> {
            SaveOutcome<L> saved = save.get();
            if (saved instanceof SaveOutcome.Saved<L>) {
                form.ifPresent(key -> record(key, action, null, who));
            }
            return saved;
        }, latest);
        return outcome.isConflict() && form.isPresent() && recorded(form.get(), action).isPresent()
                ? new SaveOutcome.Repeated<>() : outcome;
    }

    /** Forgets forms sent more than a day ago: by then a resend is a new decision, not a double click. */
    @Scheduled(cron = "${advisor.submissions.forget-cron:0 20 * * * *}")
    void forgetOld() {
        jdbc.sql("delete from form_submission where done_at < ?").param(now().minus(KEPT_FOR)).update();
    }

    private Optional<Long> recorded(String token, String action) {
        return jdbc.sql("select coalesce(item_id, 0) from form_submission where token = ? and action = ?")
                .params(token, action).query(Long.class).optional();
    }

    private void record(String token, String action, Long itemId, String who) {
        jdbc.sql("insert into form_submission (token, action, item_id, done_by, done_at) values (?, ?, ?, ?, ?)")
                .params(token, action, itemId, who.length() > 200 ? who.substring(0, 200) : who, now()).update();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static Optional<String> wellFormed(String token) {
        return token != null && TOKEN.matcher(token).matches() ? Optional.of(token) : Optional.empty();
    }

    /**
     * What a form that creates did.
     *
     * @param id the item's id: the one created now, or by the earlier submission of the same form
     * @param repeated whether an earlier submission of the same form created it, and nothing was created now
     */
    public record Created(long id, boolean repeated) {
    }
}
