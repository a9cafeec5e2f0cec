package org.jixiao.core.rule;

import java.math.BigDecimal;
import org.jixiao.core.measure.Actual;
import org.jixiao.core.measure.Quantity;
import org.jixiao.core.number.Percentage;
import org.jixiao.core.rule.RuleOutcome.Undecided;

/**
 * The funds block's score: weight × executed ÷ adjusted budget (全年执行数 ÷ 全年预算数), capped at
 * the weight. Also accepts the rate itself ("96.75%").
 */
public record ExecutionRate() implements ScoringRule {

    @Override
    public RuleOutcome apply(RuleInput input) {
        Percentage rate;
        Actual actual = input.actual();
        if (actual instanceof Actual.Executed e) {
            if (e.budget().value().signum() <= 0) {
                return RuleOutcome.undecided(Undecided.TARGET_ZERO, "全年预算数为" + e.budget() + "，无法计算执行率");
            }
            rate = e.executed().percentOf(e.budget());
        } else if (actual instanceof Actual.Reading r) {
            Quantity q = r.quantity().orElse(null);
            if (q == null) {
                return RuleOutcome.undecided(Undecided.NOT_A_VALUE, "执行率“" + r.text() + "”不是数值");
            }
            rate = new Percentage(q.value());
        } else if (actual instanceof Actual.Missing) {
            return RuleOutcome.undecided(Undecided.VALUE_MISSING, "未填写预算数和执行数");
        } else {
            return RuleOutcome.undecided(Undecided.NOT_A_VALUE, "执行率规则需要预算数和执行数");
        }
        BigDecimal fraction = rate.fraction().max(BigDecimal.ZERO).min(BigDecimal.ONE);
        return RuleOutcome.scored(input.weight().times(fraction),
                "执行率" + rate + "，得分：" + input.weight() + "×" + rate);
    }

    @Override
    public String kind() {
        return "execution-rate";
    }
}
