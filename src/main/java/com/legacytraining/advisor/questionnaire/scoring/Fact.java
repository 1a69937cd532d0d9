package com.legacytraining.advisor.questionnaire.scoring;

/** One thing the rules and caveats read from an answer ({@link ScoringService#factsOf}). */
public enum Fact {
    /** Staff may need to hold someone, in an emergency or as planned. */
    HOLDS_POSSIBLE,
    /** Staff never hold anyone, or only release themselves. */
    NO_HOLDS,
    /** Nobody knows whether holds will be needed. */
    HOLDS_UNSURE,
    /** The Mental Health Units (Use of Force) Act 2018 applies. */
    USE_OF_FORCE_ACT,
    /** The group is not clinical. */
    NON_CLINICAL,
    /** Individual plans include restrictive interventions. */
    RESTRICTIVE_PLANS,
    /** Restraint happens without a plan. */
    UNPLANNED_RESTRAINT,
    /** Restraint was used in recorded incidents. */
    RESTRAINT_USED,
    /** Staff routinely work alone in the community. */
    ROUTINELY_ALONE,
    /** Incidents are among the two most frequent options. */
    FREQUENCY_HIGH,
    /** Incidents are among the two most severe options. */
    SEVERITY_HIGH,
    /** De-escalation and behaviour support are central to the job. */
    BEHAVIOUR_SUPPORT_CENTRAL
}
