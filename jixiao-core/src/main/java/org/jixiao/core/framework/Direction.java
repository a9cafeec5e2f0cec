package org.jixiao.core.framework;

import java.util.Optional;
import org.jixiao.core.measure.Comparison;

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

    public static Direction of(Comparison comparison) {
        return switch (comparison) {
            case AT_LEAST, MORE_THAN -> AT_LEAST;
            case AT_MOST, LESS_THAN -> AT_MOST;
            case EQUAL -> EQUAL;
        };
    }
}
