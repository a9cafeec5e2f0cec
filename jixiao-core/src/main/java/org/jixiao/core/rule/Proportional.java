package org.jixiao.core.rule;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.measure.Quantity;
import org.jixiao.core.number.Decimals;
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
        Inputs.Read<Inputs.Compared> read = Inputs.compared(target, input);
        if (read.failed()) {
            return read.failure();
        }
        Inputs.Compared c = read.value();
        BigDecimal targetValue = c.target().value();
        if (targetValue.signum() <= 0) {
            return RuleOutcome.undecided(Undecided.TARGET_ZERO, "指标值为" + c.target() + "，无法按完成度计算");
        }
        if (c.actualValue().compareTo(targetValue) >= 0) {
            return RuleOutcome.scored(input.weight(), "实际值" + c.actual() + "达到指标值" + c.target() + "，得满分");
        }
        BigDecimal ratio = Decimals.divide(c.actualValue(), targetValue).max(BigDecimal.ZERO);
        return RuleOutcome.scored(input.weight().times(ratio),
                "实际值" + c.actual() + "未达到指标值" + c.target() + "，按完成度得分：" + input.weight() + "×"
                        + Decimals.canonical(c.actualValue()).toPlainString()
                        + "÷" + targetValue.toPlainString());
    }

    @Override
    public String kind() {
        return "proportional";
    }
}
