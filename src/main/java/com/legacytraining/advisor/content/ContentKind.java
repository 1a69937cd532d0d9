package com.legacytraining.advisor.content;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of content an admin edits, each with the fields its form shows: guidance (pages and what
 * belongs to them) and the advice texts of the result page. One generic editor, history and conflict
 * page serve them all.
 */
public enum ContentKind {

    PAGE("page", Belongs.NOWHERE, List.of(
            Field.text("title", 200),
            Field.slug("slug", 120),
            Field.text("category", 120),
            Field.textarea("summary", 400),
            Field.textarea("intro", 2000),
            Field.text("keyPointsIntro", 400))),
    SECTION("section", Belongs.TO_PAGE, List.of(
            Field.text("heading", 200),
            Field.markdown("body", 20_000))),
    KEY_POINT("key-point", Belongs.TO_PAGE, List.of(
            Field.text("title", 200),
            Field.textarea("body", 2000))),
    FAQ("faq", Belongs.TO_PAGE, List.of(
            Field.text("question", 300),
            Field.markdown("answer", 20_000))),
    /** Why a rule that overrides the score applied, and its source. */
    RULE_ADVICE("rule-advice", Belongs.TO_ADVICE, List.of(
            Field.text("title", 200),
            Field.markdown("text", 4000),
            Field.text("source", 400))),
    /** A caveat: something to check or do that the recommendation alone does not cover. */
    CAVEAT_ADVICE("caveat-advice", Belongs.TO_ADVICE, List.of(
            Field.text("title", 200),
            Field.markdown("text", 4000))),
    /** A question to ask a training provider, and why it matters for the group. */
    PROVIDER_QUESTION("provider-question", Belongs.TO_ADVICE, List.of(
            Field.text("question", 400),
            Field.markdown("why", 4000))),
    /** One short piece of advice: a next step, the borderline advice, a limit, a TNA checklist item. */
    ADVICE_NOTE("advice-note", Belongs.TO_ADVICE, List.of(
            Field.markdown("text", 4000)));

    private enum Belongs { NOWHERE, TO_PAGE, TO_ADVICE }

    private final String path;
    private final Belongs belongs;
    private final List<Field> fields;

    ContentKind(String path, Belongs belongs, List<Field> fields) {
        this.path = path;
        this.belongs = belongs;
        this.fields = fields;
    }

    /** The URL segment and the revision item type ("faq", "key-point", ...). */
    public String path() {
        return path;
    }

    public boolean belongsToPage() {
        return belongs == Belongs.TO_PAGE;
    }

    /**
     * Whether this is an advice text of the result page. Which advice texts exist is fixed by the
     * questionnaire's rules and caveats in code, so admins edit them but never add, archive or reorder one.
     */
    public boolean isAdvice() {
        return belongs == Belongs.TO_ADVICE;
    }

    public List<Field> fields() {
        return fields;
    }

    public static Optional<ContentKind> fromPath(String path) {
        return Arrays.stream(values()).filter(kind -> kind.path.equals(path)).findFirst();
    }

    public enum Input { TEXT, TEXTAREA, MARKDOWN, SLUG }

    /** A form field; its label and hint come from messages ("field.&lt;kind&gt;.&lt;name&gt;"). */
    public record Field(String name, Input input, int maxLength) {

        static Field text(String name, int maxLength) {
            return new Field(name, Input.TEXT, maxLength);
        }

        static Field textarea(String name, int maxLength) {
            return new Field(name, Input.TEXTAREA, maxLength);
        }

        static Field markdown(String name, int maxLength) {
            return new Field(name, Input.MARKDOWN, maxLength);
        }

        static Field slug(String name, int maxLength) {
            return new Field(name, Input.SLUG, maxLength);
        }

        public boolean multiline() {
            return input == Input.TEXTAREA || input == Input.MARKDOWN;
        }

        public boolean markdown() {
            return input == Input.MARKDOWN;
        }

        public boolean slug() {
            return input == Input.SLUG;
        }

        /** The hint under the field, which takes the maximum length as its argument. */
        public String hintKey() {
            return "hint." + input.name();
        }
    }
}
