package com.legacytraining.advisor.visitors.web.admin;

import java.util.ArrayList;
import java.util.List;

/**
 * One horizontal bar chart, drawn as SVG on the server, and the same figures as a table and CSV rows.
 * A row's bar is made of one segment per series (stacked), followed by its total; each row's label
 * sits above its bar, so long labels (question options) need no truncation. A hidden figure ("fewer
 * than 5") is drawn as a short dashed box, so the chart shows every figure its table does.
 *
 * @param series the series names, in order; one for a simple bar chart
 * @param totalName the name of the rows' totals (a last column and CSV series) in a stacked chart;
 *        {@code null} for a simple one
 */
public record Chart(String id, String title, String description, List<String> series, String totalName,
        List<Row> rows) {

    static final int WIDTH = 640;
    static final int BAR_AREA = 520;
    static final int ROW_HEIGHT = 46;
    static final int BAR_HEIGHT = 18;
    static final int HIDDEN_WIDTH = 12;

    /** A simple chart: one series, no totals. */
    static Chart simple(String id, String title, String description, String series, List<Row> rows) {
        return new Chart(id, title, description, List.of(series), null, rows);
    }

    /** One figure as shown: its words ("25", "fewer than 5") and, unless hidden, the number drawn. */
    public record Cell(String text, long value, boolean hidden) {
    }

    /** One row: its label, a cell per series and, in a stacked chart, its total. */
    public record Row(String label, List<Cell> cells, Cell total) {

        Row(String label, Cell cell) {
            this(label, List.of(cell), null);
        }

        /** The cells of the table and the CSV: the series, then the total if there is one. */
        public List<Cell> figures() {
            if (total == null) {
                return cells;
            }
            List<Cell> all = new ArrayList<>(cells);
            all.add(total);
            return all;
        }
    }

    /** One bar segment, placed. */
    public record Segment(int x, int width, int series, String seriesName, Cell cell) {
    }

    /**
     * One row, placed: its label, its segments and the figure written after them (the total of a
     * stacked bar, with the series name it has in the table, or the simple bar's own value).
     */
    public record Bar(String label, int labelY, int barY, List<Segment> segments, Cell end, String endSeries,
            int endX) {
    }

    public boolean empty() {
        return rows.isEmpty();
    }

    public boolean stacked() {
        return totalName != null;
    }

    /** Whether some figure is hidden, so the legend must say what a dashed box means. */
    public boolean anyHidden() {
        return rows.stream().flatMap(row -> row.figures().stream()).anyMatch(Cell::hidden);
    }

    /** The table's column headings after the item column: the series, then the total if there is one. */
    public List<String> columns() {
        if (!stacked()) {
            return series;
        }
        List<String> columns = new ArrayList<>(series);
        columns.add(totalName);
        return columns;
    }

    public int height() {
        return rows.size() * ROW_HEIGHT + 8;
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + height();
    }

    public List<Bar> bars() {
        long max = Math.max(1, rows.stream()
                .mapToLong(row -> row.cells().stream().mapToLong(Cell::value).sum()).max().orElse(1));
        double scale = (double) (BAR_AREA - HIDDEN_WIDTH * series.size()) / max;
        List<Bar> bars = new ArrayList<>();
        for (int index = 0; index < rows.size(); index++) {
            Row row = rows.get(index);
            int top = index * ROW_HEIGHT;
            int x = 0;
            List<Segment> segments = new ArrayList<>();
            for (int s = 0; s < series.size(); s++) {
                Cell cell = row.cells().get(s);
                int width = cell.hidden() ? HIDDEN_WIDTH : Math.max(1, (int) Math.round(cell.value() * scale));
                segments.add(new Segment(x, width, s, series.get(s), cell));
                x += width;
            }
            Cell end = stacked() ? row.total() : row.cells().get(0);
            bars.add(new Bar(row.label(), top + 16, top + 22, segments, end, stacked() ? totalName : null, x + 6));
        }
        return bars;
    }
}
