package com.legacytraining.advisor.questionnaire.web;

import com.legacytraining.advisor.questionnaire.scoring.Answers;
import com.legacytraining.advisor.questionnaire.scoring.QuestionnaireDefinition;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A plan for several staff groups, held in its address: {@code v}, the questionnaire version its codes
 * were made under, then one {@code g} parameter a group, its answers' compact code, a dot, and its short
 * name ({@code v=3&g=CCDCCACCCADB.Night+nurses}). No account, no session: the address is the plan, so it
 * can be bookmarked, shared and printed. Once read, a plan's answers are those of the current
 * questionnaire, and its address names the current version.
 *
 * @param definition the current questionnaire, which the groups' answers belong to
 * @param groups the groups in the order they were added
 * @param madeUnder set when the address named an earlier version, else {@code null}
 */
record Plan(QuestionnaireDefinition definition, List<Group> groups, MadeUnder madeUnder) {

    static final String PATH = "/plan";
    static final String PARAMETER = "g";
    static final String VERSION = "v";
    static final int MAX_GROUPS = 20;

    /**
     * One staff group.
     *
     * @param asMade its answers as read under the earlier version the plan was made under, to tell
     *        whether its result has changed since; {@code null} when there is none to compare with
     */
    record Group(String name, Answers answers, Answers asMade) {

        Group(String name, Answers answers) {
            this(name, answers, null);
        }

        String parameter() {
            return PlanCode.of(answers) + "." + name;
        }
    }

    /**
     * The earlier questionnaire version a plan's address named.
     *
     * @param version that version
     * @param readAsMade whether the codes were read with that version's questions, so each group keeps
     *        exactly the answers it was given; when that version could not be found they were read with
     *        the current questions, and every group's answers need checking
     */
    record MadeUnder(int version, boolean readAsMade) {
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

    /** A plan of the current questionnaire, as read from an address naming the current version. */
    static Plan read(QuestionnaireDefinition current, List<String> parameters) {
        return read(current, current, null, parameters);
    }

    /**
     * Reads the {@code g} parameters, validating every code like any answer and every name as the form
     * does ({@link PlanGroupName}): a bad one is a {@link BadPlanException}, which never shows the name. Codes are read with {@code codes}, the questions they were made under,
     * and the answers are then carried over, by question and option key, to {@code current}.
     */
    static Plan read(QuestionnaireDefinition current, QuestionnaireDefinition codes, MadeUnder madeUnder,
            List<String> parameters) {
        List<String> values = parameters == null ? List.of() : parameters;
        if (values.size() > MAX_GROUPS) {
            throw new BadPlanException("plan.bad.tooMany", MAX_GROUPS);
        }
        var groups = new ArrayList<Group>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i) == null ? "" : values.get(i);
            int dot = value.indexOf('.');
            String code = dot < 0 ? value : value.substring(0, dot);
            String name = dot < 0 ? "" : value.substring(dot + 1).strip();
            int place = i + 1;
            PlanGroupName.problem(name).ifPresent(problem -> {
                throw new BadPlanException("plan.bad.name." + problem, place, PlanGroupName.MAX_LENGTH);
            });
            int number = i + 1;
            Answers asMade = PlanCode.read(codes, code)
                    .orElseThrow(() -> new BadPlanException("plan.bad.code", number, name));
            Answers answers = codes == current ? asMade : carryOver(current, asMade)
                    .orElseThrow(() -> new BadPlanException("plan.bad.code", number, name));
            groups.add(new Group(name, answers, madeUnder != null && madeUnder.readAsMade() ? asMade : null));
        }
        return new Plan(current, groups, madeUnder);
    }

    /**
     * Answers given under another version, as answers to the current questions: keys never change, so
     * each answer keeps its question and option; empty if an option is not in the current questions.
     */
    static Optional<Answers> carryOver(QuestionnaireDefinition current, Answers asMade) {
        Answers answers = Answers.none(current);
        for (var answer : asMade.asMap().entrySet()) {
            if (current.question(answer.getKey()).flatMap(question -> question.option(answer.getValue())).isEmpty()) {
                return Optional.empty();
            }
            answers = answers.with(answer.getKey(), answer.getValue());
        }
        return Optional.of(answers);
    }

    Plan with(Group group, Integer replace) {
        var changed = new ArrayList<>(groups);
        if (replace != null && replace >= 0 && replace < groups.size()) {
            changed.set(replace, group);
        }
        else {
            changed.add(group);
        }
        return new Plan(definition, changed, madeUnder);
    }

    Plan without(int index) {
        var changed = new ArrayList<>(groups);
        changed.remove(index);
        return new Plan(definition, changed, madeUnder);
    }

    boolean isEmpty() {
        return groups.isEmpty();
    }

    boolean full() {
        return groups.size() >= MAX_GROUPS;
    }

    /** The plan's query string, written for the current questionnaire: its version, then its groups. */
    String query() {
        return queryOf(VERSION, PARAMETER);
    }

    /** The same, under other parameter names: for a plan carried through the questionnaire ({@link CarriedPlan}). */
    String queryOf(String versionName, String groupName) {
        if (groups.isEmpty()) {
            return "";
        }
        return Stream.concat(Stream.of(versionName + "=" + definition.version()),
                        parameters().stream().map(group -> groupName + "=" + encode(group)))
                .reduce((a, b) -> a + "&" + b).orElseThrow();
    }

    String url() {
        return groups.isEmpty() ? PATH : PATH + "?" + query();
    }

    /** The plan's group parameters, for the hidden fields of a GET form that must keep the plan. */
    List<String> parameters() {
        return groups.stream().map(Group::parameter).toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
