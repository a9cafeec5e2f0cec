package org.jixiao.core.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The execution figures of one project, or of the unit as a whole, through one year: monthly or
 * quarterly (or both), each cumulative to its period's end, kept in period order.
 */
public record ExecutionSeries(String subject, Scope scope, int year, List<ExecutionFigure> figures) {

    /** Whose money: a project (项目支出), or the unit's whole budget (部门整体). */
    public enum Scope {
        UNIT("部门整体"),
        PROJECT("项目");

        private final String label;

        Scope(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ExecutionSeries {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(scope, "scope");
        if (subject.isBlank()) {
            throw new IllegalArgumentException("执行数据需要写明项目或单位名称");
        }
        List<ExecutionFigure> sorted = new ArrayList<>(figures);
        sorted.sort(Comparator.comparing(ExecutionFigure::period));
        Set<FiscalPeriod> seen = new HashSet<>();
        for (ExecutionFigure figure : sorted) {
            Objects.requireNonNull(figure, "figure");
            if (figure.period().year() != year) {
                throw new IllegalArgumentException(subject + "：" + figure.period().label() + "不属于" + year + "年度");
            }
            if (!seen.add(figure.period())) {
                throw new IllegalArgumentException(subject + "：" + figure.period().label() + "重复填报");
            }
        }
        figures = List.copyOf(sorted);
    }

    public static ExecutionSeries unit(String unit, int year, List<ExecutionFigure> figures) {
        return new ExecutionSeries(unit, Scope.UNIT, year, figures);
    }

    public static ExecutionSeries project(String project, int year, List<ExecutionFigure> figures) {
        return new ExecutionSeries(project, Scope.PROJECT, year, figures);
    }

    /** The figures of one kind of period only (the quarters, say, of a series that also has months). */
    public List<ExecutionFigure> of(FiscalPeriod.Kind kind) {
        return figures.stream().filter(f -> f.period().kind() == kind).toList();
    }
}
