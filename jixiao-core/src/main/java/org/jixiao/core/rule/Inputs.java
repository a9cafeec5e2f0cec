package org.jixiao.core.rule;

import java.math.BigDecimal;
import java.util.Optional;
import org.jixiao.core.measure.Actual;
import org.jixiao.core.measure.Quantity;
import org.jixiao.core.measure.TargetValue;
import org.jixiao.core.rule.RuleOutcome.Undecided;

/** Reading numbers out of rule inputs, with the reason when there is none. */
final class Inputs {

    private Inputs() {
    }

    /** Either a value or the outcome that explains why there is none. */
    record Read<T>(T value, RuleOutcome failure) {
        static <T> Read<T> ok(T value) {
            return new Read<>(value, null);
        }

        static <T> Read<T> fail(Undecided reason, String message) {
            return new Read<>(null, RuleOutcome.undecided(reason, message));
        }

        boolean failed() {
            return failure != null;
        }
    }

    static Read<Quantity> target(Optional<Quantity> ruleTarget, TargetValue indicatorTarget) {
        if (ruleTarget.isPresent()) {
            return Read.ok(ruleTarget.get());
        }
        if (indicatorTarget instanceof TargetValue.Numeric numeric) {
            return Read.ok(numeric.quantity());
        }
        return Read.fail(Undecided.TARGET_MISSING, "指标值不是数值（“" + indicatorTarget.text() + "”），规则无法计算");
    }

    static Read<Quantity> actualQuantity(Actual actual) {
        if (actual instanceof Actual.Missing) {
            return Read.fail(Undecided.VALUE_MISSING, "未填写实际完成值");
        }
        if (actual instanceof Actual.Reading r) {
            return r.quantity()
                    .map(Read::ok)
                    .orElseGet(() -> Read.fail(Undecided.NOT_A_VALUE, "实际完成值“" + r.text() + "”不是数值，需人工判断"));
        }
        if (actual instanceof Actual.Count c) {
            return Read.ok(new Quantity(c.count(), ""));
        }
        return Read.fail(Undecided.NOT_A_VALUE, "该规则需要数值型的实际完成值");
    }

    /** The actual expressed in the target's unit, or why it cannot be. */
    static Read<BigDecimal> actualIn(Quantity actual, Quantity target) {
        Optional<BigDecimal> value = actual.valueIn(target);
        if (value.isEmpty()) {
            return Read.fail(Undecided.UNITS_DIFFER,
                    "实际值单位“" + actual.unit() + "”与指标值单位“" + target.unit() + "”不一致");
        }
        return Read.ok(value.get());
    }

    /** A numeric target, the actual as written, and the actual in the target's unit. */
    record Compared(Quantity target, Quantity actual, BigDecimal actualValue) {
    }

    /** The target (the rule's own or the indicator's) and the actual, in one unit, or why not. */
    static Read<Compared> compared(Optional<Quantity> ruleTarget, RuleInput input) {
        Read<Quantity> t = target(ruleTarget, input.target());
        if (t.failed()) {
            return new Read<>(null, t.failure());
        }
        Read<Quantity> a = actualQuantity(input.actual());
        if (a.failed()) {
            return new Read<>(null, a.failure());
        }
        Read<BigDecimal> value = actualIn(a.value(), t.value());
        if (value.failed()) {
            return new Read<>(null, value.failure());
        }
        return Read.ok(new Compared(t.value(), a.value(), value.value()));
    }
}
