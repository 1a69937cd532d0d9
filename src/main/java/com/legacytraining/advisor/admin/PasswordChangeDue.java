package com.legacytraining.advisor.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An admin signed in with a password someone else set: generated and logged for the first admin, or typed
 * by the admin who added them. Someone else may know it, so every admin page asks its owner to choose their
 * own until they do. Marked by an authority of the sign-in ({@link AdminUserService#loadUserByUsername}), so
 * asking costs no query.
 */
public final class PasswordChangeDue {

    /** The authority that marks it. */
    static final String AUTHORITY = "PASSWORD_CHANGE_DUE";

    private PasswordChangeDue() {
    }

    /** Whether this signed-in admin should still choose their own password. */
    public static boolean of(Authentication authentication) {
        return SecondFactor.has(authentication, AUTHORITY);
    }

    /** After the admin chose their own password: this session stops asking (others end with the old password). */
    public static void settled(HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (!of(current)) {
            return;
        }
        SecondFactor.replace(SecondFactor.withAuthorities(current, current.getAuthorities().stream()
                .filter(granted -> !AUTHORITY.equals(granted.getAuthority())).toList()), request, response);
    }
}
