package com.legacytraining.advisor.questionnaire.editing;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The publish gate refused a questionnaire publish; nothing was written. Carries the preview that
 * was computed to decide, so the page can be shown again without computing it twice.
 */
public class PublishRefusedException extends RuntimeException {

    private final transient Preview preview;
    private final Set<PublishProblem> problems;

    PublishRefusedException(Preview preview, Set<PublishProblem> problems) {
        super("Publish refused: " + problems);
        this.preview = preview;
        this.problems = Collections.unmodifiableSet(EnumSet.copyOf(problems));
    }

    public Preview preview() {
        return preview;
    }

    /** The problems in declaration order, so the page lists them in the form's order. */
    public Set<PublishProblem> problems() {
        return problems;
    }
}
