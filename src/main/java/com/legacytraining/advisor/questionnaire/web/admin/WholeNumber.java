package com.legacytraining.advisor.questionnaire.web.admin;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text that reads as a whole number from {@link #min()} to {@link #max()}. Numbers stay text in
 * forms so that "abc" is a message beside the field rather than a failed request; a missing value
 * is not a number either. A typographic minus (U+2212, as word processors write it) counts as "-".
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WholeNumberValidator.class)
public @interface WholeNumber {

    String message();

    int min();

    int max();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
