package com.legacytraining.advisor.admin.web;

import com.legacytraining.advisor.admin.PasswordPolicy;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** Checks {@link AcceptablePassword} with the policy the first admin's password meets too. */
class AcceptablePasswordValidator implements ConstraintValidator<AcceptablePassword, String> {

    @Override
    public boolean isValid(String password, ConstraintValidatorContext context) {
        Optional<String> problem = PasswordPolicy.problem(password);
        problem.ifPresent(key -> {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{" + key + "}").addConstraintViolation();
        });
        return problem.isEmpty();
    }
}
