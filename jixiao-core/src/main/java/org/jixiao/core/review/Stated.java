package org.jixiao.core.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.jixiao.core.measure.ValueText;
import org.jixiao.core.number.Decimals;

/**
 * A figure as a document states it: its value and how many decimals it was written with. A stated
 * figure stands for an interval (22.35 for anything in [22.345, 22.355)), which is how the reviewer
 * tells "differs only by rounding" from "differs". Public so that other features comparing
 * published figures (the accounts narrative regenerator) use the same tolerance.
 */
public record Stated(BigDecimal value, int decimals) {

    public static Optional<Stated> of(String text) {
        String c = ValueText.compact(text).replace(",", "").replace("%", "");
        BigDecimal value = Decimals.parseOrNull(c);
        if (value == null) {
            return Optional.empty();
        }
        int dot = c.indexOf('.');
        return Optional.of(new Stated(value, dot < 0 ? 0 : c.length() - dot - 1));
    }

    /** Half a unit in the last written place: 0.005 for 550.07. */
    public BigDecimal halfUnit() {
        return BigDecimal.ONE.movePointLeft(decimals).divide(BigDecimal.valueOf(2));
    }

    public BigDecimal low() {
        return value.subtract(halfUnit());
    }

    public BigDecimal high() {
        return value.add(halfUnit());
    }

    /**
     * Whether a percentage stated as {@code this} can be part ÷ whole × 100 for some part and whole
     * within their written precision. Whole must be positive.
     */
    public boolean isPercentOf(BigDecimal partLow, BigDecimal partHigh, BigDecimal wholeLow, BigDecimal wholeHigh) {
        if (wholeLow.signum() <= 0) {
            return true; // cannot bound: never accuse
        }
        BigDecimal low = partLow.max(BigDecimal.ZERO).multiply(Decimals.HUNDRED).divide(wholeHigh, Decimals.EXACT);
        BigDecimal high = partHigh.max(BigDecimal.ZERO).multiply(Decimals.HUNDRED).divide(wholeLow, Decimals.EXACT);
        BigDecimal shownLow = low.setScale(decimals, RoundingMode.HALF_UP);
        BigDecimal shownHigh = high.setScale(decimals, RoundingMode.HALF_UP);
        return value.compareTo(shownLow) >= 0 && value.compareTo(shownHigh) <= 0;
    }

    /** part ÷ whole × 100 shown with this figure's decimals (at least two). */
    public String expectedPercent(BigDecimal part, BigDecimal whole) {
        return part.multiply(Decimals.HUNDRED).divide(whole, Decimals.EXACT)
                .setScale(Math.max(2, decimals), RoundingMode.HALF_UP).toPlainString();
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
