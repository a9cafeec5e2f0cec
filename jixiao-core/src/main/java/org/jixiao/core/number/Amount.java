package org.jixiao.core.number;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** An amount of money with its unit (元 or 万元), exact inside. */
public record Amount(BigDecimal value, MoneyUnit unit) implements Comparable<Amount> {

    public Amount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        value = Decimals.canonical(value);
    }

    public static Amount wan(String value) {
        return new Amount(parse(value), MoneyUnit.WAN_YUAN);
    }

    public static Amount yuan(String value) {
        return new Amount(parse(value), MoneyUnit.YUAN);
    }

    public static Amount zero(MoneyUnit unit) {
        return new Amount(BigDecimal.ZERO, unit);
    }

    private static BigDecimal parse(String value) {
        BigDecimal parsed = Decimals.parseOrNull(value);
        if (parsed == null) {
            throw new IllegalArgumentException("not an amount: " + value);
        }
        return parsed;
    }

    public Amount in(MoneyUnit target) {
        if (target == unit) {
            return this;
        }
        return new Amount(value.multiply(unit.inYuan()).divide(target.inYuan(), Decimals.EXACT), target);
    }

    public Amount plus(Amount other) {
        return new Amount(value.add(other.in(unit).value), unit);
    }

    public Amount minus(Amount other) {
        return new Amount(value.subtract(other.in(unit).value), unit);
    }

    /** This amount as a percentage of another: executed.percentOf(budget) = 96.75 %. */
    public Percentage percentOf(Amount whole) {
        return Percentage.ratio(value, whole.in(unit).value);
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    /** As published: two decimals, half-up. */
    public BigDecimal shown() {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    @Override
    public int compareTo(Amount other) {
        return value.compareTo(other.in(unit).value);
    }

    @Override
    public String toString() {
        return value.toPlainString() + unit.label();
    }
}
