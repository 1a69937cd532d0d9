package com.legacytraining.advisor.site;

/**
 * One input of an admin form as its error summary ({@code fragments/messages :: errorSummary}) lists
 * it. A form names its inputs in page order, because Bean Validation reports problems in no
 * particular order and the summary must read like the page.
 *
 * @param path the binding path of the value ({@code "options[rarely].points"})
 * @param id the id of the element a summary link moves to, as the page gives it
 * @param label the message key of the label the summary names the field by, or {@code null} where
 *        the message says enough on its own
 */
public record FormInput(String path, String id, String label) {

    /** An input whose problems the summary shows without naming the field. */
    public static FormInput of(String path, String id) {
        return new FormInput(path, id, null);
    }

    /** An input whose problems the summary shows as "Label: problem". */
    public static FormInput labelled(String path, String id, String label) {
        return new FormInput(path, id, label);
    }
}
