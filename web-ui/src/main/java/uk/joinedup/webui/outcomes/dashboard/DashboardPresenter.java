package uk.joinedup.webui.outcomes.dashboard;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import uk.joinedup.webui.caseservice.OutcomesDashboard;
import uk.joinedup.webui.caseservice.OutcomesDashboard.IndicatorSection;
import uk.joinedup.webui.caseservice.OutcomesDashboard.MeasureFigures;
import uk.joinedup.webui.caseservice.OutcomesDashboard.QuarterFigure;
import uk.joinedup.webui.outcomes.Quarters;

/**
 * Turns case-service's dashboard into what the page shows: per indicator, per measure its chart, its table
 * rows with a drill-down link on each count, its CSV link, all in the order case-service gives (the
 * framework's), never sorted by a figure.
 */
@Component
class DashboardPresenter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final MessageSource messages;

    DashboardPresenter(MessageSource messages) {
        this.messages = messages;
    }

    /** An indicator and its measures as shown. */
    public record SectionView(String title, String definedAt, boolean caseLevelProxy, List<MeasureView> measures) {}

    /**
     * A measure as shown.
     *
     * @param id where the page links to it, e.g. {@code measure-adult-not-reoffended}
     * @param national the national figure in words, or null
     * @param withheld people in scope with facts of a category the measure reads withheld from the viewer
     */
    public record MeasureView(
            String id,
            String measure,
            String title,
            String definition,
            boolean sessions,
            String national,
            int withheld,
            QuarterChart chart,
            List<RowView> rows,
            String csvLink) {}

    /**
     * A quarter's row of a measure's table.
     *
     * @param percent the percentage as written, or null when nothing was counted
     * @param notCompleteUntil when the figure will be complete, written, or null if it is
     */
    public record RowView(
            String quarter,
            long numerator,
            long denominator,
            String percent,
            String notCompleteUntil,
            String peopleLink) {}

    List<SectionView> sections(OutcomesDashboard dashboard, DashboardForm form) {
        List<SectionView> sections = new ArrayList<>();
        for (IndicatorSection section : dashboard.indicators()) {
            List<MeasureView> measures = new ArrayList<>();
            for (MeasureFigures figures : section.measures()) {
                measures.add(measure(figures, form));
            }
            sections.add(new SectionView(section.title(), section.definedAt(), section.caseLevelProxy(), measures));
        }
        return sections;
    }

    private MeasureView measure(MeasureFigures figures, DashboardForm form) {
        String title = message("dashboard.measure." + figures.measure(), figures.measure());
        boolean sessions = "sessions".equals(figures.counts());
        List<RowView> rows = new ArrayList<>();
        List<QuarterChart.Point> points = new ArrayList<>();
        StringBuilder description = new StringBuilder();
        for (QuarterFigure quarter : figures.byQuarter()) {
            String label = Quarters.label(quarter.quarter());
            String percent = quarter.percent() == null ? null : written(quarter.percent()) + "%";
            rows.add(new RowView(
                    label,
                    quarter.numerator(),
                    quarter.denominator(),
                    percent,
                    quarter.complete() ? null : DAY.format(quarter.completeBy()),
                    DashboardController.peopleLink(figures.measure(), quarter.quarter(), form)));
            points.add(new QuarterChart.Point(Quarters.shortLabel(quarter.quarter()), quarter.percent()));
            description.append(label).append(": ");
            description.append(
                    percent == null
                            ? message("dashboard.chart.none", "none counted")
                            : percent + " (" + quarter.numerator() + " of " + quarter.denominator() + ")");
            description.append(". ");
        }
        String national = null;
        if (figures.nationalFigure() != null) {
            national = written(figures.nationalFigure().percent()) + "% of "
                    + figures.nationalFigure().what() + " ("
                    + figures.nationalFigure().period() + ", seed "
                    + figures.nationalFigure().source() + ")";
            description
                    .append("National figure: ")
                    .append(written(figures.nationalFigure().percent()))
                    .append("%.");
        }
        QuarterChart chart = QuarterChart.of(
                title + ": " + message("dashboard.chart.byQuarter", "percentage by quarter"),
                description.toString().strip(),
                points,
                figures.nationalFigure() == null
                        ? null
                        : figures.nationalFigure().percent());
        return new MeasureView(
                "measure-" + figures.measure().toLowerCase(Locale.ROOT).replace('_', '-'),
                figures.measure(),
                title,
                figures.definition(),
                sessions,
                national,
                figures.peopleWithFactsWithheld(),
                chart,
                rows,
                DashboardController.csvLink("/" + figures.measure() + "/quarters.csv", form));
    }

    private static String written(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString();
    }

    private String message(String code, String fallback) {
        return messages.getMessage(code, null, fallback, LocaleContextHolder.getLocale());
    }
}
