package org.jixiao.core.rule;

import com.ezylang.evalex.BaseException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.data.EvaluationValue;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jixiao.core.measure.Actual;
import org.jixiao.core.measure.Quantity;
import org.jixiao.core.number.Decimals;
import org.jixiao.core.number.Score;
import org.jixiao.core.rule.RuleOutcome.Undecided;

/**
 * An arithmetic expression over named inputs, such as Shenzhen's 预算执行率:
 * {@code q1/25 + q2/50 + q3/75 + q4/100 + (q1/25 + q2/50 + q3/75 + q4/100) / 4 * 2}.
 * Evaluated by EvalEx over BigDecimal, which has no access to Java classes; the result is kept
 * within [0, weight]. The variable {@code weight} is always available.
 */
public record Formula(String expression) implements ScoringRule {

    /** Longer expressions are refused: a scoring formula is a line, not a program. */
    public static final int MAX_LENGTH = 1_000;

    private static final ExpressionConfiguration CONFIGURATION = ExpressionConfiguration.builder()
            .mathContext(Decimals.EXACT)
            .arraysAllowed(false)
            .structuresAllowed(false)
            .build();

    public Formula {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("公式为空");
        }
        if (expression.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("公式超过" + MAX_LENGTH + "个字符");
        }
        try {
            new Expression(expression, CONFIGURATION).validate();
        } catch (BaseException | RuntimeException | StackOverflowError e) {
            throw new IllegalArgumentException("公式无法解析：" + expression + "（" + e.getMessage() + "）");
        }
    }

    /** The names the expression reads, besides {@code weight}. */
    public Set<String> variables() {
        try {
            Set<String> used = new TreeSet<>(new Expression(expression, CONFIGURATION).getUsedVariables());
            used.remove("weight");
            return used;
        } catch (BaseException e) {
            return Set.of();
        }
    }

    @Override
    public RuleOutcome apply(RuleInput input) {
        Set<String> needed = variables();
        Map<String, BigDecimal> values = new HashMap<>();
        Actual actual = input.actual();
        if (actual instanceof Actual.Variables v) {
            values.putAll(v.values());
        } else if (actual instanceof Actual.Reading r && needed.size() == 1) {
            Quantity q = r.quantity().orElse(null);
            if (q == null) {
                return RuleOutcome.undecided(Undecided.NOT_A_VALUE, "“" + r.text() + "”不是数值");
            }
            values.put(needed.iterator().next(), q.value());
        } else if (actual instanceof Actual.Missing) {
            return RuleOutcome.undecided(Undecided.VALUE_MISSING, "未填写公式所需的输入：" + String.join("、", needed));
        } else {
            return RuleOutcome.undecided(Undecided.NOT_A_VALUE, "公式需要输入：" + String.join("、", needed));
        }
        Set<String> missing = new LinkedHashSet<>(needed);
        missing.removeAll(values.keySet());
        if (!missing.isEmpty()) {
            return RuleOutcome.undecided(Undecided.VALUE_MISSING, "缺少公式输入：" + String.join("、", missing));
        }
        try {
            Expression e = new Expression(expression, CONFIGURATION).with("weight", input.weight().points());
            for (String name : needed) {
                e = e.with(name, values.get(name));
            }
            EvaluationValue result = e.evaluate();
            if (!result.isNumberValue()) {
                return RuleOutcome.undecided(Undecided.FORMULA_ERROR, "公式结果不是数值");
            }
            Score raw = Score.of(result.getNumberValue());
            Score score = raw.within(Score.ZERO, input.weight());
            return RuleOutcome.scored(score, "按公式计算得" + raw.points().round(Decimals.EXACT).toPlainString()
                    + (score.equals(raw) ? "" : "，限定在0至" + input.weight() + "分之间得" + score));
        } catch (BaseException | ArithmeticException e) {
            return RuleOutcome.undecided(Undecided.FORMULA_ERROR, "公式无法计算：" + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return RuleOutcome.undecided(Undecided.FORMULA_ERROR, "公式无法计算");
        }
    }

    @Override
    public String kind() {
        return "formula";
    }
}
