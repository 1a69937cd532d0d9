package com.legacytraining.advisor.questionnaire;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a complete set of answers into a recommendation: bands on the total, the borderline
 * tie-break, then rules H1, H2, H3 and the no-holds cap, then caveats and reasons.
 * <p>
 * Points always come from the definition, because admins edit them; the rules name questions and
 * options by key, because keys are stable. Stateless and thread-safe.
 */
public class ScoringService {

    private static final String FREQUENCY = "frequency";
    private static final String SEVERITY = "severity";
    private static final String PHYSICAL_INTERVENTION = "physical-intervention";
    private static final String CARE_PLANS = "care-plans";
    private static final String BEHAVIOUR_SUPPORT = "behaviour-support";
    private static final String ROLE = "role";
    private static final String LONE_WORKING = "lone-working";
    private static final String INCIDENTS = "incidents";
    private static final String REGULATION = "regulation";

    // The questions the rules and caveats read; a definition without one of them cannot be scored honestly.
    private static final List<String> QUESTIONS_THE_RULES_READ = List.of(FREQUENCY, SEVERITY, PHYSICAL_INTERVENTION,
            CARE_PLANS, BEHAVIOUR_SUPPORT, ROLE, LONE_WORKING, INCIDENTS, REGULATION);

    private static final int STRONG_PMVA_FROM = 10;
    private static final int MODERATE_PMVA_FROM = 4;
    private static final int MODERATE_BREAKAWAY_FROM = -4;
    private static final int STRONG_BREAKAWAY_FROM = -10;

    private static final int REASONS_SHOWN = 3;

    private static final Set<String> HOLDS_POSSIBLE = Set.of("emergency", "planned");
    private static final Set<String> NO_HOLDS = Set.of("never", "self-release-only");
    private static final Set<String> BEHAVIOUR_SUPPORT_CENTRAL = Set.of("daily", "core-model");

    /**
     * @throws IllegalArgumentException if a question of the definition is unanswered, an answer is
     *         not an option of the definition, or the definition lacks a question the rules read
     */
    public Recommendation score(QuestionnaireDefinition definition, Answers answers) {
        Map<String, OptionDefinition> chosen = chosenOptions(definition, answers);
        Map<String, String> keys = new LinkedHashMap<>();
        chosen.forEach((question, option) -> keys.put(question, option.key()));
        int total = chosen.values().stream().mapToInt(OptionDefinition::points).sum();

        TrainingType recommendation = byBand(total, keys);
        Strength strength = strengthByBand(total);
        var rules = new ArrayList<Rule>();

        boolean holdsPossible = HOLDS_POSSIBLE.contains(keys.get(PHYSICAL_INTERVENTION));
        boolean noHolds = NO_HOLDS.contains(keys.get(PHYSICAL_INTERVENTION));
        boolean useOfForceAct = "use-of-force-act".equals(keys.get(REGULATION));
        boolean nonClinical = "non-clinical".equals(keys.get(ROLE));

        if (holdsPossible) {
            rules.add(Rule.RESTRICTIVE_INTERVENTION_POSSIBLE);
            recommendation = TrainingType.PMVA;
            strength = total >= STRONG_PMVA_FROM ? Strength.STRONG : Strength.MODERATE;
        }
        boolean h2 = useOfForceAct && !nonClinical;
        if (h2) {
            rules.add(Rule.USE_OF_FORCE_ACT);
            recommendation = TrainingType.PMVA;
            strength = Strength.STRONG;
        }
        boolean h3 = "restrictive".equals(keys.get(CARE_PLANS));
        if (h3) {
            rules.add(Rule.RESTRICTIVE_CARE_PLANS);
            recommendation = TrainingType.PMVA;
            strength = Strength.STRONG;
        }
        // A high total without any holds still means PMVA, but with the restrictive modules left out.
        if (noHolds && !h2 && !h3 && recommendation == TrainingType.PMVA && strength == Strength.STRONG) {
            rules.add(Rule.NO_HOLDS_CAP);
            strength = Strength.MODERATE;
        }

        var caveats = new ArrayList<Caveat>();
        if (useOfForceAct && nonClinical) {
            caveats.add(Caveat.S5_TRAINING_REQUIRED);
        }
        if ("unsure".equals(keys.get(PHYSICAL_INTERVENTION))) {
            caveats.add(Caveat.COMPLETE_TNA);
        }
        if ("unplanned-restraint".equals(keys.get(CARE_PLANS))
                || ("restraint-used".equals(keys.get(INCIDENTS)) && noHolds)) {
            caveats.add(Caveat.GOVERNANCE_RED_FLAG);
        }
        if ("routinely-community".equals(keys.get(LONE_WORKING))
                && (isOneOfTwoHighest(definition, FREQUENCY, keys) || isOneOfTwoHighest(definition, SEVERITY, keys))) {
            caveats.add(Caveat.LONE_WORKING_CONTROLS);
        }
        if (h3 && noHolds) {
            caveats.add(Caveat.INCONSISTENT_ANSWERS);
        }

        return new Recommendation(recommendation, strength, total, rules, caveats, reasons(chosen, recommendation));
    }

    private static Map<String, OptionDefinition> chosenOptions(QuestionnaireDefinition definition, Answers answers) {
        for (var required : QUESTIONS_THE_RULES_READ) {
            if (definition.question(required).isEmpty()) {
                throw new IllegalArgumentException("The questionnaire has no question '" + required
                        + "', which the scoring rules need");
            }
        }
        var chosen = new LinkedHashMap<String, OptionDefinition>();
        for (var question : definition.questions()) {
            String optionKey = answers.option(question.key()).orElseThrow(() -> new IllegalArgumentException(
                    "Cannot score incomplete answers: '" + question.key() + "' is unanswered"));
            chosen.put(question.key(), question.option(optionKey).orElseThrow(() -> new IllegalArgumentException(
                    "'" + optionKey + "' is not an option of '" + question.key() + "'")));
        }
        return chosen;
    }

    private static TrainingType byBand(int total, Map<String, String> keys) {
        if (total >= MODERATE_PMVA_FROM) {
            return TrainingType.PMVA;
        }
        if (total <= MODERATE_BREAKAWAY_FROM) {
            return TrainingType.BREAKAWAY;
        }
        // Borderline: where de-escalation and behaviour support are central, PMVA fits the job better.
        return BEHAVIOUR_SUPPORT_CENTRAL.contains(keys.get(BEHAVIOUR_SUPPORT)) ? TrainingType.PMVA
                : TrainingType.BREAKAWAY;
    }

    private static Strength strengthByBand(int total) {
        if (total >= STRONG_PMVA_FROM || total <= STRONG_BREAKAWAY_FROM) {
            return Strength.STRONG;
        }
        if (total >= MODERATE_PMVA_FROM || total <= MODERATE_BREAKAWAY_FROM) {
            return Strength.MODERATE;
        }
        return Strength.BORDERLINE;
    }

    /**
     * Whether the chosen option is one of the question's two highest by points in the definition
     * (seeded: physical-monthly and physical-weekly; injury and serious-injury). Judged by points
     * rather than by key so the caveat follows admins' edits; an option tied with the second
     * highest counts as one of them.
     */
    private static boolean isOneOfTwoHighest(QuestionnaireDefinition definition, String questionKey,
            Map<String, String> keys) {
        var question = definition.question(questionKey).orElseThrow();
        List<Integer> pointsHighestFirst = question.options().stream()
                .map(OptionDefinition::points)
                .sorted(Comparator.reverseOrder())
                .toList();
        int secondHighest = pointsHighestFirst.get(Math.min(1, pointsHighestFirst.size() - 1));
        return question.option(keys.get(questionKey)).orElseThrow().points() >= secondHighest;
    }

    /**
     * The answers that pushed hardest toward the recommendation: positive points for PMVA, negative
     * for breakaway, largest first, ties in question order. Answers with no points or pushing the
     * other way explain nothing, so there may be fewer than three, or none (a borderline breakaway
     * decided by the tie-break alone).
     */
    private static List<Reason> reasons(Map<String, OptionDefinition> chosen, TrainingType recommendation) {
        int towardOutcome = recommendation == TrainingType.PMVA ? 1 : -1;
        // The map is in question order and the sort is stable, which keeps ties in question order.
        return chosen.entrySet().stream()
                .filter(answer -> Integer.signum(answer.getValue().points()) == towardOutcome)
                .sorted(Comparator.comparingInt(
                        (Map.Entry<String, OptionDefinition> answer) -> Math.abs(answer.getValue().points()))
                        .reversed())
                .limit(REASONS_SHOWN)
                .map(answer -> new Reason(answer.getKey(), answer.getValue().key(), answer.getValue().points()))
                .toList();
    }
}
