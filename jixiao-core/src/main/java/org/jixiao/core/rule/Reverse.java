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
        if (actual.value().signum() == 0) {
            return RuleOutcome.undecided(Undecided.ZERO_ACTUAL,
                    "反向指标实际值为0：可能未发生支出，也可能未填报，规则无法判断，需人工认定");
        }
        if (actual.value().signum() < 0) {
            return RuleOutcome.undecided(Undecided.NOT_A_VALUE, "反向指标实际值为负数（" + a.value() + "），需人工判断");
        }
        BigDecimal targetValue = t.value().value();
        if (actual.value().compareTo(targetValue) <= 0) {
            return RuleOutcome.scored(input.weight(), "实际值" + a.value() + "未超过指标值" + t.value() + "，得满分");
        }
        BigDecimal ratio = Decimals.divide(targetValue.max(BigDecimal.ZERO), actual.value());
        return RuleOutcome.scored(input.weight().times(ratio),
                "实际值" + a.value() + "超过指标值" + t.value() + "，得分：" + input.weight() + "×" + targetValue.toPlainString()
                        + "÷" + Decimals.canonical(actual.value()).toPlainString());
    }

    @Override
    public String kind() {
        return "reverse";
    }
}
