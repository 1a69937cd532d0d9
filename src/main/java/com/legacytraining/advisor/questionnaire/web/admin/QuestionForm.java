package com.legacytraining.advisor.questionnaire.web.admin;

import com.legacytraining.advisor.questionnaire.scoring.OptionDefinition;
import com.legacytraining.advisor.questionnaire.scoring.QuestionDefinition;
import com.legacytraining.advisor.history.Submissions;
import com.legacytraining.advisor.site.FormInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The edit form of one question: its text, hint and each option's text, points and order. Option
 * keys are fixed, so the form only ever names the keys the question already has
 * ({@link #hasOptionsOf}, checked by the controller, which knows the question). Its submission token
 * makes sending it twice count once ({@link Submissions}).
 */
@OrderNumbers
public class QuestionForm {

    static final int MIN_POINTS = -10;
    static final int MAX_POINTS = 10;

    @NotBlank(message = "{qedit.error.required}")
    @Size(max = 300, message = "{qedit.error.tooLong}")
    private String text = "";
    @Size(max = 600, message = "{qedit.error.tooLong}")
    private String hint = "";
    private String version = "0";
    private String submission = Submissions.newToken();
    private Map<String, @Valid OptionForm> options = new LinkedHashMap<>();

    static QuestionForm of(QuestionDefinition question, long version) {
        QuestionForm form = new QuestionForm();
        form.text = question.text();
        form.hint = question.hint() == null ? "" : question.hint();
        form.version = String.valueOf(version);
        for (OptionDefinition option : question.options()) {
            OptionForm optionForm = new OptionForm();
            optionForm.setText(option.text());
            optionForm.setPoints(String.valueOf(option.points()));
            optionForm.setPosition(String.valueOf(option.position()));
            form.options.put(option.key(), optionForm);
        }
        return form;
    }

    /** Whether the form sends exactly the options the question has; anything else was tampered with. */
    boolean hasOptionsOf(QuestionDefinition question) {
        return options.keySet().equals(question.options().stream().map(OptionDefinition::key).collect(Collectors.toSet()));
    }

    /** The version the admin started from; one that is not a number (tampered) counts as stale. */
    long basedOnVersion() {
        try {
            return Long.parseLong(version);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The edited question; call only when the form is valid and {@link #hasOptionsOf} the question. */
    QuestionDefinition toDefinition(QuestionDefinition base) {
        List<OptionDefinition> edited = new ArrayList<>();
        for (OptionDefinition option : base.options()) {
            OptionForm form = options.get(option.key());
            edited.add(new OptionDefinition(option.key(), WholeNumberValidator.parse(form.getPosition()),
                    form.getText().strip(), WholeNumberValidator.parse(form.getPoints())));
        }
        return new QuestionDefinition(base.key(), base.position(), text.strip(),
                hint == null || hint.isBlank() ? null : hint.strip(), edited);
    }

    /** The inputs of the question's page in order, for the error summary, which gives problems without labels. */
    public List<FormInput> inputs(QuestionDefinition question) {
        List<FormInput> inputs = new ArrayList<>(List.of(FormInput.of("text", "q-text"), FormInput.of("hint", "q-hint"),
                FormInput.of("options", "q-options")));
        for (OptionDefinition option : question.options()) {
            for (String part : List.of("text", "points", "position")) {
                inputs.add(FormInput.of("options[" + option.key() + "]." + part, "opt-" + option.key() + "-" + part));
            }
        }
        return inputs;
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

    public String getSubmission() {
        return submission;
    }

    public void setSubmission(String submission) {
        this.submission = submission;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public Map<String, OptionForm> getOptions() {
        return options;
    }

    public void setOptions(Map<String, OptionForm> options) {
        this.options = options;
    }

    /** Points and order stay text until validated, so "abc" is an error message, not a 400; order is checked by {@link OrderNumbers}. */
    public static class OptionForm {

        @NotBlank(message = "{qedit.error.required}")
        @Size(max = 400, message = "{qedit.error.tooLong}")
        private String text;
        @WholeNumber(min = MIN_POINTS, max = MAX_POINTS, message = "{qedit.error.points}")
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
