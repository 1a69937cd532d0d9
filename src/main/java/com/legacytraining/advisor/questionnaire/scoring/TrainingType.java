package com.legacytraining.advisor.questionnaire.scoring;

/** The two kinds of training the questionnaire chooses between. */
public enum TrainingType {
    /** Prevention and management of violence and aggression, which may include restrictive content. */
    PMVA,
    /** Physical skills to separate or break away from an aggressor, without restraint. */
    BREAKAWAY
}
