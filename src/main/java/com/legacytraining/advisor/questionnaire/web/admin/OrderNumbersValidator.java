package com.legacytraining.advisor.questionnaire.web.admin;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Checks {@link OrderNumbers}, in the order the options came, so the later of two equal numbers is the one refused. */
class OrderNumbersValidator implements ConstraintValidator<OrderNumbers, QuestionForm> {

    @Override
    public boolean isValid(QuestionForm form, ConstraintValidatorContext context) {
        if (form == null || form.getOptions() == null) {
            return true;
        }
        Map<String, QuestionForm.OptionForm> options = form.getOptions();
        Set<Integer> taken = new HashSet<>();
        boolean valid = true;
        context.disableDefaultConstraintViolation();
        for (Map.Entry<String, QuestionForm.OptionForm> option : options.entrySet()) {
            Integer position = option.getValue() == null ? null
                    : WholeNumberValidator.parse(option.getValue().getPosition());
            if (position == null || position < 1 || position > options.size() || !taken.add(position)) {
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode("options").addPropertyNode("position").inIterable().atKey(option.getKey())
                        .addConstraintViolation();
                valid = false;
            }
        }
        return valid;
    }
}
