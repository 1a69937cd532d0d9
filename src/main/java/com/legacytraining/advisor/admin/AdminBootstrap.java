package com.legacytraining.advisor.admin;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * There are no default credentials. When no admin exists, the first one comes from
 * ADVISOR_ADMIN_USERNAME and ADVISOR_ADMIN_PASSWORD, or else is "admin" with a strong random
 * password that is logged this once, for the operator to sign in with and change.
 * <p>
 * Instances started together on one empty database all find no admin; the unique username lets
 * one create it, and the others start without creating another (or logging a password that does
 * not work).
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AdminUserService users;
    private final String username;
    private final String password;

    AdminBootstrap(AdminUserService users,
            @Value("${advisor.admin.username:}") String username,
            @Value("${advisor.admin.password:}") String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.anyExists()) {
            return;
        }
        try {
            createFirstAdmin();
        } catch (DataIntegrityViolationException | AdminUserService.UsernameTakenException lostRace) {
            if (!users.anyExists()) {
                throw lostRace;
            }
            log.info("Another instance created the first admin user at the same time.");
        }
    }

    private void createFirstAdmin() {
        if (!username.isBlank() && !password.isEmpty()) {
            PasswordPolicy.problem(password).ifPresent(problem -> {
                throw new IllegalStateException("ADVISOR_ADMIN_PASSWORD must be " + PasswordPolicy.MIN_LENGTH
                        + " to " + PasswordPolicy.MAX_LENGTH + " characters long");
            });
            users.createFirstAdmin(username.strip(), password, AdminUserService.PasswordSetBy.OWNER);
            // Not named: logs are shipped and kept elsewhere, and a username is half of a sign-in.
            log.info("Created the first admin user from ADVISOR_ADMIN_USERNAME and ADVISOR_ADMIN_PASSWORD.");
            return;
        }
        String generated = randomPassword();
        users.createFirstAdmin("admin", generated, AdminUserService.PasswordSetBy.SOMEONE_ELSE);
        log.warn("""

                ************************************************************************
                No admin user existed, so one was created.
                  Username: admin
                  Password: {}
                Sign in at /admin/login and change this password now: every admin page asks until you do.
                It is shown only this once. To choose your own instead, set
                ADVISOR_ADMIN_USERNAME and ADVISOR_ADMIN_PASSWORD before the first start.
                ************************************************************************""", generated);
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
