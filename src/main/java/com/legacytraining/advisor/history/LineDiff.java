package com.legacytraining.advisor.history;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A readable line diff (longest common subsequence), enough for the short texts admins edit.
 */
public final class LineDiff {

    private LineDiff() {
    }

    public enum Kind { SAME, REMOVED, ADDED }

    public record Line(Kind kind, String text) {
    }

    public static List<Line> compare(String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> diff = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                diff.add(new Line(Kind.SAME, a.get(i++)));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                diff.add(new Line(Kind.REMOVED, a.get(i++)));
            } else {
                diff.add(new Line(Kind.ADDED, b.get(j++)));
            }
        }
        while (i < a.size()) {
            diff.add(new Line(Kind.REMOVED, a.get(i++)));
        }
        while (j < b.size()) {
            diff.add(new Line(Kind.ADDED, b.get(j++)));
        }
        return diff;
    }

    public static boolean changed(List<Line> diff) {
        return diff.stream().anyMatch(line -> line.kind() != Kind.SAME);
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? Collections.emptyList() : text.lines().toList();
    }
}
