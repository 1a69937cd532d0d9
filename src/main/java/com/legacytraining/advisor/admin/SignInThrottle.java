package com.legacytraining.advisor.admin;

import com.legacytraining.advisor.history.AuditAction;
import com.legacytraining.advisor.history.AuditDetail;
import com.legacytraining.advisor.history.AuditLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Refuses sign-in for 15 minutes after 5 failures for one username, or 20 from one IP address,
 * within 15 minutes. Kept in the database so it holds across restarts and instances. Refused
 * attempts are not counted as failures, so a lockout ends 15 minutes after it began.
 */
@Service
class SignInThrottle {

    static final int MAX_FAILURES_PER_USERNAME = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCKOUT = Duration.ofMinutes(15);

    /** The audit log's subject for every sign-in event. */
    static final String SIGN_IN = "admin sign-in";

    /** Who the audit log names for a passkey that belongs to no admin. */
    static final String UNKNOWN_PASSKEY = "(unknown passkey)";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    SignInThrottle(JdbcClient jdbc, AuditLog audit, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(readOnly = true)
    boolean isLocked(String username, String address) {
        OffsetDateTime now = now();
        return jdbc.sql("select count(*) from sign_in_lockout where subject in (?, ?) and locked_until > ?")
                .params(userSubject(username), addressSubject(address), now)
                .query(Long.class).single() > 0;
    }

    @Transactional(readOnly = true)
    boolean isAddressLocked(String address) {
        return jdbc.sql("select count(*) from sign_in_lockout where subject = ? and locked_until > ?")
                .params(addressSubject(address), now()).query(Long.class).single() > 0;
    }

    /**
     * A passkey that did not sign in: counted against its admin like a wrong password when it names one, and
     * otherwise against the address alone, so that forged passkeys cannot lock out an account by a made-up name.
     */
    @Transactional
    void recordPasskeyFailure(String owner, String address) {
        if (owner != null) {
            recordFailure(owner, address);
            return;
        }
        OffsetDateTime now = now();
        jdbc.sql("insert into sign_in_failure (username, ip_address, failed_at) values (?, ?, ?)")
                .params(UNKNOWN_PASSKEY, address, now).update();
        audit.record(UNKNOWN_PASSKEY, AuditAction.SIGN_IN_FAILED, SIGN_IN,
                AuditDetail.of("audit.detail.fromAddress", address));
        lockAddressAfterTooMany(address, now);
    }

    @Transactional
    void recordFailure(String username, String address) {
        OffsetDateTime now = now();
        jdbc.sql("insert into sign_in_failure (username, ip_address, failed_at) values (?, ?, ?)")
                .params(normalise(username), address, now).update();
        audit.record(username, AuditAction.SIGN_IN_FAILED, SIGN_IN,
                AuditDetail.of("audit.detail.fromAddress", address));
        OffsetDateTime since = now.minus(WINDOW);
        long forUser = jdbc.sql("select count(*) from sign_in_failure where username = ? and failed_at > ?")
                .params(normalise(username), since).query(Long.class).single();
        if (forUser >= MAX_FAILURES_PER_USERNAME) {
            lock(userSubject(username), now);
            audit.record("system", AuditAction.LOCKOUT, SIGN_IN, AuditDetail.of("audit.detail.lockout.username",
                    username, MAX_FAILURES_PER_USERNAME, WINDOW.toMinutes(), LOCKOUT.toMinutes()));
        }
        lockAddressAfterTooMany(address, now);
    }

    private void lockAddressAfterTooMany(String address, OffsetDateTime now) {
        long forAddress = jdbc.sql("select count(*) from sign_in_failure where ip_address = ? and failed_at > ?")
                .params(address, now.minus(WINDOW)).query(Long.class).single();
        if (forAddress >= MAX_FAILURES_PER_ADDRESS) {
            lock(addressSubject(address), now);
            audit.record("system", AuditAction.LOCKOUT, SIGN_IN, AuditDetail.of("audit.detail.lockout.address",
                    address, MAX_FAILURES_PER_ADDRESS, WINDOW.toMinutes(), LOCKOUT.toMinutes()));
        }
    }

    @Transactional
    void recordRefusal(String username, String address) {
        audit.record(username, AuditAction.SIGN_IN_REFUSED, SIGN_IN,
                AuditDetail.of("audit.detail.lockedOutFromAddress", address));
    }

    /**
     * Failures arriving together (on several instances, or threads) may all find no lockout row and all
     * insert one; the losers find the winner's row when they try again. In a transaction of its own,
     * since on PostgreSQL a failed statement spoils the transaction it ran in, with this failure's record.
     */
    private void lock(String subject, OffsetDateTime now) {
        OffsetDateTime until = now.plus(LOCKOUT);
        try {
            ownTransaction.executeWithoutResult(status -> lockOnce(subject, until));
        } catch (DataIntegrityViolationException | ConcurrencyFailureException lockedMeanwhile) {
            ownTransaction.executeWithoutResult(status -> lockOnce(subject, until));
        }
    }

    private void lockOnce(String subject, OffsetDateTime until) {
        int updated = jdbc.sql("update sign_in_lockout set locked_until = ? where subject = ?")
                .params(until, subject).update();
        if (updated == 0) {
            jdbc.sql("insert into sign_in_lockout (subject, locked_until) values (?, ?)").params(subject, until).update();
        }
    }

    private OffsetDateTime now() {
        Instant instant = clock.instant();
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String normalise(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static String userSubject(String username) {
        return "user:" + normalise(username);
    }

    private static String addressSubject(String address) {
        return "ip:" + address;
    }
}
