package org.jixiao.cli.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.monitoring.Deviation;
import org.jixiao.core.monitoring.ExecutionMonitor;
import org.jixiao.core.monitoring.ExecutionScore;
import org.jixiao.core.monitoring.ExecutionSeries;
import org.jixiao.core.monitoring.ExecutionStatus;
import org.jixiao.core.monitoring.FiscalPeriod;
import org.jixiao.core.monitoring.IndicatorProgress;
import org.jixiao.core.monitoring.QuarterlyExecutionScoring;
import org.jixiao.core.monitoring.dashboard.Dashboards;
import org.jixiao.core.monitoring.dashboard.LateItem;
import org.jixiao.core.monitoring.dashboard.UnitMonitoring;
import org.jixiao.core.number.RoundingPolicy;
import org.jixiao.core.number.Score;
import org.jixiao.formats.monitoring.CellProblem;
import org.jixiao.formats.monitoring.MonitoringSheets;
import org.jixiao.formats.monitoring.MonitoringWorkbook;
import org.jixiao.formats.monitoring.MonitoringWorkbook.DeviationRow;
import org.jixiao.formats.monitoring.MonitoringWorkbook.FigureRow;
import org.jixiao.formats.monitoring.MonitoringWorkbook.IndicatorRow;

/**
 * What {@code monitor} reports, every figure and judgement from the core's monitoring
 * ({@link ExecutionMonitor}, {@link IndicatorProgress}, {@link Dashboards#lateItems},
 * {@link QuarterlyExecutionScoring}), each kept beside the workbook row it came from.
 */
record MonitorReport(String file, int year, ExecutionMonitor monitor, List<SeriesReport> series,
                     Optional<ExecutionScore> score, Optional<Score> scoreRounded, Optional<String> scoreProblem,
                     List<IndicatorLine> indicators, List<LateItem> lateItems, List<DeviationLine> deviations) {

    /** The unit as a whole: the workbook names no unit, so its own series and deviations go by this. */
    static final String UNIT = MonitoringSheets.WHOLE_UNIT;

    /** Shenzhen's rule, as the web application's unit page computes it (1 point a quarter, 2 for the average, 6 in all). */
    static final QuarterlyExecutionScoring SCORING = QuarterlyExecutionScoring.SHENZHEN;

    /** A series (the unit's or a project's) and each of its periods judged. */
    record SeriesReport(ExecutionSeries series, List<PeriodLine> periods) {
    }

    /** One period judged, with its row on 执行情况. */
    record PeriodLine(ExecutionStatus status, int row) {
    }

    /** An indicator checked, with the row it was read from. */
    record IndicatorLine(IndicatorProgress progress, IndicatorRow row) {
    }

    /** A deviation recorded, as the core files it (the unit's under {@link #UNIT}), with its row. */
    record DeviationLine(Deviation deviation, DeviationRow row) {
    }

    /** A reason the workbook was refused: where, a stable code, the Chinese message. */
    record Problem(String code, String sheet, String cell, int row, String message, String expected, String found) {
        static Problem of(CellProblem p) {
            return new Problem(p.code().name(), p.sheet(), p.cell(), p.row(), p.message(), p.expected(), p.found());
        }

        static Problem empty(String file) {
            return new Problem("EMPTY_WORKBOOK", "", "", 0, "文件“" + file + "”中没有执行情况、指标进度或偏差说明（第2行起填写）",
                    "执行情况、指标进度或偏差说明", "");
        }

        String where() {
            return sheet.isEmpty() ? "" : sheet + "!" + cell;
        }
    }

    /**
     * The report of a workbook, or empty when it holds no execution figure, indicator or deviation.
     *
     * @param year the year asked for, or null: the workbook's own
     */
    static Optional<MonitorReport> of(String file, MonitoringWorkbook workbook, Integer year, ExecutionMonitor monitor) {
        if (workbook.figures().isEmpty() && workbook.indicators().isEmpty() && workbook.deviations().isEmpty()) {
            return Optional.empty();
        }
        int y = year != null ? year : workbook.year().orElseThrow();
        UnitMonitoring unit = workbook.toUnitMonitoring(UNIT, y);

        List<SeriesReport> series = new ArrayList<>();
        for (ExecutionSeries s : unit.execution()) {
            String project = s.scope() == ExecutionSeries.Scope.UNIT ? "" : s.subject();
            series.add(new SeriesReport(s, monitor.assess(s).stream()
                    .map(status -> new PeriodLine(status, row(workbook, project, status.period()))).toList()));
        }

        Optional<ExecutionScore> score = Optional.empty();
        Optional<String> problem = Optional.empty();
        Optional<ExecutionSeries> own = unit.execution().stream().filter(s -> s.scope() == ExecutionSeries.Scope.UNIT).findFirst();
        if (own.isPresent() && !own.get().of(FiscalPeriod.Kind.QUARTER).isEmpty()) {
            try {
                score = Optional.of(SCORING.score(own.get().figures(), monitor.timeProgress()));
            } catch (IllegalArgumentException e) {
                problem = Optional.of(e.getMessage()); // "缺少2024年第三季度支出进度"
            }
        }

        // toUnitMonitoring keeps the workbook's order: the i-th check and deviation are the i-th rows
        List<IndicatorLine> indicators = new ArrayList<>();
        for (int i = 0; i < unit.indicators().size(); i++) {
            indicators.add(new IndicatorLine(unit.indicators().get(i), workbook.indicators().get(i)));
        }
        List<DeviationLine> deviations = new ArrayList<>();
        for (int i = 0; i < unit.deviations().size(); i++) {
            deviations.add(new DeviationLine(unit.deviations().get(i), workbook.deviations().get(i)));
        }
        return Optional.of(new MonitorReport(file, y, monitor, series, score, score.map(s -> s.rounded(RoundingPolicy.STANDARD)),
                problem, indicators, Dashboards.lateItems(monitor, unit), deviations));
    }

    private static int row(MonitoringWorkbook workbook, String project, FiscalPeriod period) {
        return workbook.figures().stream().filter(f -> f.project().equals(project) && f.figure().period().equals(period))
                .mapToInt(FigureRow::row).findFirst().orElse(0);
    }

    /** Late items without a recorded cause and corrective action. */
    long lateWithoutCause() {
        return lateItems.stream().filter(LateItem::needsCause).count();
    }

    MonitorReport {
        Objects.requireNonNull(file, "file");
        series = List.copyOf(series);
        indicators = List.copyOf(indicators);
        lateItems = List.copyOf(lateItems);
        deviations = List.copyOf(deviations);
    }
}
