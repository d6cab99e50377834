package uk.joinedup.webui.outcomes.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A measure's percentage by quarter as the geometry of an SVG bar chart, drawn by the template with no script
 * and no style attribute (the content security policy forbids both): one bar per quarter on a 0 to 100% scale,
 * and the national figure as a line where there is one. The chart's text alternative is its {@code title} and
 * {@code desc}; the data table beside it has the same figures.
 *
 * @param bars one per quarter, oldest first
 * @param nationalY where the national figure's line is drawn, or null without one
 */
public record QuarterChart(String title, String description, List<Bar> bars, Integer nationalY, String nationalLabel) {

    static final int WIDTH = 520;
    static final int HEIGHT = 260;
    static final int LEFT = 44;
    static final int RIGHT = 12;
    static final int TOP = 20;
    static final int BOTTOM = 44;
    static final int PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
    static final int BASELINE = TOP + PLOT_HEIGHT;

    /**
     * One quarter's bar.
     *
     * @param value the percentage as the chart writes it above the bar, or "none" when nothing was counted
     * @param labelX the middle of the bar, where its texts are centred
     */
    public record Bar(int x, int y, int width, int height, int labelX, String quarter, String value) {}

    /** A gridline of the scale, with its label. */
    public record Tick(int y, String label) {}

    public List<Tick> ticks() {
        return List.of(new Tick(BASELINE, "0%"), new Tick(y(50), "50%"), new Tick(y(100), "100%"));
    }

    static QuarterChart of(String title, String description, List<Point> points, BigDecimal national) {
        int slot = (WIDTH - LEFT - RIGHT) / Math.max(points.size(), 1);
        int gap = Math.max(2, slot / 6);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            int height = point.percent() == null
                    ? 0
                    : (int) Math.round(point.percent().doubleValue() * PLOT_HEIGHT / 100);
            int x = LEFT + i * slot + gap;
            bars.add(new Bar(
                    x,
                    BASELINE - height,
                    slot - 2 * gap,
                    height,
                    x + (slot - 2 * gap) / 2,
                    point.quarterLabel(),
                    point.percent() == null
                            ? "none"
                            : point.percent().stripTrailingZeros().toPlainString() + "%"));
        }
        return new QuarterChart(
                title,
                description,
                bars,
                national == null ? null : y(national.doubleValue()),
                national == null
                        ? null
                        : "National " + national.stripTrailingZeros().toPlainString() + "%");
    }

    /** A quarter's percentage, null when nothing was counted. */
    public record Point(String quarterLabel, BigDecimal percent) {}

    private static int y(double percent) {
        return BASELINE - (int) Math.round(percent * PLOT_HEIGHT / 100);
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    public int baseline() {
        return BASELINE;
    }

    public int axisLabelY() {
        return BASELINE + 18;
    }
}
