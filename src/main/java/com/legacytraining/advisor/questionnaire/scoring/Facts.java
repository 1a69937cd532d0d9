package com.legacytraining.advisor.questionnaire.scoring;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the rules learn from answers: a set of {@link Fact}s. The facts of a complete answer set are
 * the union of its answers' facts, so facts can be combined without scoring every combination (the
 * impact analysis relies on this). Immutable; equal when they hold the same facts.
 */
public final class Facts {

    /** No facts: what an answer the rules do not read contributes. */
    public static final Facts NONE = new Facts(0);

    // One bit per Fact ordinal: unions and lookups stay cheap in the impact analysis' inner loop.
    private final int bits;

    private Facts(int bits) {
        this.bits = bits;
    }

    /** Exactly these facts. */
    public static Facts of(Fact... facts) {
        int bits = 0;
        for (Fact fact : facts) {
            bits |= 1 << fact.ordinal();
        }
        return new Facts(bits);
    }

    /** These facts and the other's. */
    public Facts and(Facts other) {
        return other.bits == 0 || other.bits == bits ? this : new Facts(bits | other.bits);
    }

    public boolean has(Fact fact) {
        return (bits & (1 << fact.ordinal())) != 0;
    }

    /** The facts held, in declaration order. */
    public Set<Fact> asSet() {
        EnumSet<Fact> set = EnumSet.noneOf(Fact.class);
        for (Fact fact : Fact.values()) {
            if (has(fact)) {
                set.add(fact);
            }
        }
        return set;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Facts that && that.bits == bits;
    }

    @Override
    public int hashCode() {
        return bits;
    }

    @Override
    public String toString() {
        return "Facts" + asSet();
    }
}
