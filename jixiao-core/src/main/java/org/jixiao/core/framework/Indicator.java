package org.jixiao.core.framework;

import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.measure.TargetValue;
import org.jixiao.core.number.Score;
import org.jixiao.core.rule.ExecutionRate;
import org.jixiao.core.rule.ScoringRule;

/**
 * A scored indicator (三级指标, or the funds row): what is measured, against which target, worth
 * how much, scored by which rule. {@code method} keeps the table's 评分办法 text as written;
 * {@code ruleStated} says whether the rule came from the table or from the template's default.
 */
public record Indicator(
        String code,
        String name,
        Optional<Score> weight,
        int level,
        Nature nature,
        Direction direction,
        TargetValue target,
        TargetValue halfYearTarget,
        String unitOfMeasure,
        ScoringRule rule,
        boolean ruleStated,
        String method,
        String notes,
        int line) implements Node {

    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(nature, "nature");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(halfYearTarget, "halfYearTarget");
        Objects.requireNonNull(rule, "rule");
        unitOfMeasure = unitOfMeasure == null ? "" : unitOfMeasure;
        method = method == null ? "" : method;
        notes = notes == null ? "" : notes;
    }

    /** The funds row (资金执行) is scored by the execution rate and rounded by the funds scale. */
    public boolean isFundsRow() {
        return rule instanceof ExecutionRate;
    }

    public Score weightOrZero() {
        return weight.orElse(Score.ZERO);
    }
}
