package com.legacytraining.advisor.visitors;

/**
 * A count as the statistics may show it. Below {@value #THRESHOLD} (none included) it is hidden, shown
 * as "fewer than 5"; otherwise it is rounded to the nearest 5. So no figure says that one person, or
 * nobody but them, gave an answer, and subtracting one shown figure from another (a total from its
 * parts, or one period from a longer one) leaves a margin of several visits, never an exact one.
 *
 * @param value the rounded count; 0 when hidden
 */
public record SafeCount(long value, boolean hidden) {

    /** The smallest count shown; also the rounding step. */
    public static final int THRESHOLD = 5;

    /** The count to show for an exact one. */
    public static SafeCount of(long exact) {
        if (exact < THRESHOLD) {
            return new SafeCount(0, true);
        }
        return new SafeCount(Math.round((double) exact / THRESHOLD) * THRESHOLD, false);
    }
}
