package com.legacytraining.advisor.history;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an audit entry records. The code is what the {@code audit_entry.action} column holds, so it
 * never changes once written; the audit page names an action through {@link #messageKey()}.
 */
public enum AuditAction {
    SIGN_IN("sign-in"),
    SIGN_IN_FAILED("sign-in-failed"),
    SIGN_IN_REFUSED("sign-in-refused"),
    LOCKOUT("lockout"),
    USER_CREATED("user-created"),
    USER_ENABLED("user-enabled"),
    USER_DISABLED("user-disabled"),
    PASSWORD_CHANGED("password-changed"),
    PASSKEY_REGISTERED("passkey-registered"),
    PASSKEY_REMOVED("passkey-removed"),
    PASSKEY_SIGN_IN("passkey-sign-in"),
    SECOND_FACTOR_PASSED("second-factor-passed"),
    RECOVERY_CODE_USED("recovery-code-used"),
    RECOVERY_CODES_MADE("recovery-codes-made"),
    SECOND_FACTOR_MISSING("second-factor-missing"),
    CREATED("created"),
    DRAFT_SAVED("draft-saved"),
    DRAFT_DISCARDED("draft-discarded"),
    PUBLISHED("published"),
    RESTORED_AS_DRAFT("restored-as-draft"),
    ARCHIVED("archived"),
    UNARCHIVED("unarchived"),
    REORDERED("reordered"),
    SCENARIO_CREATED("scenario-created"),
    SCENARIO_UPDATED("scenario-updated"),
    SCENARIO_ARCHIVED("scenario-archived"),
    SCENARIO_UNARCHIVED("scenario-unarchived"),
    ENQUIRY_STATUS_CHANGED("enquiry-status-changed"),
    ENQUIRY_NOTES_SAVED("enquiry-notes-saved"),
    ENQUIRY_EXPORTED("enquiry-exported"),
    ENQUIRY_DELETED("enquiry-deleted"),
    REVIEWED("reviewed"),
    CITATIONS_CHANGED("citations-changed"),
    CITATIONS_CONFIRMED("citations-confirmed"),
    BACKUP_MADE("backup-made"),
    BACKUP_DOWNLOADED("backup-downloaded");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    /** The stored form, e.g. {@code sign-in-failed}. */
    public String code() {
        return code;
    }

    public String messageKey() {
        return "audit.action." + code;
    }

    public static Optional<AuditAction> fromCode(String code) {
        return Arrays.stream(values()).filter(action -> action.code.equals(code)).findFirst();
    }
}
