package com.legacytraining.advisor.content;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of guidance content an admin edits, each with the fields its form shows. One generic
 * editor, history and conflict page serve them all.
 */
public enum ContentKind {

    PAGE("page", false, List.of(
            Field.text("title", 200),
            Field.slug("slug", 120),
            Field.text("category", 120),
            Field.textarea("summary", 400),
            Field.textarea("intro", 2000),
            Field.text("keyPointsIntro", 400))),
    SECTION("section", true, List.of(
            Field.text("heading", 200),
            Field.markdown("body", 20_000))),
    KEY_POINT("key-point", true, List.of(
            Field.text("title", 200),
            Field.textarea("body", 2000))),
    FAQ("faq", true, List.of(
            Field.text("question", 300),
            Field.markdown("answer", 20_000)));

    private final String path;
    private final boolean belongsToPage;
    private final List<Field> fields;

    ContentKind(String path, boolean belongsToPage, List<Field> fields) {
        this.path = path;
        this.belongsToPage = belongsToPage;
        this.fields = fields;
    }

    /** The URL segment and the revision item type ("faq", "key-point", ...). */
    public String path() {
        return path;
    }

    public boolean belongsToPage() {
        return belongsToPage;
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
