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

    // The facts the rules read, one bit each (see factsOf).
    private static final int FACT_HOLDS_POSSIBLE = 1;
    private static final int FACT_NO_HOLDS = 1 << 1;
    private static final int FACT_HOLDS_UNSURE = 1 << 2;
    private static final int FACT_USE_OF_FORCE_ACT = 1 << 3;
    private static final int FACT_NON_CLINICAL = 1 << 4;
    private static final int FACT_RESTRICTIVE_PLANS = 1 << 5;
    private static final int FACT_UNPLANNED_RESTRAINT = 1 << 6;
    private static final int FACT_RESTRAINT_USED = 1 << 7;
    private static final int FACT_ROUTINELY_ALONE = 1 << 8;
    private static final int FACT_FREQUENCY_HIGH = 1 << 9;
    private static final int FACT_SEVERITY_HIGH = 1 << 10;
    private static final int FACT_BEHAVIOUR_SUPPORT_CENTRAL = 1 << 11;

    /**
     * @throws IllegalArgumentException if a question of the definition is unanswered, an answer is
     *         not an option of the definition, or the definition lacks a question the rules read
     */
    public Recommendation score(QuestionnaireDefinition definition, Answers answers) {
        Map<String, OptionDefinition> chosen = chosenOptions(definition, answers);
        int total = 0;
        int facts = 0;
        for (var answer : chosen.entrySet()) {
            total += answer.getValue().points();
            facts |= factsOf(definition, answer.getKey(), answer.getValue().key());
        }
        Verdict verdict = verdict(facts, total);
        return new Recommendation(verdict.recommendation(), verdict.strength(), total, verdict.rules(),
                verdict.caveats(), reasons(chosen, verdict.recommendation()));
    }

    /** The questions the rules and caveats read; every other question only adds its points to the total. */
    static List<String> questionsTheRulesRead() {
        return QUESTIONS_THE_RULES_READ;
    }

    /**
     * What the rules learn from one answer, as bits. The facts of a complete answer set are the OR of
     * its answers' facts, so {@link #verdict} sees everything the rules read while the impact analysis
     * can combine answers without scoring each combination. Answers to questions the rules do not read
     * have no facts.
     */
    static int factsOf(QuestionnaireDefinition definition, String questionKey, String optionKey) {
        return switch (questionKey) {
            case PHYSICAL_INTERVENTION -> (HOLDS_POSSIBLE.contains(optionKey) ? FACT_HOLDS_POSSIBLE : 0)
                    | (NO_HOLDS.contains(optionKey) ? FACT_NO_HOLDS : 0)
                    | ("unsure".equals(optionKey) ? FACT_HOLDS_UNSURE : 0);
            case REGULATION -> "use-of-force-act".equals(optionKey) ? FACT_USE_OF_FORCE_ACT : 0;
            case ROLE -> "non-clinical".equals(optionKey) ? FACT_NON_CLINICAL : 0;
            case CARE_PLANS -> ("restrictive".equals(optionKey) ? FACT_RESTRICTIVE_PLANS : 0)
                    | ("unplanned-restraint".equals(optionKey) ? FACT_UNPLANNED_RESTRAINT : 0);
            case INCIDENTS -> "restraint-used".equals(optionKey) ? FACT_RESTRAINT_USED : 0;
            case LONE_WORKING -> "routinely-community".equals(optionKey) ? FACT_ROUTINELY_ALONE : 0;
            case BEHAVIOUR_SUPPORT -> BEHAVIOUR_SUPPORT_CENTRAL.contains(optionKey) ? FACT_BEHAVIOUR_SUPPORT_CENTRAL : 0;
            case FREQUENCY -> isOneOfTwoHighest(definition, FREQUENCY, optionKey) ? FACT_FREQUENCY_HIGH : 0;
            case SEVERITY -> isOneOfTwoHighest(definition, SEVERITY, optionKey) ? FACT_SEVERITY_HIGH : 0;
            default -> 0;
        };
    }

    /**
     * The outcome, rules and caveats for answers with these facts and this total: bands, the
     * borderline tie-break, rules H1, H2, H3 and the cap, then caveats.
     */
    static Verdict verdict(int facts, int total) {
        TrainingType recommendation = byBand(total, has(facts, FACT_BEHAVIOUR_SUPPORT_CENTRAL));
        Strength strength = strengthByBand(total);
        var rules = new ArrayList<Rule>();

        boolean holdsPossible = has(facts, FACT_HOLDS_POSSIBLE);
        boolean noHolds = has(facts, FACT_NO_HOLDS);
        boolean useOfForceAct = has(facts, FACT_USE_OF_FORCE_ACT);
        boolean nonClinical = has(facts, FACT_NON_CLINICAL);

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
        boolean h3 = has(facts, FACT_RESTRICTIVE_PLANS);
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
        if (has(facts, FACT_HOLDS_UNSURE)) {
            caveats.add(Caveat.COMPLETE_TNA);
        }
        if (has(facts, FACT_UNPLANNED_RESTRAINT) || (has(facts, FACT_RESTRAINT_USED) && noHolds)) {
            caveats.add(Caveat.GOVERNANCE_RED_FLAG);
        }
        if (has(facts, FACT_ROUTINELY_ALONE) && (has(facts, FACT_FREQUENCY_HIGH) || has(facts, FACT_SEVERITY_HIGH))) {
            caveats.add(Caveat.LONE_WORKING_CONTROLS);
        }
        if (h3 && noHolds) {
            caveats.add(Caveat.INCONSISTENT_ANSWERS);
        }
        return new Verdict(recommendation, strength, rules, caveats);
    }

    private static boolean has(int facts, int fact) {
        return (facts & fact) != 0;
    }

    /** A recommendation without its score and reasons: what the rules decide. */
    record Verdict(TrainingType recommendation, Strength strength, List<Rule> rules, List<Caveat> caveats) {

        Verdict {
            rules = List.copyOf(rules);
            caveats = List.copyOf(caveats);
        }
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

    private static TrainingType byBand(int total, boolean behaviourSupportCentral) {
        if (total >= MODERATE_PMVA_FROM) {
            return TrainingType.PMVA;
        }
        if (total <= MODERATE_BREAKAWAY_FROM) {
            return TrainingType.BREAKAWAY;
        }
        // Borderline: where de-escalation and behaviour support are central, PMVA fits the job better.
        return behaviourSupportCentral ? TrainingType.PMVA : TrainingType.BREAKAWAY;
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
            String optionKey) {
        var question = definition.question(questionKey).orElseThrow();
        List<Integer> pointsHighestFirst = question.options().stream()
                .map(OptionDefinition::points)
                .sorted(Comparator.reverseOrder())
                .toList();
        int secondHighest = pointsHighestFirst.get(Math.min(1, pointsHighestFirst.size() - 1));
        return question.option(optionKey).orElseThrow().points() >= secondHighest;
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
