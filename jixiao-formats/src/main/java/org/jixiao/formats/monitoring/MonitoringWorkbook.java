package org.jixiao.formats.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jixiao.core.framework.Direction;
import org.jixiao.core.measure.Actual;
import org.jixiao.core.measure.TargetValue;
import org.jixiao.core.measure.ValueText;
import org.jixiao.core.monitoring.CauseCategory;
import org.jixiao.core.monitoring.Deviation;
import org.jixiao.core.monitoring.ExecutionFigure;
import org.jixiao.core.monitoring.ExecutionSeries;
import org.jixiao.core.monitoring.FiscalPeriod;
import org.jixiao.core.monitoring.IndicatorProgress;
import org.jixiao.core.monitoring.Likelihood;
import org.jixiao.core.monitoring.dashboard.LateItem;
import org.jixiao.core.monitoring.dashboard.UnitMonitoring;
import org.jixiao.core.number.Amount;

/**
 * What a monitoring workbook holds once every cell has been checked: each record with the row it
 * came from (1-based, as the spreadsheet numbers it). Records are in sheet order; no two records
 * of one sheet concern the same thing (the reader refuses duplicates).
 */
public record MonitoringWorkbook(List<FigureRow> figures, List<IndicatorRow> indicators, List<DeviationRow> deviations,
                                 List<PlanRow> plan) {

    public MonitoringWorkbook {
        figures = List.copyOf(figures);
        indicators = List.copyOf(indicators);
        deviations = List.copyOf(deviations);
        plan = List.copyOf(plan);
    }

    public boolean isEmpty() {
        return figures.isEmpty() && indicators.isEmpty() && deviations.isEmpty() && plan.isEmpty();
    }

    /** The year of the records' periods (the reader keeps a workbook to one year); empty when no record has a period. */
    public OptionalInt year() {
        return Stream.of(figures.stream().map(f -> f.figure().period()), indicators.stream().map(IndicatorRow::period),
                        deviations.stream().map(DeviationRow::period))
                .flatMap(s -> s).mapToInt(FiscalPeriod::year).findFirst();
    }

    /**
     * The records as the core's monitoring takes them: the unit's own series (the figures without a
     * project) named {@code unit}, one series per project in the order first met, each indicator
     * checked against its period's value ({@link IndicatorProgress}; the direction its target implies,
     * as a framework without {@code direction:} reads it), and the deviations, the unit's own under
     * {@code unit}.
     *
     * @throws IllegalArgumentException when a record is not of {@code year}
     */
    public UnitMonitoring toUnitMonitoring(String unit, int year) {
        Map<String, List<ExecutionFigure>> byProject = figures.stream().collect(Collectors.groupingBy(
                FigureRow::project, LinkedHashMap::new, Collectors.mapping(FigureRow::figure, Collectors.toList())));
        List<ExecutionSeries> series = new ArrayList<>();
        if (byProject.containsKey("")) {
            series.add(ExecutionSeries.unit(unit, year, byProject.get("")));
        }
        byProject.forEach((project, list) -> {
            if (!project.isEmpty()) {
                series.add(ExecutionSeries.project(project, year, list));
            }
        });
        List<IndicatorProgress> progress = indicators.stream().map(IndicatorRow::progress).toList();
        List<Deviation> recorded = deviations.stream().map(d -> new Deviation(d.wholeUnit() ? unit : d.item(), d.period(),
                d.cause(), d.explanation(), d.correctiveAction(), d.likelihood())).toList();
        return new UnitMonitoring(unit, year, series, progress, recorded);
    }

    /** A line of 执行情况: the unit's own figure ({@code project} empty) or a project's. */
    public record FigureRow(int row, String project, ExecutionFigure figure) {
        public FigureRow {
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(figure, "figure");
        }

        public boolean wholeUnit() {
            return project.isEmpty();
        }
    }

    /** A line of 指标进度: targets and the actual as written (the core reads them when it judges). */
    public record IndicatorRow(int row, String code, String name, FiscalPeriod period, String periodTarget,
                               String yearTarget, String actual) {
        public IndicatorRow {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(period, "period");
            periodTarget = periodTarget == null ? "" : periodTarget;
            yearTarget = yearTarget == null ? "" : yearTarget;
            actual = actual == null ? "" : actual;
        }

        /** The check of this line: the actual against the period's value, read as the scoring rules read them. */
        public IndicatorProgress progress() {
            TargetValue target = ValueText.target(periodTarget);
            return IndicatorProgress.check(code, name, period, target, ValueText.target(yearTarget),
                    Direction.impliedBy(target), Actual.of(actual));
        }
    }

    /**
     * A line of 偏差说明: for execution, {@code item} is a project's name or empty for the unit as a
     * whole; for an indicator, its code.
     */
    public record DeviationRow(int row, LateItem.Kind kind, String item, FiscalPeriod period, CauseCategory cause,
                               String explanation, String correctiveAction, Likelihood likelihood) {
        public DeviationRow {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(cause, "cause");
            Objects.requireNonNull(correctiveAction, "correctiveAction");
            Objects.requireNonNull(likelihood, "likelihood");
            explanation = explanation == null ? "" : explanation;
        }

        public boolean wholeUnit() {
            return kind == LateItem.Kind.EXECUTION && item.isEmpty();
        }
    }

    /** A line of 支出计划; {@code parent} is empty for a top-level line (基本支出, 项目支出). */
    public record PlanRow(int row, String label, String parent, Amount halfYear, Amount fullYear) {
        public PlanRow {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(parent, "parent");
            Objects.requireNonNull(halfYear, "halfYear");
            Objects.requireNonNull(fullYear, "fullYear");
        }
    }
}
