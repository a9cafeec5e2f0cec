package org.jixiao.core.measure;

import java.math.BigDecimal;

/** How a target value is to be met: the 指标方向 of an indicator, or the sign written before a value. */
public enum Comparison {
    /** ≥, 正向: at least the target. */
    AT_LEAST("≥"),
    /** &gt;: more than the target. */
    MORE_THAN(">"),
    /** ≤, 反向: at most the target. */
    AT_MOST("≤"),
    /** &lt;: less than the target. */
    LESS_THAN("<"),
    /** =: exactly the target. */
    EQUAL("=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** True when a higher actual value is better (正向). */
    public boolean favoursHigher() {
        return this == AT_LEAST || this == MORE_THAN;
    }

    /** True when a lower actual value is better (反向). */
    public boolean favoursLower() {
        return this == AT_MOST || this == LESS_THAN;
    }

    public boolean isMet(BigDecimal actual, BigDecimal target) {
        int c = actual.compareTo(target);
        return switch (this) {
            case AT_LEAST -> c >= 0;
            case MORE_THAN -> c > 0;
            case AT_MOST -> c <= 0;
            case LESS_THAN -> c < 0;
            case EQUAL -> c == 0;
        };
    }
}
