package com.legacytraining.advisor.questionnaire.web.admin;

import com.legacytraining.advisor.questionnaire.scoring.OptionDefinition;
import com.legacytraining.advisor.questionnaire.scoring.QuestionDefinition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The edit form of one question: its text, hint and each option's text, points and order. Option
 * keys are fixed, so the form only ever names the keys the question already has.
 */
public class QuestionForm {

    static final int MIN_POINTS = -10;
    static final int MAX_POINTS = 10;

    private String text = "";
    private String hint = "";
    private long version;
    private Map<String, OptionForm> options = new LinkedHashMap<>();

    static QuestionForm of(QuestionDefinition question, long version) {
        QuestionForm form = new QuestionForm();
        form.text = question.text();
        form.hint = question.hint() == null ? "" : question.hint();
        form.version = version;
        for (OptionDefinition option : question.options()) {
            OptionForm optionForm = new OptionForm();
            optionForm.setText(option.text());
            optionForm.setPoints(String.valueOf(option.points()));
            optionForm.setPosition(String.valueOf(option.position()));
            form.options.put(option.key(), optionForm);
        }
        return form;
    }

    /** Problems by field id (as the template names inputs) to message key, in form order. */
    Map<String, String> validate(QuestionDefinition base) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            errors.put("q-text", "qedit.error.required");
        } else if (text.length() > 300) {
            errors.put("q-text", "qedit.error.tooLong");
        }
        if (hint != null && hint.length() > 600) {
            errors.put("q-hint", "qedit.error.tooLong");
        }
        Set<String> expected = new HashSet<>();
        base.options().forEach(option -> expected.add(option.key()));
        if (!expected.equals(options.keySet())) {
            errors.put("q-options", "qedit.error.optionKeys");
            return errors;
        }
        Set<Integer> positions = new HashSet<>();
        for (OptionDefinition option : base.options()) {
            OptionForm form = options.get(option.key());
            String id = "opt-" + option.key();
            if (form.getText() == null || form.getText().isBlank()) {
                errors.put(id + "-text", "qedit.error.required");
            } else if (form.getText().length() > 400) {
                errors.put(id + "-text", "qedit.error.tooLong");
            }
            Integer points = wholeNumber(form.getPoints());
            if (points == null || points < MIN_POINTS || points > MAX_POINTS) {
                errors.put(id + "-points", "qedit.error.points");
            }
            Integer position = wholeNumber(form.getPosition());
            if (position == null || position < 1 || position > base.options().size() || !positions.add(position)) {
                errors.put(id + "-position", "qedit.error.position");
            }
        }
        return errors;
    }

    /** The edited question; call only when {@link #validate} found nothing. */
    QuestionDefinition toDefinition(QuestionDefinition base) {
        List<OptionDefinition> edited = new ArrayList<>();
        for (OptionDefinition option : base.options()) {
            OptionForm form = options.get(option.key());
            edited.add(new OptionDefinition(option.key(), wholeNumber(form.getPosition()), form.getText().strip(),
                    wholeNumber(form.getPoints())));
        }
        return new QuestionDefinition(base.key(), base.position(), text.strip(),
                hint == null || hint.isBlank() ? null : hint.strip(), edited);
    }

    private static Integer wholeNumber(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip().replace('\u2212', '-'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getHint() {
        return hint;
    }

    public void setHint(String hint) {
        this.hint = hint;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Map<String, OptionForm> getOptions() {
        return options;
    }

    public void setOptions(Map<String, OptionForm> options) {
        this.options = options;
    }

    /** Points and order stay text until validated, so "abc" is an error message, not a 400. */
    public static class OptionForm {

        private String text;
        private String points;
        private String position;

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getPoints() {
            return points;
        }

        public void setPoints(String points) {
            this.points = points;
        }

        public String getPosition() {
            return position;
        }

        public void setPosition(String position) {
            this.position = position;
        }
    }
}
