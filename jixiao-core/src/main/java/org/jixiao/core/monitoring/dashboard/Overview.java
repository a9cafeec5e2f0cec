package org.jixiao.core.monitoring.dashboard;

import java.util.List;
import java.util.Objects;
import org.jixiao.core.monitoring.WarningLevel;

/**
 * Across units, for one year or several: each unit's execution curve, the combined curve of all units
 * per year (Σ executed ÷ Σ budget, where every unit gave amounts for the period), how many units stand
 * at each warning level at their latest period, the score distribution per year and over all the
 * years, the open findings by severity and every late item.
 */
public record Overview(List<Integer> years, List<ExecutionCurve> unitCurves, List<ExecutionCurve> combinedCurves,
                       List<Count<WarningLevel>> unitLevels, List<ScoreDistribution> distributionsByYear,
                       ScoreDistribution overall, List<Count<String>> openFindings, List<LateItem> lateItems) {

    public Overview {
        years = List.copyOf(years);
        unitCurves = List.copyOf(unitCurves);
        combinedCurves = List.copyOf(combinedCurves);
        unitLevels = List.copyOf(unitLevels);
        distributionsByYear = List.copyOf(distributionsByYear);
        Objects.requireNonNull(overall, "overall");
        openFindings = List.copyOf(openFindings);
        lateItems = List.copyOf(lateItems);
    }

    /** Late items without a recorded cause and corrective action. */
    public int lateWithoutCause() {
        return (int) lateItems.stream().filter(LateItem::needsCause).count();
    }
}
