package com.legacytraining.advisor.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.legacytraining.advisor.history.TextDiff.Kind;
import com.legacytraining.advisor.history.TextDiff.Line;
import com.legacytraining.advisor.history.TextDiff.Span;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TextDiffTests {

    @Test
    void unchangedTextIsOneSameLinePerLine() {
        TextDiff diff = TextDiff.between("Line one\nLine two", "Line one\nLine two");

        assertThat(diff.changed()).isFalse();
        assertThat(shown(diff.lines())).containsExactly("SAME Line one", "SAME Line two");
        assertThat(diff.before()).containsExactly(new Span(Kind.SAME, "Line one\nLine two"));
        assertThat(diff.after()).isEqualTo(diff.before());
    }

    @Test
    void nullAndEmptyTextsHaveNoLines() {
        assertThat(TextDiff.between(null, null).lines()).isEmpty();
        assertThat(TextDiff.between("", null).changed()).isFalse();
        assertThat(TextDiff.between(null, "").before()).isEmpty();
    }

    @Test
    void textFromNothingIsAllAddedAndTextToNothingAllRemoved() {
        TextDiff added = TextDiff.between(null, "New\ntext");
        assertThat(shown(added.lines())).containsExactly("ADDED New", "ADDED text");
        assertThat(added.after()).containsExactly(new Span(Kind.ADDED, "New"), new Span(Kind.SAME, "\n"),
                new Span(Kind.ADDED, "text"));

        TextDiff removed = TextDiff.between("Old text", "");
        assertThat(shown(removed.lines())).containsExactly("REMOVED Old text");
        assertThat(removed.before()).containsExactly(new Span(Kind.REMOVED, "Old text"));
        assertThat(removed.after()).isEmpty();
    }

    @Test
    void addedAndRemovedLinesAreMarkedWholeAndTheRestStaysTheSame() {
        TextDiff diff = TextDiff.between("Keep\nDrop\nKeep too", "Keep\nKeep too\nNew end");

        assertThat(shown(diff.lines())).containsExactly("SAME Keep", "REMOVED Drop", "SAME Keep too", "ADDED New end");
        // In the unified view the line is the change; its words are not marked again.
        assertThat(diff.lines().get(1).spans()).containsExactly(new Span(Kind.SAME, "Drop"));
        assertThat(diff.before()).containsExactly(new Span(Kind.SAME, "Keep\n"), new Span(Kind.REMOVED, "Drop"),
                new Span(Kind.SAME, "\nKeep too"));
        assertThat(diff.after()).containsExactly(new Span(Kind.SAME, "Keep\nKeep too\n"), new Span(Kind.ADDED, "New end"));
    }

    @Test
    void aChangedLineIsRemovedThenAddedWithTheChangedWordsMarked() {
        TextDiff diff = TextDiff.between("Line one\nLine two", "Line one\nLine 2");

        assertThat(diff.changed()).isTrue();
        assertThat(shown(diff.lines())).containsExactly("SAME Line one", "REMOVED Line [-two]", "ADDED Line [+2]");
        assertThat(diff.before()).containsExactly(new Span(Kind.SAME, "Line one\nLine "), new Span(Kind.REMOVED, "two"));
        assertThat(diff.after()).containsExactly(new Span(Kind.SAME, "Line one\nLine "), new Span(Kind.ADDED, "2"));
    }

    @Test
    void marksWholeWordsAndLeavesSharedPunctuationAndSpacesAlone() {
        TextDiff diff = TextDiff.between("Staff must report, within one day, every incident.",
                "Staff should report, within two days, every incident.");

        assertThat(shown(diff.lines())).containsExactly(
                "REMOVED Staff [-must] report, within [-one day], every incident.",
                "ADDED Staff [+should] report, within [+two days], every incident.");
        assertThat(diff.lines().get(0).text()).isEqualTo("Staff must report, within one day, every incident.");
    }

    @Test
    void leavesTheSpaceAfterChangedWordsUnmarked() {
        TextDiff diff = TextDiff.between("PMVA is usually broader and includes prevention", "PMVA covers prevention");

        assertThat(shown(diff.lines())).containsExactly(
                "REMOVED PMVA [-is usually broader and includes] prevention", "ADDED PMVA [+covers] prevention");
    }

    @Test
    void aChangedBlockListsItsRemovedLinesBeforeItsAddedOnes() {
        TextDiff diff = TextDiff.between("Same\nFirst old\nSecond old\nThird old\nEnd", "Same\nFirst new\nSecond new\nEnd");

        assertThat(shown(diff.lines())).containsExactly("SAME Same",
                "REMOVED First [-old]", "REMOVED Second [-old]", "REMOVED Third old",
                "ADDED First [+new]", "ADDED Second [+new]", "SAME End");
        assertThat(text(diff.before())).isEqualTo("Same\nFirst old\nSecond old\nThird old\nEnd");
        assertThat(text(diff.after())).isEqualTo("Same\nFirst new\nSecond new\nEnd");
    }

    @Test
    void lineEndingsDoNotCount() {
        TextDiff diff = TextDiff.between("One\r\nTwo\r\n", "One\nTwo");

        assertThat(diff.changed()).isFalse();
        assertThat(shown(diff.lines())).containsExactly("SAME One", "SAME Two");
    }

    @Test
    void keepsHtmlAndEntitiesAsPlainTextForTheTemplateToEscape() {
        TextDiff diff = TextDiff.between("<b>Bold</b> &amp; a < b\tc", "<i>Bold</i> &lt; a > b\tc");

        assertThat(text(diff.before())).isEqualTo("<b>Bold</b> &amp; a < b\tc");
        assertThat(text(diff.after())).isEqualTo("<i>Bold</i> &lt; a > b\tc");
        assertThat(shown(diff.lines())).containsExactly(
                "REMOVED <[-b]>Bold</[-b]> &[-amp]; a [-<] b\tc",
                "ADDED <[+i]>Bold</[+i]> &[+lt]; a [+>] b\tc");
    }

    @Test
    void theMarksItUsesInsideCannotBeForgedByTheText() {
        String forged = "a \uFDD0[b\uFDD0] \uFDD0\uFDD0 c";

        TextDiff diff = TextDiff.between(forged, forged + " d");

        assertThat(text(diff.before())).isEqualTo(forged);
        assertThat(text(diff.after())).isEqualTo(forged + " d");
        assertThat(diff.after()).filteredOn(Span::added).extracting(Span::text).containsExactly(" d");
    }

    @Test
    void bothViewsAlwaysHoldBothTextsInFull() {
        Random random = new Random(7);
        String[] words = {"", "", "a", "b", "a b", "b a", "care", "plan", " ", "x, y", "\uFDD0"};
        for (int round = 0; round < 500; round++) {
            String before = randomText(random, words);
            String after = randomText(random, words);

            TextDiff diff = TextDiff.between(before, after);

            List<String> beforeLines = before.lines().toList();
            List<String> afterLines = after.lines().toList();
            assertThat(text(diff.before())).as("before of %s -> %s", before, after).isEqualTo(joinedLines(before));
            assertThat(text(diff.after())).as("after of %s -> %s", before, after).isEqualTo(joinedLines(after));
            assertThat(linesOf(diff, Kind.REMOVED)).as("lines of %s -> %s", before, after).isEqualTo(beforeLines);
            assertThat(linesOf(diff, Kind.ADDED)).as("lines of %s -> %s", before, after).isEqualTo(afterLines);
            assertThat(diff.changed()).isEqualTo(!beforeLines.equals(afterLines));
        }
    }

    @Test
    void aLongTextWithAFewEditsIsComparedQuicklyWordByWord() {
        String before = paragraphs(new Random(1), 100_000);
        StringBuilder after = new StringBuilder(before);
        after.insert(50_000, "INSERTED ");
        after.replace(90_000, 90_005, "CHANGED");

        TextDiff diff = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> TextDiff.between(before, after.toString()));

        assertThat(text(diff.before())).isEqualTo(joinedLines(before));
        assertThat(diff.after()).filteredOn(Span::added).extracting(Span::text).anyMatch(text -> text.contains("INSERTED"));
        assertThat(diff.lines()).filteredOn(line -> line.kind() != Kind.SAME).hasSizeLessThanOrEqualTo(4);
    }

    @Test
    void twoLongTextsThatDifferEverywhereAreShownRemovedAndAddedWholeWithoutTakingLong() {
        String before = "a\n".repeat(50_000);
        String after = "b\n".repeat(50_000);

        TextDiff diff = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> TextDiff.between(before, after));

        assertThat(diff.lines()).hasSize(100_000);
        assertThat(diff.lines().get(0)).isEqualTo(new Line(Kind.REMOVED, List.of(new Span(Kind.SAME, "a"))));
        assertThat(diff.lines().get(99_999)).isEqualTo(new Line(Kind.ADDED, List.of(new Span(Kind.SAME, "b"))));
    }

    @Test
    void aLongLineRewrittenWordForWordIsShownRemovedAndAddedWithoutTakingLong() {
        String before = paragraphs(new Random(2), 100_000).replace('\n', ' ');
        String after = paragraphs(new Random(3), 100_000).replace('\n', ' ');

        TextDiff diff = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> TextDiff.between(before, after));

        assertThat(diff.changed()).isTrue();
        assertThat(text(diff.before())).isEqualTo(joinedLines(before));
        assertThat(text(diff.after())).isEqualTo(joinedLines(after));
    }

    /** Each line as "KIND text", with changed words as [-removed] and [+added]. */
    private static List<String> shown(List<Line> lines) {
        return lines.stream().map(line -> line.kind() + " " + line.spans().stream()
                .map(span -> switch (span.kind()) {
                    case SAME -> span.text();
                    case REMOVED -> "[-" + span.text() + "]";
                    case ADDED -> "[+" + span.text() + "]";
                })
                .collect(Collectors.joining())).toList();
    }

    private static String joinedLines(String text) {
        return String.join("\n", text.lines().toList());
    }

    private static String text(List<Span> spans) {
        return spans.stream().map(Span::text).collect(Collectors.joining());
    }

    /** One side's lines back from the unified view: the same lines and those of the given kind. */
    private static List<String> linesOf(TextDiff diff, Kind side) {
        return diff.lines().stream().filter(line -> line.kind() == Kind.SAME || line.kind() == side)
                .map(Line::text).toList();
    }

    private static String randomText(Random random, String[] words) {
        List<String> lines = new ArrayList<>();
        int count = random.nextInt(6);
        for (int i = 0; i < count; i++) {
            lines.add(words[random.nextInt(words.length)] + (random.nextBoolean() ? "" : " " + words[random.nextInt(words.length)]));
        }
        return String.join("\n", lines) + (random.nextInt(4) == 0 ? "\n" : "");
    }

    /** Random words, twelve to a line, up to the given length. */
    private static String paragraphs(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int word = 1; text.length() < length; word++) {
            for (int letters = 2 + random.nextInt(8); letters > 0; letters--) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            text.append(word % 12 == 0 ? '\n' : ' ');
        }
        return text.toString();
    }
}
