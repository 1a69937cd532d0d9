package com.legacytraining.advisor.visitors;

/** What an outcome counter counts; the code is what the {@code outcome_count.dimension} column holds. */
public enum Dimension {
    OUTCOME("outcome"), RULE("rule"), CAVEAT("caveat"), ANSWER("answer"), VERSION("version"), CHANNEL("channel");

    private final String code;

    Dimension(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static Dimension fromCode(String code) {
        for (Dimension dimension : values()) {
            if (dimension.code.equals(code)) {
                return dimension;
            }
        }
        throw new IllegalArgumentException(code);
    }
}
