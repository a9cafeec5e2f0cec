package org.jixiao.web.monitoring;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.monitoring.ExecutionMonitor;
import org.jixiao.core.monitoring.TimeProgress;
import org.jixiao.core.monitoring.WarningThresholds;
import org.jixiao.core.number.Percentage;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How execution is judged (settings under {@code jixiao.monitoring}, or JIXIAO_MONITORING_YELLOWABOVE … in the
 * environment): the warning thresholds in percentage points behind time progress, and time progress
 * itself (序时进度) — linear by month unless twelve month-end percentages are given (a finance
 * bureau's own schedule). A setting the core refuses (red below yellow, a falling schedule) stops
 * the start with the core's reason.
 *
 * @param yellowAbove  points behind beyond which a period is 黄色预警 (default 10)
 * @param redAbove     points behind beyond which a period is 红色预警 (default 20)
 * @param inclusive    a gap equal to a threshold already counts (达到 instead of 超过)
 * @param timeProgress the cumulative percentage at the end of each month, January to December; empty: linear
 * @param timeProgressName what the schedule is called on the pages (default 按月平均, or 自定义)
 */
@ConfigurationProperties(prefix = "jixiao.monitoring")
public record MonitoringProperties(BigDecimal yellowAbove, BigDecimal redAbove, boolean inclusive,
                                   List<BigDecimal> timeProgress, String timeProgressName) {

    public MonitoringProperties {
        yellowAbove = yellowAbove == null ? WarningThresholds.DEFAULT.yellowAbove() : yellowAbove;
        redAbove = redAbove == null ? WarningThresholds.DEFAULT.redAbove() : redAbove;
        timeProgress = timeProgress == null ? List.of() : List.copyOf(timeProgress);
        timeProgressName = timeProgressName == null || timeProgressName.isBlank()
                ? (timeProgress.isEmpty() ? TimeProgress.LINEAR.name() : "自定义") : timeProgressName;
        // built once here so that a wrong setting fails the start, with the core's Chinese reason
        monitor(yellowAbove, redAbove, inclusive, timeProgress, timeProgressName);
    }

    /** The defaults: linear time progress, yellow beyond 10 points, red beyond 20. */
    public static MonitoringProperties defaults() {
        return new MonitoringProperties(null, null, false, null, null);
    }

    public ExecutionMonitor monitor() {
        return monitor(yellowAbove, redAbove, inclusive, timeProgress, timeProgressName);
    }

    private static ExecutionMonitor monitor(BigDecimal yellow, BigDecimal red, boolean inclusive, List<BigDecimal> months,
                                            String name) {
        TimeProgress time = months.isEmpty() ? TimeProgress.LINEAR
                : new TimeProgress(name, months.stream().map(Percentage::new).toList());
        return new ExecutionMonitor(time, new WarningThresholds(yellow, red, inclusive));
    }
}
