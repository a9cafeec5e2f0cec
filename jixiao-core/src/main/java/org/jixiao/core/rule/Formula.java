package org.jixiao.core.rule;

import com.ezylang.evalex.BaseException;
import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.config.MapBasedFunctionDictionary;
import com.ezylang.evalex.functions.basic.AbsFunction;
import com.ezylang.evalex.functions.basic.AverageFunction;
import com.ezylang.evalex.functions.basic.CeilingFunction;
import com.ezylang.evalex.functions.basic.FloorFunction;
import com.ezylang.evalex.functions.basic.IfFunction;
import com.ezylang.evalex.functions.basic.MaxFunction;
import com.ezylang.evalex.functions.basic.MinFunction;
import com.ezylang.evalex.functions.basic.SumFunction;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.operators.InfixOperator;
import com.ezylang.evalex.operators.OperatorIfc;
import com.ezylang.evalex.operators.arithmetic.InfixPowerOfOperator;
import com.ezylang.evalex.parser.Token;
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

    /**
     * Only the functions a scoring formula needs. EvalEx's others (FACT, ROUND with any number of
     * digits, string and date functions) are left out: a formula typed by a user must not be able to
     * run for minutes or allocate gigabytes.
     */
    private static final ExpressionConfiguration CONFIGURATION = ExpressionConfiguration.builder()
            .mathContext(Decimals.EXACT)
            .arraysAllowed(false)
            .structuresAllowed(false)
            .singleQuoteStringLiteralsAllowed(false)
            .functionDictionary(MapBasedFunctionDictionary.ofFunctions(
                    Map.entry("MIN", new MinFunction()),
                    Map.entry("MAX", new MaxFunction()),
                    Map.entry("ABS", new AbsFunction()),
                    Map.entry("IF", new IfFunction()),
                    Map.entry("SUM", new SumFunction()),
                    Map.entry("AVERAGE", new AverageFunction()),
                    Map.entry("FLOOR", new FloorFunction()),
                    Map.entry("CEILING", new CeilingFunction())))
            .build()
            .withAdditionalOperators(Map.entry("^", new Power()));

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
            // Clamped before it becomes a Score: a Score keeps its value without an exponent, so a
            // result such as 1E+39999960 (a ^ b) would first be written out to forty million digits.
            BigDecimal raw = result.getNumberValue();
            boolean clamped = raw.signum() < 0 || raw.compareTo(input.weight().points()) > 0;
            Score score = raw.signum() < 0 ? Score.ZERO : clamped ? input.weight() : Score.of(raw);
            return RuleOutcome.scored(score, "按公式计算得" + shown(raw)
                    + (clamped ? "，限定在0至" + input.weight() + "分之间得" + score : ""));
        } catch (BaseException | ArithmeticException e) {
            return RuleOutcome.undecided(Undecided.FORMULA_ERROR, "公式无法计算：" + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return RuleOutcome.undecided(Undecided.FORMULA_ERROR, "公式无法计算");
        }
    }

    /** A result as the explanation shows it: 34 digits, in plain notation unless that would be absurdly long. */
    private static String shown(BigDecimal value) {
        BigDecimal v = value.round(Decimals.EXACT).stripTrailingZeros();
        return v.scale() >= -40 && v.scale() <= 40 ? v.toPlainString() : v.toString();
    }

    /**
     * {@code ^} as EvalEx computes it, except for a negative exponent: EvalEx divides 1 by the power
     * to a fixed number of decimal places, so for a small base it builds a number with about as many
     * digits as the exponent (0.1 ^ -999999 does not finish). Here the reciprocal is taken to the
     * formula's precision.
     */
    @InfixOperator(precedence = OperatorIfc.OPERATOR_PRECEDENCE_POWER, leftAssociative = false)
    private static final class Power extends InfixPowerOfOperator {
        @Override
        public EvaluationValue evaluate(Expression expression, Token operatorToken, EvaluationValue... operands)
                throws EvaluationException {
            EvaluationValue base = operands[0];
            EvaluationValue exponent = operands[1];
            if (!base.isNumberValue() || !exponent.isNumberValue() || exponent.getNumberValue().signum() >= 0) {
                return super.evaluate(expression, operatorToken, operands);
            }
            EvaluationValue power = super.evaluate(expression, operatorToken, base,
                    EvaluationValue.numberValue(exponent.getNumberValue().negate()));
            return expression.convertValue(BigDecimal.ONE.divide(power.getNumberValue(), expression.getConfiguration().getMathContext()));
        }
    }

    @Override
    public String kind() {
        return "formula";
    }
}
