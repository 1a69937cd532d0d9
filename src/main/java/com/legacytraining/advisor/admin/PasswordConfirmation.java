package com.legacytraining.advisor.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The signed-in admin's password, asked for again before they add a passkey or make new recovery codes: a
 * passkey signs in on its own and outlives a password change, so a session left open on an unlocked laptop,
 * or a stolen cookie, must not be enough to add one. Wrong passwords count like failed sign-ins
 * ({@link SignInThrottle}).
 * <p>
 * An admin made to add a passkey right after typing their password in this session (the requirement holds
 * them at the passkeys page) is not asked again within {@link #RECENT}.
 */
@Component
public class PasswordConfirmation {

    /** How long after signing in with a password an admin held at the passkeys page is not asked again. */
    static final Duration RECENT = Duration.ofMinutes(5);

    private final AdminUsers users;
    private final PasswordEncoder encoder;
    private final SignInThrottle throttle;
    private final SecondFactor secondFactor;
    private final Clock clock;

    PasswordConfirmation(AdminUsers users, PasswordEncoder encoder, SignInThrottle throttle,
            SecondFactor secondFactor, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.throttle = throttle;
        this.secondFactor = secondFactor;
        this.clock = clock;
    }

    /** Whether this admin must type their password before the change. */
    public boolean needed(HttpServletRequest request, Authentication who) {
        boolean justSignedIn = secondFactor.missing(who)
                && SecondFactor.has(who, FactorGrantedAuthority.PASSWORD_AUTHORITY)
                && SessionStamp.signedInAt(request).filter(at -> !clock.instant().isAfter(at.plus(RECENT)))
                        .isPresent();
        return !justSignedIn;
    }

    /** Checks the password typed, when one is {@link #needed}. */
    public Outcome check(HttpServletRequest request, Authentication who, String password) {
        if (!needed(request, who)) {
            return Outcome.CONFIRMED;
        }
        String username = who.getName();
        String address = request.getRemoteAddr();
        if (throttle.isLocked(username, address)) {
            throttle.recordRefusal(username, address);
            return Outcome.LOCKED;
        }
        if (password == null || password.isEmpty()) {
            return Outcome.MISSING;
        }
        boolean matches = users.findByUsernameIgnoreCase(username)
                .filter(user -> encoder.matches(password, user.getPasswordHash())).isPresent();
        if (!matches) {
            throttle.recordFailure(username, address);
            return Outcome.WRONG;
        }
        return Outcome.CONFIRMED;
    }

    /** What became of the password typed; each but {@code CONFIRMED} names its message. */
    public enum Outcome {
        CONFIRMED(null), MISSING("passkeys.error.passwordRequired"), WRONG("passkeys.error.passwordWrong"),
        LOCKED("signIn.locked");

        private final String problemKey;

        Outcome(String problemKey) {
            this.problemKey = problemKey;
        }

        /** The message that tells the admin what to do, for every outcome but {@code CONFIRMED}. */
        public String problemKey() {
            return problemKey;
        }
    }
}
