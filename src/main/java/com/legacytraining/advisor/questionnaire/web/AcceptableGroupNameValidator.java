package com.legacytraining.advisor.questionnaire.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Checks {@link AcceptableGroupName} with the rule a plan's address is read with too. */
class AcceptableGroupNameValidator implements ConstraintValidator<AcceptableGroupName, String> {

    @Override
    public boolean isValid(String name, ConstraintValidatorContext context) {
        Optional<String> problem = PlanGroupName.problem(name);
        problem.ifPresent(key -> {
            context.disableDefaultConstraintViolation();
            context.unwrap(HibernateConstraintValidatorContext.class)
                    .addMessageParameter("max", PlanGroupName.MAX_LENGTH)
                    .buildConstraintViolationWithTemplate("{plan.error.name." + key + "}")
                    .addConstraintViolation();
        });
        return problem.isEmpty();
    }
}
