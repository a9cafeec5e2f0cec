package org.jixiao.core.measure;

import java.time.YearMonth;
import java.util.Objects;

/**
 * A time target or a time actual as tables write it, to the month: "2024年11月" (one month),
 * "2024年1月份至2月份" (a span), "2024年12月底前" (a deadline: on or before the end of December).
 */
public record Period(YearMonth from, YearMonth to, boolean deadline) {

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + " – " + to);
        }
    }

    public static Period month(YearMonth month) {
        return new Period(month, month, false);
    }

    public static Period until(YearMonth month) {
        return new Period(month, month, true);
    }

    /** True when the other period lies within this one (for a deadline: ends on or before it). */
    public boolean covers(Period other) {
        if (deadline) {
            return !other.to.isAfter(to);
        }
        return !other.from.isBefore(from) && !other.to.isAfter(to);
    }

    public boolean touchesYear(int year) {
        return from.getYear() <= year && to.getYear() >= year;
    }

    @Override
    public String toString() {
        String span = from.equals(to) ? from.toString() : from + "–" + to;
        return deadline ? "≤" + span : span;
    }
}
