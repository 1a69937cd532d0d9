package com.legacytraining.advisor.visitors;

import java.util.regex.Pattern;

/**
 * Takes email addresses and phone numbers out of free text before it is stored: feedback asks for
 * nothing personal, and what people type anyway is not kept.
 */
public final class PersonalDataMask {

    static final String EMAIL_MASK = "[email removed]";
    static final String PHONE_MASK = "[phone number removed]";

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+-]+\\s*(@|\\(at\\)|\\[at\\])\\s*[\\p{L}0-9-]+(\\.[\\p{L}0-9-]+)+",
            Pattern.CASE_INSENSITIVE);
    // Seven or more digits, perhaps with a leading +, spaces, dots, dashes or brackets between them.
    private static final Pattern PHONE = Pattern.compile("\\+?\\(?\\d[\\d\\s().-]{5,}\\d");

    private PersonalDataMask() {
    }

    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = EMAIL.matcher(text).replaceAll(EMAIL_MASK);
        return PHONE.matcher(masked).replaceAll(match -> {
            long digits = match.group().chars().filter(Character::isDigit).count();
            return digits >= 7 ? PHONE_MASK : java.util.regex.Matcher.quoteReplacement(match.group());
        });
    }
}
