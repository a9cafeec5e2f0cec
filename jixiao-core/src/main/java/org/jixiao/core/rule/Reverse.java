package org.jixiao.core.rule;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.measure.Quantity;
import org.jixiao.core.number.Decimals;
import org.jixiao.core.rule.RuleOutcome.Undecided;

/**
 * 反向 (cost and similar "≤" indicators): full marks at or below the target, otherwise
 * weight × target ÷ actual. An actual of zero is not decided: it may mean nothing was spent or
 * nothing was reported, and only a person can tell.
 */
public record Reverse(Optional<Quantity> target) implements ScoringRule {

    public Reverse {
        Objects.requireNonNull(target, "target");
    }

    public static Reverse ofIndicatorTarget() {
        return new Reverse(Optional.empty());
    }

    @Override
    public RuleOutcome apply(RuleInput input) {
        Inputs.Read<Inputs.Compared> read = Inputs.compared(target, input);
        if (read.failed()) {
            return read.failure();
        }
        Inputs.Compared c = read.value();
        if (c.actualValue().signum() == 0) {
            return RuleOutcome.undecided(Undecided.ZERO_ACTUAL,
                    "反向指标实际值为0：可能未发生支出，也可能未填报，规则无法判断，需人工认定");
        }
        if (c.actualValue().signum() < 0) {
            return RuleOutcome.undecided(Undecided.NOT_A_VALUE, "反向指标实际值为负数（" + c.actual() + "），需人工判断");
        }
        BigDecimal targetValue = c.target().value();
        if (c.actualValue().compareTo(targetValue) <= 0) {
            return RuleOutcome.scored(input.weight(), "实际值" + c.actual() + "未超过指标值" + c.target() + "，得满分");
        }
        BigDecimal ratio = Decimals.divide(targetValue.max(BigDecimal.ZERO), c.actualValue());
        return RuleOutcome.scored(input.weight().times(ratio),
                "实际值" + c.actual() + "超过指标值" + c.target() + "，得分：" + input.weight() + "×" + targetValue.toPlainString()
                        + "÷" + Decimals.canonical(c.actualValue()).toPlainString());
    }

    @Override
    public String kind() {
        return "reverse";
    }
}
