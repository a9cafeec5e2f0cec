package org.jixiao.core.method;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jixiao.core.measure.Actual;
import org.jixiao.core.measure.ValueText;
import org.jixiao.core.number.Amount;
import org.jixiao.core.number.Decimals;
import org.jixiao.core.number.MoneyUnit;
import org.jixiao.core.rule.ExecutionRate;
import org.jixiao.core.rule.Formula;
import org.jixiao.core.rule.ScoringRule;

/**
 * A value typed to try a compiled rule, read as that rule needs it: "88%", "较规范", "1,2,3" (checklist
 * items met), "国务院嘉奖,省级嘉奖" (bonus items), "19.35/20" (executed/budget, 万元), and for a formula
 * "name=value;name=value". In a formula a percentage stands for its fraction (7.73% is 0.0773), as a
 * percentage written in the formula does (序时进度 25% is 0.25).
 */
public final class TypedValues {

    private TypedValues() {
    }

    public static Actual actual(String value, ScoringRule rule) {
        if (value == null || ValueText.label(value).isEmpty()) {
            return new Actual.Missing();
        }
        if (rule instanceof Formula f) {
            return variables(value, f.variables());
        }
        if (rule instanceof ExecutionRate) {
            String c = ValueText.compact(value);
            int slash = c.indexOf('/');
            if (slash > 0) {
                BigDecimal executed = Decimals.parseOrNull(c.substring(0, slash).replace("万元", ""));
                BigDecimal budget = Decimals.parseOrNull(c.substring(slash + 1).replace("万元", ""));
                if (executed != null && budget != null) {
                    return new Actual.Executed(new Amount(budget, MoneyUnit.WAN_YUAN), new Amount(executed, MoneyUnit.WAN_YUAN));
                }
            }
        }
        return new Actual.Reading(value);
    }

    private static Actual variables(String value, Set<String> names) {
        String c = ValueText.compact(value);
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        if (c.indexOf('=') < 0) {
            BigDecimal v = number(c);
            if (names.size() == 1 && v != null) {
                values.put(names.iterator().next(), v);
                return new Actual.Variables(values);
            }
            return new Actual.Reading(value);
        }
        for (String part : c.split("[;,、]")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                return new Actual.Reading(value);
            }
            BigDecimal v = number(part.substring(eq + 1));
            if (v == null) {
                return new Actual.Reading(value);
            }
            values.put(part.substring(0, eq), v);
        }
        return new Actual.Variables(values);
    }

    private static BigDecimal number(String text) {
        boolean percent = text.endsWith("%");
        BigDecimal v = Decimals.parseOrNull(percent ? text.substring(0, text.length() - 1) : text);
        return v == null || !percent ? v : v.divide(Decimals.HUNDRED, Decimals.EXACT);
    }
}
