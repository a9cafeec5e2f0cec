package org.jixiao.formats.monitoring;

import java.util.List;
import java.util.Objects;
import org.jixiao.core.monitoring.CauseCategory;
import org.jixiao.core.monitoring.ExecutionFigure;
import org.jixiao.core.monitoring.FiscalPeriod;
import org.jixiao.core.monitoring.Likelihood;
import org.jixiao.core.monitoring.dashboard.LateItem;
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
