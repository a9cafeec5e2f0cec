package org.jixiao.core.measure;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.number.Decimals;

/**
 * A number with the unit of measure written beside it (计量单位): "14个", "3.3万人次", "98%".
 * A leading 万 or 亿 in the unit is a magnitude, so 3.3万人次 and 33000人次 compare as equal.
 */
public record Quantity(BigDecimal value, String unit) {

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

    public Quantity {
        Objects.requireNonNull(value, "value");
        value = Decimals.canonical(value);
        unit = unit == null ? "" : unit;
    }

    public static Quantity of(String value, String unit) {
        return new Quantity(new BigDecimal(value), unit);
    }

    /** The unit without its magnitude prefix: "万人次" → "人次", "万元" → "元". */
    public String baseUnit() {
        if (unit.length() > 1 && (unit.startsWith("万") || unit.startsWith("亿"))) {
            return unit.substring(1);
        }
        return unit;
    }

    /** The value in the base unit: 3.3万人次 → 33000. */
    public BigDecimal baseValue() {
        if (unit.length() > 1 && unit.startsWith("万")) {
            return value.multiply(WAN);
        }
        if (unit.length() > 1 && unit.startsWith("亿")) {
            return value.multiply(YI);
        }
        return value;
    }

    /**
     * This quantity's value expressed in the other's unit, when the two can be compared: same base
     * unit, or either side without a unit (tables often drop it on one side).
     */
    public Optional<BigDecimal> valueIn(Quantity reference) {
        if (unit.isEmpty() || reference.unit.isEmpty() || unit.equals(reference.unit)) {
            return Optional.of(value);
        }
        if (!baseUnit().equals(reference.baseUnit())) {
            return Optional.empty();
        }
        BigDecimal referenceScale = reference.baseValue().signum() == 0 || reference.value.signum() == 0
                ? BigDecimal.ONE
                : reference.baseValue().divide(reference.value, Decimals.EXACT);
        return Optional.of(baseValue().divide(referenceScale, Decimals.EXACT));
    }

    @Override
    public String toString() {
        return value.toPlainString() + unit;
    }
}
