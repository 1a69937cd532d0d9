package com.legacytraining.advisor.questionnaire.web.admin;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks {@link OneOf}. */
class OneOfValidator implements ConstraintValidator<OneOf, String> {

    private Set<String> names;

    @Override
    public void initialize(OneOf constraint) {
        names = Arrays.stream(constraint.value().getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value != null && names.contains(value);
    }
}
