package com.legacytraining.advisor.questionnaire.scoring;

/** How clearly the answers point to the recommendation. */
public enum Strength {
    STRONG,
    MODERATE,
    /** The total sits between the two; a training needs analysis should decide. */
    BORDERLINE
}
