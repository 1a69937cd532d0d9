package com.legacytraining.advisor.visitors.web.admin;

import java.util.ArrayList;
import java.util.List;

/**
 * One horizontal bar chart, drawn as SVG on the server, and the same figures as a table and CSV rows.
 * A row's bar is made of one segment per series (stacked), followed by its total; each row's label
 * sits above its bar, wrapped onto as many lines as it needs, so long labels (question options) are
 * never cut off. The drawing is narrow (a phone's width) so its text stays readable when the page
 * scales it down. A hidden figure ("fewer than 5") is drawn as a short dashed box, so the chart shows
 * every figure its table does.
 *
 * @param series the series names, in order; one for a simple bar chart
 * @param totalName the name of the rows' totals (a last column and CSV series) in a stacked chart;
 *        {@code null} for a simple one
 */
public record Chart(String id, String title, String description, List<String> series, String totalName,
        List<Row> rows) {

    static final int WIDTH = 400;
    static final int BAR_AREA = 320;
    static final int LINE_HEIGHT = 17;
    static final int BAR_HEIGHT = 18;
    static final int ROW_GAP = 12;
    static final int HIDDEN_WIDTH = 12;
    // Characters of a 14px label (admin.css) that fit the width, with room to spare for wide letters.
    static final int LINE_LENGTH = 46;

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

    /** One line of a row's label, placed. */
    public record Line(String text, int y) {
    }

    /**
     * One row, placed: its label's lines, its segments and the figure written after them (the total
     * of a stacked bar, with the series name it has in the table, or the simple bar's own value).
     */
    public record Bar(String label, List<Line> lines, int barY, List<Segment> segments, Cell end, String endSeries,
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
        List<Bar> bars = bars();
        return bars.isEmpty() ? 0 : bars.get(bars.size() - 1).barY() + BAR_HEIGHT + 4;
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + height();
    }

    public List<Bar> bars() {
        long max = Math.max(1, rows.stream()
                .mapToLong(row -> row.cells().stream().mapToLong(Cell::value).sum()).max().orElse(1));
        double scale = (double) (BAR_AREA - HIDDEN_WIDTH * series.size()) / max;
        List<Bar> bars = new ArrayList<>();
        int top = 0;
        for (Row row : rows) {
            List<Line> lines = new ArrayList<>();
            for (String text : wrap(row.label())) {
                top += LINE_HEIGHT;
                lines.add(new Line(text, top - 3));
            }
            int barY = top + 3;
            int x = 0;
            List<Segment> segments = new ArrayList<>();
            for (int s = 0; s < series.size(); s++) {
                Cell cell = row.cells().get(s);
                int width = cell.hidden() ? HIDDEN_WIDTH : Math.max(1, (int) Math.round(cell.value() * scale));
                segments.add(new Segment(x, width, s, series.get(s), cell));
                x += width;
            }
            Cell end = stacked() ? row.total() : row.cells().get(0);
            bars.add(new Bar(row.label(), lines, barY, segments, end, stacked() ? totalName : null, x + 6));
            top = barY + BAR_HEIGHT + ROW_GAP;
        }
        return bars;
    }

    /** The label in lines of at most {@link #LINE_LENGTH} characters, broken between words where it can be. */
    static List<String> wrap(String label) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : label.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > LINE_LENGTH) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (word.length() > LINE_LENGTH) {
                lines.add(word.substring(0, LINE_LENGTH));
                word = word.substring(LINE_LENGTH);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
