package org.jixiao.core.number;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** A percentage as tables write it: {@code 96.75} means 96.75 %. Exact inside. */
public record Percentage(BigDecimal percent) implements Comparable<Percentage> {

    public static final Percentage ZERO = new Percentage(BigDecimal.ZERO);
    public static final Percentage HUNDRED = new Percentage(Decimals.HUNDRED);

    public Percentage {
        Objects.requireNonNull(percent, "percent");
        percent = Decimals.canonical(percent);
    }

    public static Percentage of(String percent) {
        BigDecimal parsed = Decimals.parseOrNull(percent.replace("%", "").replace("％", ""));
        if (parsed == null) {
            throw new IllegalArgumentException("not a percentage: " + percent);
        }
        return new Percentage(parsed);
    }

    /** part ÷ whole × 100, exact; whole must not be zero. */
    public static Percentage ratio(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            throw new ArithmeticException("percentage of zero");
        }
        return new Percentage(part.multiply(Decimals.HUNDRED).divide(whole, Decimals.EXACT));
    }

    /** The fraction this percentage stands for: 96.75 % → 0.9675. */
    public BigDecimal fraction() {
        return percent.divide(Decimals.HUNDRED, Decimals.EXACT);
    }

    /** As published: two decimals, half-up (96.75, 6.57, 22.47). */
    public BigDecimal shown() {
        return percent.setScale(2, RoundingMode.HALF_UP);
    }

    @Override
    public int compareTo(Percentage other) {
        return percent.compareTo(other.percent);
    }

    @Override
    public String toString() {
        return shown().toPlainString() + "%";
    }
}
