package org.jixiao.core.framework;

import java.util.Optional;
import org.jixiao.core.measure.Comparison;
import org.jixiao.core.measure.TargetValue;

/** 指标方向: 正向 (≥), 反向 (≤), 等于 (=), or 时限 (a date to be met on or before). */
public enum Direction {
    AT_LEAST("正向", Comparison.AT_LEAST),
    AT_MOST("反向", Comparison.AT_MOST),
    EQUAL("等于", Comparison.EQUAL),
    BY_DATE("时限", null);

    private final String label;
    private final Comparison comparison;

    Direction(String label, Comparison comparison) {
        this.label = label;
        this.comparison = comparison;
    }

    public String label() {
        return label;
    }

    public Optional<Comparison> comparison() {
        return Optional.ofNullable(comparison);
    }

    /**
     * The direction a target implies when none is stated — the framework format's rule for an
     * indicator without {@code direction:}: a date is met on or before it (时限), a sign written before
     * a number says which way ("≤3次" 反向, "=400节" 等于), anything else is 正向 (more is better).
     */
    public static Direction impliedBy(TargetValue target) {
        if (target instanceof TargetValue.Dated) {
            return BY_DATE;
        }
        if (target instanceof TargetValue.Numeric numeric && numeric.comparisonWritten()) {
            return of(numeric.comparison());
        }
        return AT_LEAST;
    }

    public static Direction of(Comparison comparison) {
        return switch (comparison) {
            case AT_LEAST, MORE_THAN -> AT_LEAST;
            case AT_MOST, LESS_THAN -> AT_MOST;
            case EQUAL -> EQUAL;
        };
    }
}
