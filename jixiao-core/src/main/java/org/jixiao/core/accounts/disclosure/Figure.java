package org.jixiao.core.accounts.disclosure;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A figure of a generated sentence: its exact value (signed: a decrease is negative) and the range
 * the true value can be in, given that each amount it is computed from is known to half a unit of
 * its second decimal (the tables' precision in 万元). An amount copied from the inputs has a range
 * of itself alone.
 */
public record Figure(BigDecimal value, BigDecimal low, BigDecimal high) {

    public Figure {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
    }

    public static Figure exact(BigDecimal value) {
        return new Figure(value, value, value);
    }
}
