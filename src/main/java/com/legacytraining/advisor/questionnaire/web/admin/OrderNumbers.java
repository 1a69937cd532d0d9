package com.legacytraining.advisor.questionnaire.web.admin;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The options of a question form are numbered 1 to n, each with a different number, where n is the
 * number of options. Each option whose order number is missing, out of range or already taken by an
 * earlier option gets the message on its own field ({@code options[rarely].position}).
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OrderNumbersValidator.class)
public @interface OrderNumbers {

    String message() default "{qedit.error.position}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
