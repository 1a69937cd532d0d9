package com.legacytraining.advisor.admin.web;

import com.legacytraining.advisor.admin.PasswordPolicy;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Objects;

/** Checks {@link PasswordsMatch} on the change-password form. */
class PasswordsMatchValidator implements ConstraintValidator<PasswordsMatch, PasswordForm> {

    @Override
    public boolean isValid(PasswordForm form, ConstraintValidatorContext context) {
        if (form == null || PasswordPolicy.problem(form.getNewPassword()).isPresent()
                || Objects.equals(form.getNewPassword(), form.getConfirmPassword())) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("confirmPassword").addConstraintViolation();
        return false;
    }
}
