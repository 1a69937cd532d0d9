package com.legacytraining.advisor.questionnaire.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A group name that {@link PlanGroupName} accepts. The message says what is wrong: missing, hidden
 * characters, too long, or personal data.
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AcceptableGroupNameValidator.class)
@interface AcceptableGroupName {

    String message() default "{plan.error.name.blank}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
