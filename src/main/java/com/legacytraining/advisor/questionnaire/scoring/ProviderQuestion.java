package com.legacytraining.advisor.questionnaire.scoring;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * A question to ask a training provider, chosen from the answers, rules and caveats of one result.
 * Declared in the order a result lists them; the key names the question and its "why it matters" in
 * the advice texts. Four are asked of every provider; the rest only when their condition holds, so
 * a result has between five and ten.
 */
public enum ProviderQuestion {

    /** A restrictive component is recommended: its certification and scope matter (RRN Training Standards). */
    CERTIFICATION("certification", (answers, result) -> result.recommendation() == TrainingType.PMVA
            && !result.rules().contains(Rule.NO_HOLDS_CAP)),
    /** PMVA without holds: how the restrictive modules are left out and could be added later. */
    WITHOUT_HOLDS("without-holds", (answers, result) -> result.rules().contains(Rule.NO_HOLDS_CAP)),
    /** Breakaway: techniques without pain or strikes, suited to the people supported. */
    NO_PAIN_NO_STRIKES("no-pain-no-strikes", (answers, result) -> result.recommendation() == TrainingType.BREAKAWAY),
    /** People with dementia, delirium or brain injury: physical skills need adapting. */
    DEMENTIA_ADAPTATION("dementia-adaptation",
            (answers, result) -> answered(answers, "people", "dementia-delirium-brain-injury")),
    /** A mental health unit under the Use of Force Act: the s5 topics. */
    USE_OF_FORCE_ACT_TOPICS("use-of-force-act-topics",
            (answers, result) -> answered(answers, "regulation", "use-of-force-act")),
    /** Staff who work alone: how the course covers lone working and fits the controls. */
    LONE_WORKING("lone-working", (answers, result) -> answered(answers, "lone-working", "routinely-community")
            || result.caveats().contains(Caveat.LONE_WORKING_CONTROLS)),
    /** Individual plans carry strategies or holds: the course should work from them. */
    INDIVIDUAL_PLANS("individual-plans", (answers, result) -> answered(answers, "care-plans", "proactive-only")
            || answered(answers, "care-plans", "restrictive")),
    /** Restraint without a plan: post-incident support and restraint reduction. */
    RESTRAINT_REDUCTION("restraint-reduction",
            (answers, result) -> result.caveats().contains(Caveat.GOVERNANCE_RED_FLAG)),
    /** Every provider: de-escalation and conflict resolution. */
    DE_ESCALATION("de-escalation", (answers, result) -> true),
    /** Every provider: scenarios from this setting. */
    OWN_SCENARIOS("own-scenarios", (answers, result) -> true),
    /** Every provider: refresher frequency. */
    REFRESHERS("refreshers", (answers, result) -> true),
    /** Every provider: trainers and the records the organisation receives. */
    TRAINERS_AND_RECORDS("trainers-and-records", (answers, result) -> true);

    private final String key;
    private final BiPredicate<Answers, Recommendation> condition;

    ProviderQuestion(String key, BiPredicate<Answers, Recommendation> condition) {
        this.key = key;
        this.condition = condition;
    }

    public String key() {
        return key;
    }

    public boolean appliesTo(Answers answers, Recommendation result) {
        return condition.test(answers, result);
    }

    /** The questions for this result, in declaration order. */
    public static List<ProviderQuestion> chosenFor(Answers answers, Recommendation result) {
        return Arrays.stream(values()).filter(question -> question.appliesTo(answers, result)).toList();
    }

    private static boolean answered(Answers answers, String question, String option) {
        return answers.option(question).filter(option::equals).isPresent();
    }
}
