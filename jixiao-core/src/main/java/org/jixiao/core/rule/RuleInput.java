package org.jixiao.core.rule;

import java.util.Objects;
import org.jixiao.core.measure.Actual;
import org.jixiao.core.measure.TargetValue;
import org.jixiao.core.number.Score;

/**
 * Everything a rule may look at: the indicator's weight (分值), its target (年度指标值) and what
 * actually happened. Rules are pure functions of this.
 */
public record RuleInput(Score weight, TargetValue target, Actual actual) {

    public RuleInput {
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(actual, "actual");
    }
}
