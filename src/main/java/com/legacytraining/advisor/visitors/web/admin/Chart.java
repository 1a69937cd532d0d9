package com.legacytraining.advisor.visitors.web.admin;

import java.util.ArrayList;
import java.util.List;

/**
 * One horizontal bar chart, drawn as SVG on the server, and the same figures as a table and CSV rows.
 * A row's bar is made of one segment per series (stacked); each row's label sits above its bar, so
 * long labels (question options) need no truncation.
 *
 * @param series the series names, in order; one for a simple bar chart
 */
public record Chart(String id, String title, String description, List<String> series, List<Row> rows) {

    static final int WIDTH = 640;
    static final int BAR_AREA = 560;
    static final int ROW_HEIGHT = 46;
    static final int BAR_HEIGHT = 18;

    public record Row(String label, List<Long> values) {

        public long total() {
            return values.stream().mapToLong(Long::longValue).sum();
        }
    }

    /** One bar segment, placed. */
    public record Segment(int x, int width, int series, String seriesName, long value) {
    }

    /** One row, placed: its label, its segments and its total. */
    public record Bar(String label, int labelY, int barY, List<Segment> segments, long total, int totalX) {
    }

    public boolean empty() {
        return rows.stream().allMatch(row -> row.total() == 0);
    }

    public boolean stacked() {
        return series.size() > 1;
    }

    public int height() {
        return rows.size() * ROW_HEIGHT + 8;
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + height();
    }

    public List<Bar> bars() {
        long max = Math.max(1, rows.stream().mapToLong(Row::total).max().orElse(1));
        List<Bar> bars = new ArrayList<>();
        for (int index = 0; index < rows.size(); index++) {
            Row row = rows.get(index);
            int top = index * ROW_HEIGHT;
            int x = 0;
            List<Segment> segments = new ArrayList<>();
            for (int s = 0; s < series.size(); s++) {
                long value = row.values().get(s);
                int width = (int) Math.round((double) value * BAR_AREA / max);
                if (value > 0) {
                    segments.add(new Segment(x, Math.max(width, 1), s, series.get(s), value));
                }
                x += width;
            }
            bars.add(new Bar(row.label(), top + 16, top + 22, segments, row.total(), x + 6));
        }
        return bars;
    }
}
