package org.jixiao.core.monitoring.dashboard;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.monitoring.ProgressStatus;
import org.jixiao.core.monitoring.WarningLevel;

/**
 * One unit, one year: the unit's execution curve and its projects', how many projects stand at each
 * warning level now, how the indicator checks came out, the late items (those without a recorded
 * cause counted apart), the open findings by severity, and the year's score if there is one.
 */
public record UnitDashboard(String unit, int year, Optional<ExecutionCurve> unitCurve, List<ExecutionCurve> projectCurves,
                            List<Count<WarningLevel>> projectLevels, List<Count<ProgressStatus>> indicatorStatuses,
                            List<LateItem> lateItems, int lateWithoutCause, List<Count<String>> openFindings,
                            Optional<ScoreEntry> score) {

    public UnitDashboard {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(unitCurve, "unitCurve");
        projectCurves = List.copyOf(projectCurves);
        projectLevels = List.copyOf(projectLevels);
        indicatorStatuses = List.copyOf(indicatorStatuses);
        lateItems = List.copyOf(lateItems);
        openFindings = List.copyOf(openFindings);
        Objects.requireNonNull(score, "score");
    }
}
