package com.legacytraining.advisor.visitors.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartTests {

    static final String LONG_OPTION = "Residential, supported living, day service, children's home or special "
            + "school for people whose distress can show as aggression";

    @Test
    void aLongLabelIsWrappedBetweenWordsNeverCutOff() {
        List<String> lines = Chart.wrap(LONG_OPTION);
        assertThat(lines).hasSizeGreaterThan(1).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(Chart.LINE_LENGTH));
        assertThat(String.join(" ", lines)).isEqualTo(LONG_OPTION);
        assertThat(Chart.wrap("x".repeat(120))).hasSize(3);
        assertThat(Chart.wrap("Rarely")).containsExactly("Rarely");
    }

    @Test
    void everyBarAndLabelLineFitsTheDrawingWithoutOverlapping() {
        Chart.Cell shown = new Chart.Cell("25", 25, false);
        Chart.Cell hidden = new Chart.Cell("fewer than 5", 0, true);
        Chart chart = Chart.simple("q", "Question", "Answers", "Results",
                List.of(new Chart.Row(LONG_OPTION, shown), new Chart.Row("Rarely", hidden)));
        int previousBottom = 0;
        for (Chart.Bar bar : chart.bars()) {
            for (Chart.Line line : bar.lines()) {
                assertThat(line.y()).isGreaterThan(previousBottom);
                previousBottom = line.y();
            }
            assertThat(bar.barY()).isGreaterThan(previousBottom);
            for (Chart.Segment segment : bar.segments()) {
                assertThat(segment.x() + segment.width()).isLessThanOrEqualTo(Chart.BAR_AREA);
            }
            previousBottom = bar.barY() + Chart.BAR_HEIGHT;
        }
        assertThat(chart.height()).isGreaterThanOrEqualTo(previousBottom);
    }
}
