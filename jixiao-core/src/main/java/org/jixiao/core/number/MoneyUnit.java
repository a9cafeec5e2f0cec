package org.jixiao.core.number;

import java.math.BigDecimal;

/** The units amounts are stated in: 元 and 万元 (ten thousand yuan, the unit of most tables). */
public enum MoneyUnit {
    YUAN("元", BigDecimal.ONE),
    WAN_YUAN("万元", BigDecimal.valueOf(10_000));

    private final String label;
    private final BigDecimal yuan;

    MoneyUnit(String label, BigDecimal yuan) {
        this.label = label;
        this.yuan = yuan;
    }

    public String label() {
        return label;
    }

    /** How many 元 one of this unit is. */
    public BigDecimal inYuan() {
        return yuan;
    }

    public static MoneyUnit fromLabel(String label) {
        for (MoneyUnit unit : values()) {
            if (unit.label.equals(label.trim())) {
                return unit;
            }
        }
        throw new IllegalArgumentException("not a money unit: " + label);
    }
}
