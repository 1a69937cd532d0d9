package com.legacytraining.advisor.admin;

import com.legacytraining.advisor.history.AuditAction;
import com.legacytraining.advisor.history.AuditDetail;
import com.legacytraining.advisor.history.AuditLog;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time codes that stand in for an admin's passkey as their second factor, for the day the passkey is
 * lost. They are shown once when made and kept only as SHA-256 hashes, so nobody can read them back; each
 * works once. Wrong codes count as failed sign-ins ({@link SignInThrottle}).
 * <p>
 * A code is 16 characters from a 31-letter alphabet, about 79 random bits: too many to guess or to work back
 * from its hash, so, like an API token, it needs no slow password hash (BCrypt made adding a first passkey
 * take seconds, and every wrong code cost ten BCrypt checks), and its hash can be looked up directly.
 */
@Service
public class RecoveryCodes {

    /** How many codes a set has. */
    public static final int COUNT = 10;

    /** Letters and digits nobody mistakes for another (no 0/o, 1/l/i). */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int GROUPS = 4;
    private static final int GROUP_LENGTH = 4;
    private static final int LONGEST_INPUT = 40;

    private final JdbcClient jdbc;
    private final SignInThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    RecoveryCodes(JdbcClient jdbc, SignInThrottle throttle, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    /** Makes a new set of codes for an admin, replacing any they had, and returns them: the only time they are seen. */
    @Transactional
    public List<String> make(String username) {
        jdbc.sql("delete from admin_recovery_code where username = ?").param(username).update();
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            String code = newCode();
            codes.add(code);
            jdbc.sql("insert into admin_recovery_code (username, code_hash, created_at) values (?, ?, ?)")
                    .params(username, HexFormat.of().formatHex(hash(normalise(code))), now).update();
        }
        audit.record(username, AuditAction.RECOVERY_CODES_MADE, "admin " + username);
        return codes;
    }

    /** How many unused codes an admin has. */
    @Transactional(readOnly = true)
    public int remaining(String username) {
        return jdbc.sql("select count(*) from admin_recovery_code where username = ?").param(username)
                .query(Integer.class).single();
    }

    /**
     * Uses one of an admin's codes, which then no longer works.
     *
     * @param address where the attempt came from, for the throttle
     */
    @Transactional
    public Outcome use(String username, String code, String address) {
        if (throttle.isLocked(username, address)) {
            throttle.recordRefusal(username, address);
            return Outcome.LOCKED;
        }
        String typed = code == null || code.length() > LONGEST_INPUT ? "" : normalise(code);
        // Found and removed in one statement: of two requests using a code at the same moment, only the one whose
        // delete removed it gets in. The hash of a long random code is safe to look up directly.
        if (!typed.isEmpty() && jdbc.sql("delete from admin_recovery_code where username = ? and code_hash = ?")
                .params(username, HexFormat.of().formatHex(hash(typed))).update() == 1) {
            audit.record(username, AuditAction.RECOVERY_CODE_USED, SignInThrottle.SIGN_IN,
                    AuditDetail.of("audit.detail.recoveryCodesLeft", remaining(username)));
            return Outcome.ACCEPTED;
        }
        throttle.recordFailure(username, address);
        return Outcome.WRONG;
    }

    private String newCode() {
        StringBuilder code = new StringBuilder();
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                code.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return code.toString();
    }

    private static byte[] hash(String normalisedCode) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(normalisedCode.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("Every Java has SHA-256", missing);
        }
    }

    /** As typed, a code may have spaces, capitals or no hyphens. */
    private static String normalise(String code) {
        return code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    /** What became of a code. */
    public enum Outcome {
        ACCEPTED, WRONG, LOCKED
    }
}
