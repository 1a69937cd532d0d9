package com.legacytraining.advisor.questionnaire.scoring;

/**
 * A domain rule that overrides the bands, in the order the rules are applied. The key is the
 * stable name used by the JSON API and the result page.
 */
public enum Rule {
    /** H1: staff may need to hold or restrain, so the training needs restrictive content. */
    RESTRICTIVE_INTERVENTION_POSSIBLE("restrictive-intervention-possible"),
    /** H2: the Mental Health Units (Use of Force) Act 2018 applies to this clinical group. */
    USE_OF_FORCE_ACT("use-of-force-act"),
    /** H3: individual plans include restrictive interventions. */
    RESTRICTIVE_CARE_PLANS("restrictive-care-plans"),
    /** Staff never hold anyone, so a strong PMVA result is lowered to moderate. */
    NO_HOLDS_CAP("no-holds-cap");

    private final String key;

    Rule(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
