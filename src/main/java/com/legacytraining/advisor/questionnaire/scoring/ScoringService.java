package com.legacytraining.advisor.questionnaire.scoring;

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
        int total = 0;
        Facts facts = Facts.NONE;
        for (var answer : chosen.entrySet()) {
            total += answer.getValue().points();
            facts = facts.and(factsOf(definition, answer.getKey(), answer.getValue().key()));
        }
        Verdict verdict = verdict(facts, total);
        return new Recommendation(verdict.recommendation(), verdict.strength(), total, verdict.rules(),
                verdict.caveats(), reasons(chosen, verdict.recommendation()));
    }

    /** The questions the rules and caveats read; every other question only adds its points to the total. */
    public static List<String> questionsTheRulesRead() {
        return QUESTIONS_THE_RULES_READ;
    }

    /**
     * What the rules learn from one answer. The facts of a complete answer set are the union of
     * its answers' facts, so {@link #verdict} sees everything the rules read while the impact analysis
     * can combine answers without scoring each combination. Answers to questions the rules do not read
     * have no facts.
     */
    public static Facts factsOf(QuestionnaireDefinition definition, String questionKey, String optionKey) {
        return switch (questionKey) {
            case PHYSICAL_INTERVENTION -> HOLDS_POSSIBLE.contains(optionKey) ? Facts.of(Fact.HOLDS_POSSIBLE)
                    : NO_HOLDS.contains(optionKey) ? Facts.of(Fact.NO_HOLDS)
                    : when("unsure".equals(optionKey), Fact.HOLDS_UNSURE);
            case REGULATION -> when("use-of-force-act".equals(optionKey), Fact.USE_OF_FORCE_ACT);
            case ROLE -> when("non-clinical".equals(optionKey), Fact.NON_CLINICAL);
            case CARE_PLANS -> "restrictive".equals(optionKey) ? Facts.of(Fact.RESTRICTIVE_PLANS)
                    : when("unplanned-restraint".equals(optionKey), Fact.UNPLANNED_RESTRAINT);
            case INCIDENTS -> when("restraint-used".equals(optionKey), Fact.RESTRAINT_USED);
            case LONE_WORKING -> when("routinely-community".equals(optionKey), Fact.ROUTINELY_ALONE);
            case BEHAVIOUR_SUPPORT -> when(BEHAVIOUR_SUPPORT_CENTRAL.contains(optionKey), Fact.BEHAVIOUR_SUPPORT_CENTRAL);
            case FREQUENCY -> when(isOneOfTwoHighest(definition, FREQUENCY, optionKey), Fact.FREQUENCY_HIGH);
            case SEVERITY -> when(isOneOfTwoHighest(definition, SEVERITY, optionKey), Fact.SEVERITY_HIGH);
            default -> Facts.NONE;
        };
    }

    /**
     * The outcome, rules and caveats for answers with these facts and this total: bands, the
     * borderline tie-break, rules H1, H2, H3 and the cap, then caveats.
     */
    public static Verdict verdict(Facts facts, int total) {
        TrainingType recommendation = byBand(total, facts.has(Fact.BEHAVIOUR_SUPPORT_CENTRAL));
        Strength strength = strengthByBand(total);
        var rules = new ArrayList<Rule>();

        boolean holdsPossible = facts.has(Fact.HOLDS_POSSIBLE);
        boolean noHolds = facts.has(Fact.NO_HOLDS);
        boolean useOfForceAct = facts.has(Fact.USE_OF_FORCE_ACT);
        boolean nonClinical = facts.has(Fact.NON_CLINICAL);

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
        boolean h3 = facts.has(Fact.RESTRICTIVE_PLANS);
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
        if (facts.has(Fact.HOLDS_UNSURE)) {
            caveats.add(Caveat.COMPLETE_TNA);
        }
        if (facts.has(Fact.UNPLANNED_RESTRAINT) || (facts.has(Fact.RESTRAINT_USED) && noHolds)) {
            caveats.add(Caveat.GOVERNANCE_RED_FLAG);
        }
        if (facts.has(Fact.ROUTINELY_ALONE) && (facts.has(Fact.FREQUENCY_HIGH) || facts.has(Fact.SEVERITY_HIGH))) {
            caveats.add(Caveat.LONE_WORKING_CONTROLS);
        }
        if (h3 && noHolds) {
            caveats.add(Caveat.INCONSISTENT_ANSWERS);
        }
        return new Verdict(recommendation, strength, rules, caveats);
    }

    private static Facts when(boolean condition, Fact fact) {
        return condition ? Facts.of(fact) : Facts.NONE;
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
