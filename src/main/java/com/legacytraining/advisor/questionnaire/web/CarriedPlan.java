package com.legacytraining.advisor.questionnaire.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The plan a visitor is adding a group to, or changing one group of, while answering the
 * questionnaire. Like the answers, it travels in every address of the journey: {@code plan-version},
 * one {@code plan} a group (its code, a dot, its name), and {@code plan-replace}, the place from 0 of
 * the group being changed. The result page then adds the group to this plan, or puts it in place of
 * the one being changed. Nothing is stored; without these parameters the journey is the plain one.
 *
 * @param plan the plan, or {@code null} when none is carried
 * @param replace the place of the group being changed, or {@code null} when adding one
 */
record CarriedPlan(Plan plan, Integer replace) {

    static final String GROUP = "plan";
    static final String VERSION = "plan-version";
    static final String REPLACE = "plan-replace";
    /** The journey's parameters that are not answers. */
    static final Set<String> PARAMETERS = Set.of(GROUP, VERSION, REPLACE);

    static final CarriedPlan NONE = new CarriedPlan(null, null);

    public boolean present() {
        return plan != null;
    }

    /** The group being changed, when this journey changes one. */
    public Optional<Plan.Group> replacing() {
        return replace == null ? Optional.empty() : Optional.of(plan.groups().get(replace));
    }

    /** Whether the plan has no room for another group (changing one is still possible). */
    public boolean full() {
        return present() && replace == null && plan.full();
    }

    /** The journey's query parameters for this plan, empty for none. */
    String query() {
        if (!present()) {
            return "";
        }
        String query = plan.queryOf(VERSION, GROUP);
        return replace == null ? query : query + "&" + REPLACE + "=" + replace;
    }

    /** The same as hidden fields, for the question pages' forms. */
    List<HiddenField> journeyFields() {
        return fields(VERSION, GROUP, REPLACE);
    }

    /** The plan as hidden fields of the form that adds a group to it ({@code /plan/add}). */
    public List<HiddenField> planFields() {
        return fields(Plan.VERSION, Plan.PARAMETER, "replace");
    }

    /** The plan page, unchanged. */
    public String planUrl() {
        return plan.url();
    }

    /** The names of the plan's groups, in order. */
    public List<String> names() {
        return plan.groups().stream().map(Plan.Group::name).toList();
    }

    private List<HiddenField> fields(String versionName, String groupName, String replaceName) {
        var fields = new ArrayList<HiddenField>();
        if (!present()) {
            return fields;
        }
        fields.add(new HiddenField(versionName, String.valueOf(plan.definition().version())));
        plan.parameters().forEach(group -> fields.add(new HiddenField(groupName, group)));
        if (replace != null) {
            fields.add(new HiddenField(replaceName, String.valueOf(replace)));
        }
        return fields;
    }
}
