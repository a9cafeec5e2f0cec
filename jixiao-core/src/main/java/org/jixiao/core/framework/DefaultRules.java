package org.jixiao.core.framework;

import org.jixiao.core.measure.TargetValue;
import org.jixiao.core.rule.Deadline;
import org.jixiao.core.rule.Proportional;
import org.jixiao.core.rule.Qualitative;
import org.jixiao.core.rule.Reverse;
import org.jixiao.core.rule.ScoringRule;
import org.jixiao.core.rule.Threshold;

/**
 * The national template's footnote rules, used where a table states none: 正向 实际值/指标值×分值,
 * 反向 指标值/实际值×分值 (both capped), 定性 in three bands, a date target met by its deadline,
 * an "=" target all or nothing.
 */
public final class DefaultRules {

    private DefaultRules() {
    }

    public static ScoringRule forIndicator(Nature nature, Direction direction, TargetValue target, Qualitative qualitative) {
        if (direction == Direction.BY_DATE || target instanceof TargetValue.Dated) {
            return new Deadline();
        }
        if (nature == Nature.QUALITATIVE) {
            return qualitative;
        }
        return switch (direction) {
            case AT_MOST -> Reverse.ofIndicatorTarget();
            case EQUAL -> Threshold.ofIndicatorTarget();
            default -> Proportional.ofIndicatorTarget();
        };
    }
}
