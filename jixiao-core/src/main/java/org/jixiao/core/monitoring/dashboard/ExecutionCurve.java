package org.jixiao.core.monitoring.dashboard;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.monitoring.ExecutionSeries;

/** A project's or a unit's execution through a year against time progress: the chart's line pair. */
public record ExecutionCurve(String subject, ExecutionSeries.Scope scope, int year, List<CurvePoint> points) {

    public ExecutionCurve {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(scope, "scope");
        points = List.copyOf(points);
    }

    /** The last point: where the year stands now. */
    public Optional<CurvePoint> latest() {
        return points.isEmpty() ? Optional.empty() : Optional.of(points.get(points.size() - 1));
    }
}
