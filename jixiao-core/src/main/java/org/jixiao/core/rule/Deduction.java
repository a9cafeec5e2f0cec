package org.jixiao.core.rule;

import java.math.BigDecimal;
import java.util.Objects;
import org.jixiao.core.measure.Quantity;
import org.jixiao.core.number.Score;

/**
 * 一项重点工作没有完成扣4分，扣完为止 / 超出一个百分点扣0.1分: start from the weight, subtract
 * per event (or per unit above an allowance, such as 10 % of adjustments), never below zero.
 */
public record Deduction(Score perUnit, BigDecimal allowance) implements ScoringRule {

    public Deduction {
        Objects.requireNonNull(perUnit, "perUnit");
        Objects.requireNonNull(allowance, "allowance");
        if (perUnit.isNegative() || perUnit.isZero()) {
            throw new IllegalArgumentException("a deduction must take points away");
        }
    }

    public static Deduction perEvent(Score points) {
        return new Deduction(points, BigDecimal.ZERO);
    }

    @Override
    public RuleOutcome apply(RuleInput input) {
        Inputs.Read<Quantity> a = Inputs.actualQuantity(input.actual());
        if (a.failed()) {
            return a.failure();
        }
        BigDecimal units = a.value().value().subtract(allowance).max(BigDecimal.ZERO);
        Score score = input.weight().minus(perUnit.times(units)).max(Score.ZERO);
        String what = allowance.signum() == 0
                ? units.toPlainString() + "项"
                : "超出" + allowance.toPlainString() + "的部分" + units.toPlainString();
        return RuleOutcome.scored(score, what + "，每项扣" + perUnit + "分，扣完为止，得" + score + "分");
    }

    @Override
    public String kind() {
        return "deduction";
    }
}
