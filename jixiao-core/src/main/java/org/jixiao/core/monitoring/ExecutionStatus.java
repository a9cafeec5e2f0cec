package org.jixiao.core.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.number.Percentage;

/**
 * One period of a project or unit judged against time progress: its execution progress, the time
 * progress (序时进度) at the period's end, the gap in percentage points (time progress minus execution
 * progress: positive when behind, negative when ahead) and the warning level. When the progress
 * cannot be computed (a budget of zero), the gap and the level are empty and the explanation says why.
 */
public record ExecutionStatus(
        String subject,
        ExecutionFigure figure,
        Percentage timeProgress,
        Optional<BigDecimal> pointsBehind,
        Optional<WarningLevel> level,
        String explanation) {

    public ExecutionStatus {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(timeProgress, "timeProgress");
        Objects.requireNonNull(pointsBehind, "pointsBehind");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(explanation, "explanation");
    }

    public FiscalPeriod period() {
        return figure.period();
    }

    public Optional<Percentage> progress() {
        return figure.progress();
    }

    /** The gap as shown: two decimals, half-up (17.27 for Shenzhen's first quarter). */
    public Optional<BigDecimal> pointsBehindShown() {
        return pointsBehind.map(p -> p.setScale(WarningThresholds.SHOWN_SCALE, RoundingMode.HALF_UP));
    }

    /** Behind time progress far enough for a warning. */
    public boolean isWarning() {
        return level.map(WarningLevel::isWarning).orElse(false);
    }
}
