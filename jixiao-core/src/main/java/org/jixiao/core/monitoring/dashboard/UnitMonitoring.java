package org.jixiao.core.monitoring.dashboard;

import java.util.List;
import java.util.Objects;
import org.jixiao.core.monitoring.Deviation;
import org.jixiao.core.monitoring.ExecutionSeries;
import org.jixiao.core.monitoring.IndicatorProgress;

/**
 * What a unit has entered for a year's monitoring: execution series (its own, scope UNIT, and its
 * projects'), indicator checks and the deviations it recorded.
 */
public record UnitMonitoring(String unit, int year, List<ExecutionSeries> execution, List<IndicatorProgress> indicators,
                             List<Deviation> deviations) {

    public UnitMonitoring {
        Objects.requireNonNull(unit, "unit");
        execution = List.copyOf(execution);
        indicators = List.copyOf(indicators);
        deviations = List.copyOf(deviations);
        for (ExecutionSeries series : execution) {
            if (series.year() != year) {
                throw new IllegalArgumentException(unit + "：“" + series.subject() + "”的执行数据属于" + series.year()
                        + "年度，不是" + year + "年度");
            }
        }
        if (execution.stream().filter(s -> s.scope() == ExecutionSeries.Scope.UNIT).count() > 1) {
            throw new IllegalArgumentException(unit + "：部门整体执行数据只能有一组");
        }
    }
}
