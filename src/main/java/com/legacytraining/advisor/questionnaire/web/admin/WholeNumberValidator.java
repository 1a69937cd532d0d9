package com.legacytraining.advisor.questionnaire.web.admin;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link WholeNumber}, and reads such text as a number for the forms that have checked it. */
class WholeNumberValidator implements ConstraintValidator<WholeNumber, String> {

    private int min;
    private int max;

    @Override
    public void initialize(WholeNumber constraint) {
        min = constraint.min();
        max = constraint.max();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        Integer number = parse(value);
        return number != null && number >= min && number <= max;
    }

    /** The whole number the text says, or null when it says none. */
    static Integer parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip().replace('\u2212', '-'));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
