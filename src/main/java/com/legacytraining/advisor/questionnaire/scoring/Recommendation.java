package com.legacytraining.advisor.questionnaire.scoring;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of scoring one complete set of answers.
 *
 * @param recommendation the training to choose
 * @param strength how clearly the answers point to it
 * @param score the total of the chosen options' points
 * @param rules every rule that fired, in the order applied (H1, H2, H3, cap)
 * @param caveats every caveat that applies, in {@link Caveat} declaration order
 * @param reasons up to three answers that pushed hardest toward the recommendation, largest first
 */
public record Recommendation(TrainingType recommendation, Strength strength, int score, List<Rule> rules,
        List<Caveat> caveats, List<Reason> reasons) {

    public Recommendation {
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(strength, "strength");
        rules = List.copyOf(rules);
        caveats = List.copyOf(caveats);
        reasons = List.copyOf(reasons);
    }
}
