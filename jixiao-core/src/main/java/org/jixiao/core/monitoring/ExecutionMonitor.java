package org.jixiao.core.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.number.Percentage;

/**
 * 预算执行监控: judges execution figures against time progress and classifies each period by the
 * configured warning thresholds. A pure function of its configuration and the figures.
 */
public record ExecutionMonitor(TimeProgress timeProgress, WarningThresholds thresholds) {

    /** Linear time progress by month; yellow beyond 10 points behind, red beyond 20. */
    public static final ExecutionMonitor DEFAULT = new ExecutionMonitor(TimeProgress.LINEAR, WarningThresholds.DEFAULT);

    public ExecutionMonitor {
        Objects.requireNonNull(timeProgress, "timeProgress");
        Objects.requireNonNull(thresholds, "thresholds");
    }

    /** One period of one subject. */
    public ExecutionStatus status(String subject, ExecutionFigure figure) {
        Percentage time = timeProgress.at(figure.period());
        Optional<Percentage> progress = figure.progress();
        if (progress.isEmpty()) {
            return new ExecutionStatus(subject, figure, time, Optional.empty(), Optional.empty(),
                    figure.period().label() + "：" + figure.whyNoProgress().orElse("无法计算支出进度"));
        }
        BigDecimal behind = time.percent().subtract(progress.get().percent());
        WarningLevel level = thresholds.level(behind);
        BigDecimal shown = behind.setScale(WarningThresholds.SHOWN_SCALE, RoundingMode.HALF_UP);
        String gap = switch (shown.signum()) {
            case 1 -> "落后" + shown.toPlainString() + "个百分点";
            case -1 -> "超前" + shown.negate().toPlainString() + "个百分点";
            default -> "与序时进度持平";
        };
        return new ExecutionStatus(subject, figure, time, Optional.of(behind), Optional.of(level),
                "截至" + figure.period().label() + "累计支出进度" + progress.get() + "，序时进度" + time + "，" + gap
                        + "，" + level.label());
    }

    /** Every period of a series, in order. */
    public List<ExecutionStatus> assess(ExecutionSeries series) {
        return series.figures().stream().map(f -> status(series.subject(), f)).toList();
    }

    /** The last period of a series (the current state of a year in progress), if it has any figure. */
    public Optional<ExecutionStatus> latest(ExecutionSeries series) {
        List<ExecutionFigure> figures = series.figures();
        return figures.isEmpty() ? Optional.empty()
                : Optional.of(status(series.subject(), figures.get(figures.size() - 1)));
    }
}
