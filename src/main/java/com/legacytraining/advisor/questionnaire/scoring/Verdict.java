package com.legacytraining.advisor.questionnaire.scoring;

import java.util.List;

/**
 * A recommendation without its score and reasons: what the rules decide from the facts and the total
 * ({@link ScoringService#verdict}).
 *
 * @param rules every rule that fired, in the order applied
 * @param caveats every caveat that applies, in {@link Caveat} declaration order
 */
public record Verdict(TrainingType recommendation, Strength strength, List<Rule> rules, List<Caveat> caveats) {

    public Verdict {
        rules = List.copyOf(rules);
        caveats = List.copyOf(caveats);
    }
}
