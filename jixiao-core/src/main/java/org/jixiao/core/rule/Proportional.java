package org.jixiao.core.rule;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.measure.Quantity;
import org.jixiao.core.number.Decimals;
import org.jixiao.core.number.Score;
import org.jixiao.core.rule.RuleOutcome.Undecided;

/**
 * 正向 / 按完成度得分: full marks at or above the target, otherwise weight × actual ÷ target.
 * The target is the rule's own ("达到90%得2分") or else the indicator's.
 */
public record Proportional(Optional<Quantity> target) implements ScoringRule {

    public Proportional {
        Objects.requireNonNull(target, "target");
    }

    public static Proportional ofIndicatorTarget() {
        return new Proportional(Optional.empty());
    }

    @Override
    public RuleOutcome apply(RuleInput input) {
        Inputs.Read<Quantity> t = Inputs.target(target, input.target());
        if (t.failed()) {
            return t.failure();
        }
        Inputs.Read<Quantity> a = Inputs.actualQuantity(input.actual());
        if (a.failed()) {
            return a.failure();
        }
        Inputs.Read<BigDecimal> actual = Inputs.actualIn(a.value(), t.value());
        if (actual.failed()) {
            return actual.failure();
        }
        BigDecimal targetValue = t.value().value();
        if (targetValue.signum() <= 0) {
            return RuleOutcome.undecided(Undecided.TARGET_ZERO, "指标值为" + t.value() + "，无法按完成度计算");
        }
        if (actual.value().compareTo(targetValue) >= 0) {
            return RuleOutcome.scored(input.weight(), "实际值" + a.value() + "达到指标值" + t.value() + "，得满分");
        }
        BigDecimal ratio = Decimals.divide(actual.value(), targetValue).max(BigDecimal.ZERO);
        return RuleOutcome.scored(input.weight().times(ratio),
                "实际值" + a.value() + "未达到指标值" + t.value() + "，按完成度得分：" + input.weight() + "×"
                        + Decimals.canonical(actual.value()).toPlainString()
                        + "÷" + targetValue.toPlainString());
    }

    @Override
    public String kind() {
        return "proportional";
    }
}
