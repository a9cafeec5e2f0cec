package org.jixiao.core.rule;

import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.measure.Comparison;
import org.jixiao.core.measure.Quantity;
import org.jixiao.core.measure.TargetValue;

/** 达到得满分、未达到不得分: all or nothing against the target and its comparison (≥, ≤, =). */
public record Threshold(Optional<Quantity> target) implements ScoringRule {

    public Threshold {
        Objects.requireNonNull(target, "target");
    }

    public static Threshold ofIndicatorTarget() {
        return new Threshold(Optional.empty());
    }

    @Override
    public RuleOutcome apply(RuleInput input) {
        Inputs.Read<Inputs.Compared> read = Inputs.compared(target, input);
        if (read.failed()) {
            return read.failure();
        }
        Inputs.Compared c = read.value();
        Comparison comparison = target.isEmpty() && input.target() instanceof TargetValue.Numeric n
                ? n.comparison()
                : Comparison.AT_LEAST;
        boolean met = comparison.isMet(c.actualValue(), c.target().value());
        return met
                ? RuleOutcome.scored(input.weight(), "实际值" + c.actual() + "达到" + comparison.symbol() + c.target() + "，得满分")
                : RuleOutcome.scored(org.jixiao.core.number.Score.ZERO,
                        "实际值" + c.actual() + "未达到" + comparison.symbol() + c.target() + "，不得分");
    }

    @Override
    public String kind() {
        return "threshold";
    }
}
