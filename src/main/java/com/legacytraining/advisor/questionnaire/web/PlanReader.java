package com.legacytraining.advisor.questionnaire.web;

import com.legacytraining.advisor.questionnaire.QuestionnaireService;
import com.legacytraining.advisor.questionnaire.editing.QuestionnaireVersions;
import com.legacytraining.advisor.questionnaire.scoring.Answers;
import com.legacytraining.advisor.questionnaire.scoring.QuestionnaireDefinition;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * Reads plans from addresses: the plan page's own ({@link Plan}) and a plan carried through the
 * questionnaire ({@link CarriedPlan}). Codes are read with the questions of the version the address
 * names, when it names a real earlier one; any other version (none, the current one, one that never
 * existed) reads them with the current questions and claims no change.
 */
@Component
class PlanReader {

    private final QuestionnaireService questionnaire;
    private final QuestionnaireVersions versions;

    PlanReader(QuestionnaireService questionnaire, QuestionnaireVersions versions) {
        this.questionnaire = questionnaire;
        this.versions = versions;
    }

    /** The plan of these {@code g} parameters, made under {@code version}; a bad one is a {@link Plan.BadPlanException}. */
    Plan read(List<String> groups, String version) {
        Codes codes = codes(version);
        return Plan.read(codes.current(), codes.definition(), codes.madeUnder(), groups);
    }

    /** One group's code, made under {@code version}, as answers to the current questions; empty when it is no code. */
    Optional<Answers> code(String code, String version) {
        Codes codes = codes(version);
        return PlanCode.read(codes.definition(), code).flatMap(answers -> Plan.carryOver(codes.current(), answers));
    }

    /**
     * The plan carried by a questionnaire address, or {@link CarriedPlan#NONE} when it carries none.
     * A bad plan, or a group to change that is not in it, is a {@link Plan.BadPlanException}.
     */
    CarriedPlan carried(MultiValueMap<String, String> parameters) {
        List<String> groups = parameters.get(CarriedPlan.GROUP);
        String replace = parameters.getFirst(CarriedPlan.REPLACE);
        if (groups == null || groups.isEmpty()) {
            if (replace != null) {
                throw new Plan.BadPlanException("plan.bad.change");
            }
            return CarriedPlan.NONE;
        }
        Plan plan = read(groups, parameters.getFirst(CarriedPlan.VERSION));
        if (replace == null) {
            return new CarriedPlan(plan, null);
        }
        if (!replace.matches("[0-9]{1,2}") || Integer.parseInt(replace) >= plan.groups().size()) {
            throw new Plan.BadPlanException("plan.bad.change");
        }
        return new CarriedPlan(plan, Integer.parseInt(replace));
    }

    private Codes codes(String version) {
        QuestionnaireDefinition current = questionnaire.current();
        if (!Journey.earlierVersion(version, current.version())) {
            return new Codes(current, current, null);
        }
        int earlier = Integer.parseInt(version);
        return versions.published(earlier)
                .map(asMade -> new Codes(current, asMade, new Plan.MadeUnder(earlier, true)))
                .orElseGet(() -> new Codes(current, current, new Plan.MadeUnder(earlier, false)));
    }

    /** The questions codes are read with, and what the plan is told about its version. */
    private record Codes(QuestionnaireDefinition current, QuestionnaireDefinition definition, Plan.MadeUnder madeUnder) {
    }
}
