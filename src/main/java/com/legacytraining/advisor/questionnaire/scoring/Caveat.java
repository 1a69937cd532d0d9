package com.legacytraining.advisor.questionnaire.scoring;

/**
 * A warning shown with the result; caveats never change the outcome. Declared in the order the
 * result lists them. The key is the stable name used by the JSON API and the result page.
 */
public enum Caveat {
    /** Non-clinical staff of a mental health unit still need the Use of Force Act s5 training. */
    S5_TRAINING_REQUIRED("s5-training-required"),
    /** Nobody knows whether holds will be needed: a training needs analysis should find out. */
    COMPLETE_TNA("complete-tna"),
    /** Restraint happens without a plan: a governance problem training alone does not fix. */
    GOVERNANCE_RED_FLAG("governance-red-flag"),
    /** Training does not replace lone-working controls (HSE INDG73). */
    LONE_WORKING_CONTROLS("lone-working-controls"),
    /** Plans include restrictive interventions yet staff are said never to hold anyone. */
    INCONSISTENT_ANSWERS("inconsistent-answers");

    private final String key;

    Caveat(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
