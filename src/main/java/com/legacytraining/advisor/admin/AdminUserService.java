package com.legacytraining.advisor.admin;

import com.legacytraining.advisor.history.AuditAction;
import com.legacytraining.advisor.history.AuditLog;
import com.legacytraining.advisor.history.Submissions;
import com.legacytraining.advisor.site.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.DigestUtils;

/** Admin accounts: sign-in lookup, creation, password changes, enabling and disabling. */
@Service
public class AdminUserService implements UserDetailsService {

    private final AdminUsers users;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final Submissions submissions;
    private final Clock clock;
    private final JdbcClient jdbc;

    AdminUserService(AdminUsers users, PasswordEncoder passwordEncoder, AuditLog audit, Submissions submissions,
            Clock clock, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.submissions = submissions;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AdminUser user = users.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such admin"));
        List<GrantedAuthority> authorities = new ArrayList<>(List.of(new SimpleGrantedAuthority("ROLE_ADMIN")));
        if (user.isPasswordChangeDue()) {
            authorities.add(new SimpleGrantedAuthority(PasswordChangeDue.AUTHORITY));
        }
        return User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .authorities(authorities)
                .disabled(!user.isEnabled())
                .build();
    }

    /**
     * What a session of this admin must still match to stay signed in: a digest of the current
     * password hash and of the ids of their passkeys, so it changes with every password change and
     * every passkey added or removed. Empty when the account is disabled or gone.
     */
    @Transactional(readOnly = true)
    public Optional<String> credentialStamp(String username) {
        // One query, as every admin request asks: the password hash, then each passkey id (none: one null row).
        List<String> parts = jdbc.sql("""
                select u.password_hash, c.credential_id from admin_user u
                left join user_entities e on e.name = u.username
                left join user_credentials c on c.user_entity_user_id = e.id
                where lower(u.username) = lower(?) and u.enabled = true
                order by c.credential_id""").param(username)
                .query((row, index) -> index == 0 ? row.getString(1) + nullToEmpty(row.getString(2))
                        : "," + row.getString(2))
                .list();
        return parts.isEmpty() ? Optional.empty()
                : Optional.of(DigestUtils.md5DigestAsHex(String.join("", parts).getBytes(StandardCharsets.UTF_8)));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    @Transactional(readOnly = true)
    public boolean anyExists() {
        return users.count() > 0;
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.findByUsernameIgnoreCase(username).isPresent();
    }

    @Transactional(readOnly = true)
    public List<Account> accounts() {
        // Sorted here, not by the database: H2 and PostgreSQL's C collation put "Bob" before "alice", others not.
        return users.findAll().stream()
                .sorted(Comparator.comparing(AdminUser::getUsername, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(AdminUser::getUsername))
                .map(user -> new Account(user.getId(), user.getUsername(), user.isEnabled(), user.getCreatedAt()))
                .toList();
    }

    /** Who chose an admin's password: the admin, or someone else who may still know it. */
    public enum PasswordSetBy {
        OWNER, SOMEONE_ELSE
    }

    /** Creates an admin who chose their own password; the caller has checked it against {@link PasswordPolicy}. */
    public void create(String username, String password, String actor) {
        create(username, password, actor, PasswordSetBy.OWNER, null);
    }

    /**
     * Creates the first admin, at start-up; the caller has checked the password against {@link PasswordPolicy}.
     * One whose password was generated is asked on every admin page to choose their own ({@link PasswordChangeDue}).
     */
    public void createFirstAdmin(String username, String password, PasswordSetBy setBy) {
        create(username, password, "system", setBy, null);
    }

    /**
     * Creates an admin once per form, with a password the admin adding them typed (so the new admin is asked to
     * choose their own); the caller has checked it against {@link PasswordPolicy}.
     *
     * @param submission the submission token of the form ({@link Submissions})
     * @throws UsernameTakenException if another admin has the username, and this form did not create them
     */
    public Submissions.Created create(String username, String password, String actor, String submission) {
        return create(username, password, actor, PasswordSetBy.SOMEONE_ELSE, submission);
    }

    private Submissions.Created create(String username, String password, String actor, PasswordSetBy setBy,
            String submission) {
        return submissions.create(submission, "create admin", actor, () -> {
            if (users.findByUsernameIgnoreCase(username).isPresent()) {
                throw new UsernameTakenException();
            }
            AdminUser user = users.save(new AdminUser(username, passwordEncoder.encode(password),
                    setBy == PasswordSetBy.SOMEONE_ELSE, clock.instant()));
            audit.record(actor, AuditAction.USER_CREATED, "admin " + username);
            return user.getId();
        });
    }

    /** The problem of a new password that is the current one: whoever set it for this admin still knows it. */
    public static final String SAME_PASSWORD = "password.sameAsCurrent";

    /**
     * Changes a password after checking the current one; the message key of the problem when it did not match,
     * or {@link #SAME_PASSWORD} when the new one is the same.
     */
    @Transactional
    public Optional<String> changePassword(String username, String currentPassword, String newPassword) {
        AdminUser user = users.findByUsernameIgnoreCase(username).orElseThrow();
        if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            return Optional.of("password.currentWrong");
        }
        if (passwordEncoder.matches(newPassword, user.getPasswordHash())) {
            return Optional.of(SAME_PASSWORD);
        }
        user.changePasswordHash(passwordEncoder.encode(newPassword));
        audit.record(username, AuditAction.PASSWORD_CHANGED, "admin " + username);
        return Optional.empty();
    }

    /**
     * @throws NotFoundException if there is no such admin
     * @throws CannotDisableYourselfException if {@code actor} is that admin
     */
    @Transactional
    public void setEnabled(long id, boolean enabled, String actor) {
        AdminUser user = users.findById(id).orElseThrow(() -> new NotFoundException("No such admin"));
        if (user.getUsername().equalsIgnoreCase(actor)) {
            throw new CannotDisableYourselfException();
        }
        user.setEnabled(enabled);
        audit.record(actor, enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED,
                "admin " + user.getUsername());
    }

    /** An admin as the users page lists it. */
    public record Account(long id, String username, boolean enabled, Instant createdAt) {
    }

    /** Another admin has that username (compared ignoring case). */
    public static class UsernameTakenException extends RuntimeException {
    }

    /** An admin tried to disable or enable their own account. */
    public static class CannotDisableYourselfException extends RuntimeException {
    }
}
