package com.legacytraining.advisor.admin.web;

import com.legacytraining.advisor.site.FormInput;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/**
 * The change-password form. Whether the current password is right only the account service can
 * tell, so that is checked last, by the controller. Passwords are never shown again.
 */
@PasswordsMatch
public class PasswordForm {

    @NotEmpty(message = "{password.currentRequired}")
    private String currentPassword = "";
    @AcceptablePassword
    private String newPassword = "";
    private String confirmPassword = "";

    /** The inputs in page order, for the error summary; it names each by its label. */
    public List<FormInput> inputs() {
        return List.of(FormInput.labelled("currentPassword", "currentPassword", "password.field.currentPassword"),
                FormInput.labelled("newPassword", "newPassword", "password.field.newPassword"),
                FormInput.labelled("confirmPassword", "confirmPassword", "password.field.confirmPassword"));
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }
}
