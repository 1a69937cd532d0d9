package com.legacytraining.advisor.admin.web;

import com.legacytraining.advisor.admin.PasswordPolicy;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A new password that {@link PasswordPolicy} accepts. The message says what is wrong: missing, too
 * short or too long.
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AcceptablePasswordValidator.class)
public @interface AcceptablePassword {

    String message() default "{password.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
