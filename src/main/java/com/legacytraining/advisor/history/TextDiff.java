package com.legacytraining.advisor.history;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.DeleteDelta;
import com.github.difflib.patch.DeltaType;
import com.github.difflib.patch.InsertDelta;
import com.github.difflib.patch.Patch;
import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed between two texts, by line and, within changed lines, by word; for the compare and
 * conflict pages. For {@code between("Line one\nLine two", "Line one\nLine 2")}:
 * <pre>
 * lines():  SAME    [Line one]
 *           REMOVED [Line ][two: REMOVED]
 *           ADDED   [Line ][2: ADDED]
 * before(): [Line one\nLine ][two: REMOVED]
 * after():  [Line one\nLine ][2: ADDED]
 * </pre>
 * Lines are compared with java-diff-utils (Myers: time and memory grow with the differences, not
 * with the product of the two lengths); its row generator marks the changed words. The texts stay
 * plain: templates escape them, the markup is theirs.
 */
public final class TextDiff {

    public enum Kind { SAME, REMOVED, ADDED }

    /** A run of text: unchanged (SAME) or only in the text before (REMOVED) or after (ADDED). */
    public record Span(Kind kind, String text) {

        public boolean removed() {
            return kind == Kind.REMOVED;
        }

        public boolean added() {
            return kind == Kind.ADDED;
        }
    }

    /**
     * One line of the unified view. A line that was changed rather than wholly removed or added
     * marks the words that differ; the others are one unchanged span.
     */
    public record Line(Kind kind, List<Span> spans) {

        public Line {
            spans = List.copyOf(spans);
        }

        public String text() {
            StringBuilder text = new StringBuilder();
            spans.forEach(span -> text.append(span.text()));
            return text.toString();
        }
    }

    /**
     * How many comparisons of lines or words one diff may make. Enough for any real edit (the cost
     * grows with the length plus the square of the number of differences); two long texts that
     * differ everywhere would take far longer, and are then shown as removed and added whole.
     */
    private static final int MAX_COMPARISONS = 5_000_000;

    /**
     * Marks the row generator puts around changed words: a Unicode noncharacter, reserved for
     * internal use, plus a bracket. The text's own noncharacters are doubled, so nothing the user
     * typed can be read as a mark.
     */
    private static final char MARK = '\uFDD0';
    private static final String START = "" + MARK + '[';
    private static final String END = "" + MARK + ']';
    private static final String MARK_TEXT = String.valueOf(MARK);
    private static final String ESCAPED_MARK = MARK_TEXT + MARK;

    /** Words, runs of spaces, line breaks, escaped marks, and any other character alone. */
    private static final Pattern TOKEN = Pattern.compile(
            "(?s)\n|[\\p{L}\\p{M}\\p{N}_]+|[^\\S\n]+|(?:" + ESCAPED_MARK + ")+|.");

    private final List<Line> lines;
    private final List<Span> before;
    private final List<Span> after;

    private TextDiff(List<Line> lines, List<Span> before, List<Span> after) {
        this.lines = List.copyOf(lines);
        this.before = List.copyOf(before);
        this.after = List.copyOf(after);
    }

    /**
     * Compares two texts; null counts as empty. Which line ending (\n, \r\n, \r) a text uses, or
     * whether it ends with one, does not count as a change.
     */
    public static TextDiff between(String before, String after) {
        List<String> original = lines(before);
        List<String> revised = lines(after);
        Comparisons comparisons = new Comparisons();
        Patch<String> patch;
        try {
            patch = DiffUtils.diff(original, revised, comparisons::equal);
        } catch (Comparisons.Exhausted exhausted) {
            // Different almost everywhere: the whole text removed, the whole text added.
            patch = wholeTextReplaced(original, revised);
        }
        List<DiffRow> rows;
        try {
            rows = rows(comparisons).generateDiffRows(original, patch);
        } catch (Comparisons.Exhausted exhausted) {
            // The changed lines differ in too many words to mark them: whole lines removed and added.
            rows = rows(comparisons).generateDiffRows(original, withoutChanges(patch));
        }
        Builder builder = new Builder();
        rows.forEach(builder::add);
        return builder.build();
    }

    /** The unified view: unchanged lines, and each changed block as its removed lines, then its added lines. */
    public List<Line> lines() {
        return lines;
    }

    /** The whole text before, lines separated by \n, with what is not in the text after marked REMOVED. */
    public List<Span> before() {
        return before;
    }

    /** The whole text after, lines separated by \n, with what is not in the text before marked ADDED. */
    public List<Span> after() {
        return after;
    }

    public boolean changed() {
        return lines.stream().anyMatch(line -> line.kind() != Kind.SAME);
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : text.lines().toList();
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /**
     * The row generator, marking changed words with {@link #START} and {@link #END}, in plain text:
     * its default normalizer half-escapes HTML (not {@code &}) and turns tabs into spaces, and
     * Thymeleaf escapes the text anyway.
     */
    private static DiffRowGenerator rows(Comparisons comparisons) {
        return DiffRowGenerator.create()
                .showInlineDiffs(true)
                .inlineDiffBySplitter(TextDiff::tokens)
                // "[-one day]" rather than "[-one] [-day]"
                .inlineDeltaMerger(DiffRowGenerator.WHITESPACE_EQUALITIES_MERGER)
                .equalizer(comparisons::equal)
                .lineNormalizer(line -> line.replace(MARK_TEXT, ESCAPED_MARK))
                .oldTag(start -> start ? START : END)
                .newTag(start -> start ? START : END)
                .build();
    }

    private static Patch<String> wholeTextReplaced(List<String> original, List<String> revised) {
        Patch<String> patch = new Patch<>();
        patch.addDelta(new DeleteDelta<>(new Chunk<>(0, original), new Chunk<>(0, List.of())));
        patch.addDelta(new InsertDelta<>(new Chunk<>(original.size(), List.of()), new Chunk<>(0, revised)));
        return patch;
    }

    /** The same patch with each changed block split into its removal and its addition: no words compared. */
    private static Patch<String> withoutChanges(Patch<String> patch) {
        Patch<String> result = new Patch<>(patch.getDeltas().size() * 2);
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            Chunk<String> source = delta.getSource();
            Chunk<String> target = delta.getTarget();
            if (delta.getType() == DeltaType.CHANGE) {
                result.addDelta(new DeleteDelta<>(source, new Chunk<>(target.getPosition(), List.of())));
                result.addDelta(new InsertDelta<>(new Chunk<>(source.getPosition() + source.size(), List.of()), target));
            } else {
                result.addDelta(delta);
            }
        }
        return result;
    }

    /** Counts the comparisons of one diff and stops it when {@link #MAX_COMPARISONS} are spent. */
    private static final class Comparisons {

        static final class Exhausted extends RuntimeException {
            Exhausted() {
                super(null, null, false, false);
            }
        }

        private int made;

        boolean equal(String a, String b) {
            if (++made > MAX_COMPARISONS) {
                throw new Exhausted();
            }
            return a.equals(b);
        }
    }

    /**
     * Turns the generator's rows into the two views. Rows come as unchanged (EQUAL) or as a block of
     * changed (CHANGE, with marked words), removed (DELETE) and added (INSERT) lines.
     */
    private static final class Builder {

        private final List<Line> lines = new ArrayList<>();
        private final List<Line> removed = new ArrayList<>();
        private final List<Line> added = new ArrayList<>();
        private final Spans before = new Spans();
        private final Spans after = new Spans();

        void add(DiffRow row) {
            switch (row.getTag()) {
                case EQUAL -> {
                    flush();
                    List<Span> same = List.of(new Span(Kind.SAME, unmarked(row.getOldLine())));
                    lines.add(new Line(Kind.SAME, same));
                    before.line(same);
                    after.line(same);
                }
                case DELETE -> {
                    String text = unmarked(row.getOldLine());
                    removed.add(new Line(Kind.REMOVED, List.of(new Span(Kind.SAME, text))));
                    before.line(List.of(new Span(Kind.REMOVED, text)));
                }
                case INSERT -> {
                    String text = unmarked(row.getNewLine());
                    added.add(new Line(Kind.ADDED, List.of(new Span(Kind.SAME, text))));
                    after.line(List.of(new Span(Kind.ADDED, text)));
                }
                case CHANGE -> {
                    List<Span> old = read(row.getOldLine(), Kind.REMOVED);
                    List<Span> revised = read(row.getNewLine(), Kind.ADDED);
                    removed.add(new Line(Kind.REMOVED, old));
                    added.add(new Line(Kind.ADDED, revised));
                    before.line(old);
                    after.line(revised);
                }
            }
        }

        TextDiff build() {
            flush();
            return new TextDiff(lines, before.list(), after.list());
        }

        private void flush() {
            lines.addAll(removed);
            lines.addAll(added);
            removed.clear();
            added.clear();
        }

        private static String unmarked(String marked) {
            StringBuilder text = new StringBuilder();
            read(marked, Kind.SAME).forEach(span -> text.append(span.text()));
            return text.toString();
        }

        /**
         * Reads a generator line: marks become span boundaries, doubled noncharacters the user's own.
         * White space ending a changed run is left unmarked: "[-includes] prevention", not
         * "[-includes ]prevention".
         */
        private static List<Span> read(String marked, Kind changed) {
            Spans spans = new Spans();
            Kind kind = Kind.SAME;
            StringBuilder run = new StringBuilder();
            int from = 0;
            for (int i = marked.indexOf(MARK); i >= 0; i = marked.indexOf(MARK, i + 2)) {
                run.append(marked, from, i);
                char next = marked.charAt(i + 1);
                if (next == MARK) {
                    run.append(MARK);
                } else {
                    addRun(spans, kind, run);
                    kind = next == '[' ? changed : Kind.SAME;
                }
                from = i + 2;
            }
            run.append(marked, from, marked.length());
            addRun(spans, kind, run);
            return spans.list();
        }

        private static void addRun(Spans spans, Kind kind, StringBuilder run) {
            int end = run.length();
            while (kind != Kind.SAME && end > 0 && Character.isWhitespace(run.charAt(end - 1))) {
                end--;
            }
            if (end == 0) {
                end = run.length();
            }
            spans.add(kind, run.substring(0, end));
            spans.add(Kind.SAME, run.substring(end));
            run.setLength(0);
        }
    }

    /** Text collected into spans, neighbouring text of one kind in one span; optionally line by line. */
    private static final class Spans {

        private final List<Span> spans = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private Kind kind = Kind.SAME;
        private boolean empty = true;

        void add(Kind kind, String more) {
            if (more.isEmpty()) {
                return;
            }
            if (kind != this.kind) {
                close();
                this.kind = kind;
            }
            text.append(more);
        }

        /** Adds a line, after a line break unless it is the first. */
        void line(List<Span> line) {
            if (!empty) {
                add(Kind.SAME, "\n");
            }
            empty = false;
            line.forEach(span -> add(span.kind(), span.text()));
        }

        List<Span> list() {
            close();
            return spans;
        }

        private void close() {
            if (!text.isEmpty()) {
                spans.add(new Span(kind, text.toString()));
                text.setLength(0);
            }
        }
    }
}
