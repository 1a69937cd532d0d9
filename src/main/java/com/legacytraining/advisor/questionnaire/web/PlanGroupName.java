package com.legacytraining.advisor.questionnaire.web;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for a staff group's short name, whether typed into the plan's form ({@link AcceptableGroupName})
 * or read from a plan's address ({@link Plan#read}): an address can be written by hand, and a name the form
 * refuses must not be shown from it either. The name goes into addresses that are bookmarked and shared, so it
 * must not hold an e-mail address or a long number; and it is shown on pages and in a PDF, so it must hold no
 * control characters, nor the invisible ones that reorder the text around them (bidi embeddings, overrides
 * and isolates), which could make a name read as something else.
 */
final class PlanGroupName {

    static final int MAX_LENGTH = 40;

    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{5}");

    private PlanGroupName() {
    }

    /**
     * What is wrong with the name, already stripped of surrounding spaces, if anything: {@code blank},
     * {@code hidden}, {@code long} or {@code personal}, the last part of its message key
     * ({@code plan.error.name.…} on the form, {@code plan.bad.name.…} for an address).
     */
    static Optional<String> problem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("blank");
        }
        if (name.codePoints().anyMatch(PlanGroupName::hidden)) {
            return Optional.of("hidden");
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of("long");
        }
        if (name.indexOf('@') >= 0 || LONG_NUMBER.matcher(name).find()) {
            return Optional.of("personal");
        }
        return Optional.empty();
    }

    /**
     * Control characters, every invisible formatting character (bidi embeddings, overrides, isolates and marks,
     * zero widths, the byte order mark: Unicode's category Cf) and the line and paragraph separators.
     */
    private static boolean hidden(int point) {
        int type = Character.getType(point);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
