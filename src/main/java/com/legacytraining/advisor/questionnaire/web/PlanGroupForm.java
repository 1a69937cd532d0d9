package com.legacytraining.advisor.questionnaire.web;

import com.legacytraining.advisor.site.FormInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "add a group to a plan" form, a GET form: the group's short name and its answers, either as
 * a compact code (from a result page) or one answer per question (the plan's own add and change
 * form). The name goes into the plan's address, so it must not be a person's name: the hint says
 * so, and {@link PlanGroupName} refuses an e-mail address or a long number.
 */
public class PlanGroupForm {

    @AcceptableGroupName
    private String name = "";
    private String code = "";
    private Map<String, String> answers = new LinkedHashMap<>();
    private Integer replace;

    /**
     * The result page's form: this group's code, and, when it changes a group of the carried plan,
     * that group's place and name (which the visitor may still edit).
     */
    static PlanGroupForm forResult(String code, CarriedPlan plan) {
        var form = new PlanGroupForm();
        form.setCode(code);
        plan.replacing().ifPresent(group -> {
            form.setName(group.name());
            form.setReplace(plan.replace());
        });
        return form;
    }

    /** The inputs in page order, for the error summary: the name, then each question's select. */
    public List<FormInput> inputs(List<String> questionKeys) {
        var inputs = new ArrayList<FormInput>();
        inputs.add(FormInput.labelled("name", "name", "plan.name.label"));
        questionKeys.forEach(key -> inputs.add(FormInput.of("answers[" + key + "]", "answer-" + key)));
        return inputs;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name.strip();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? "" : code;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public void setAnswers(Map<String, String> answers) {
        this.answers = answers;
    }

    public Integer getReplace() {
        return replace;
    }

    public void setReplace(Integer replace) {
        this.replace = replace;
    }
}
