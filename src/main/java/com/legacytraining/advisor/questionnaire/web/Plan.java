package com.legacytraining.advisor.questionnaire.web;

import com.legacytraining.advisor.questionnaire.scoring.Answers;
import com.legacytraining.advisor.questionnaire.scoring.QuestionnaireDefinition;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A plan for several staff groups, held in its address: one {@code g} parameter a group, its answers'
 * compact code, a dot, and its short name ({@code g=CCDCCACCCADB.Night+nurses}). No account, no
 * session: the address is the plan, so it can be bookmarked, shared and printed.
 */
record Plan(List<Group> groups) {

    static final String PATH = "/plan";
    static final String PARAMETER = "g";
    static final int MAX_GROUPS = 20;

    record Group(String name, Answers answers) {

        String parameter() {
            return PlanCode.of(answers) + "." + name;
        }
    }

    /** Thrown for an address that is not a plan: shown as a 400 page naming what is wrong. */
    static final class BadPlanException extends RuntimeException {

        private final String messageKey;
        private final Object[] arguments;

        BadPlanException(String messageKey, Object... arguments) {
            super(messageKey);
            this.messageKey = messageKey;
            this.arguments = arguments;
        }

        String messageKey() {
            return messageKey;
        }

        Object[] arguments() {
            return arguments;
        }
    }

    Plan {
        groups = List.copyOf(groups);
    }

    /** Reads the {@code g} parameters, validating every code like any answer; a bad one is a {@link BadPlanException}. */
    static Plan read(QuestionnaireDefinition definition, List<String> parameters) {
        List<String> values = parameters == null ? List.of() : parameters;
        if (values.size() > MAX_GROUPS) {
            throw new BadPlanException("plan.bad.tooMany", MAX_GROUPS);
        }
        var groups = new ArrayList<Group>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            int dot = value.indexOf('.');
            String code = dot < 0 ? value : value.substring(0, dot);
            String name = dot < 0 ? "" : value.substring(dot + 1).strip();
            if (name.isEmpty() || name.length() > PlanGroupForm.MAX_NAME) {
                throw new BadPlanException("plan.bad.name", i + 1);
            }
            int number = i + 1;
            Answers answers = PlanCode.read(definition, code)
                    .orElseThrow(() -> new BadPlanException("plan.bad.code", number, name));
            groups.add(new Group(name, answers));
        }
        return new Plan(groups);
    }

    Plan with(Group group, Integer replace) {
        var changed = new ArrayList<>(groups);
        if (replace != null && replace >= 0 && replace < groups.size()) {
            changed.set(replace, group);
        }
        else {
            changed.add(group);
        }
        return new Plan(changed);
    }

    Plan without(int index) {
        var changed = new ArrayList<>(groups);
        changed.remove(index);
        return new Plan(changed);
    }

    boolean full() {
        return groups.size() >= MAX_GROUPS;
    }

    String query() {
        return groups.stream()
                .map(group -> PARAMETER + "=" + URLEncoder.encode(group.parameter(), StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("&"));
    }

    String url() {
        return groups.isEmpty() ? PATH : PATH + "?" + query();
    }

    /** The plan's group parameters, for the hidden fields of a GET form that must keep the plan. */
    List<String> parameters() {
        return groups.stream().map(Group::parameter).toList();
    }
}
