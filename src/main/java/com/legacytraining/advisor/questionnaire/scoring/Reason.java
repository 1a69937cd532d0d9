package com.legacytraining.advisor.questionnaire.scoring;

/**
 * An answer that pushed toward the recommendation.
 *
 * @param question the question key
 * @param answer the chosen option key
 * @param points the option's points: positive toward PMVA, negative toward breakaway
 */
public record Reason(String question, String answer, int points) {
}
