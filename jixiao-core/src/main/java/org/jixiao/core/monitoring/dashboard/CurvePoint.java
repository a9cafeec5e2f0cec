package org.jixiao.core.monitoring.dashboard;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.monitoring.FiscalPeriod;
import org.jixiao.core.monitoring.WarningLevel;
import org.jixiao.core.number.Percentage;

/**
 * One point of an execution curve: the period, execution progress and time progress at its end, the
 * gap in points and the warning level. A point without progress (a budget of zero, or units that
 * cannot be combined) keeps its time progress and says why in {@code note}.
 */
public record CurvePoint(FiscalPeriod period, Optional<Percentage> executionProgress, Percentage timeProgress,
                         Optional<BigDecimal> pointsBehind, Optional<WarningLevel> level, String note) {

    public CurvePoint {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(executionProgress, "executionProgress");
        Objects.requireNonNull(timeProgress, "timeProgress");
        Objects.requireNonNull(pointsBehind, "pointsBehind");
        Objects.requireNonNull(level, "level");
        note = note == null ? "" : note;
    }
}
