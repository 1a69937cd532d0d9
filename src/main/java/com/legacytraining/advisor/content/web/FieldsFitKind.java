package com.legacytraining.advisor.content.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every field of the form's content kind is filled in, fits its maximum length and, for a slug, is
 * lower-case words joined by single hyphens. Each problem is reported on its own field
 * ({@code fields[title]}) with the message for what is wrong.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = FieldsFitKindValidator.class)
public @interface FieldsFitKind {

    String message() default "{edit.error.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
