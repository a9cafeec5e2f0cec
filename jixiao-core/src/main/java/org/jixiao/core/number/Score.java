package org.jixiao.core.number;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Points (分值 / 得分): a weight or a score, exact. Values are kept canonical (no trailing
 * zeros) so that equal points are equal records; rounding happens only through
 * {@link RoundingPolicy}.
 */
public record Score(BigDecimal points) implements Comparable<Score> {

    public static final Score ZERO = new Score(BigDecimal.ZERO);

    public Score {
        Objects.requireNonNull(points, "points");
        points = Decimals.canonical(points);
    }

    public static Score of(String points) {
        BigDecimal parsed = Decimals.parseOrNull(points);
        if (parsed == null) {
            throw new IllegalArgumentException("not a score: " + points);
        }
        return new Score(parsed);
    }

    public static Score of(long points) {
        return new Score(BigDecimal.valueOf(points));
    }

    public static Score of(BigDecimal points) {
        return new Score(points);
    }

    public Score plus(Score other) {
        return new Score(points.add(other.points));
    }

    public Score minus(Score other) {
        return new Score(points.subtract(other.points));
    }

    /** This many points times a factor (a ratio such as actual ÷ target), exact to 34 digits. */
    public Score times(BigDecimal factor) {
        return new Score(points.multiply(factor, Decimals.EXACT));
    }

    public Score min(Score other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Score max(Score other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** Clamped into [low, high]. */
    public Score within(Score low, Score high) {
        return max(low).min(high);
    }

    public boolean isZero() {
        return points.signum() == 0;
    }

    public boolean isNegative() {
        return points.signum() < 0;
    }

    public boolean isLessThan(Score other) {
        return compareTo(other) < 0;
    }

    public boolean isGreaterThan(Score other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Score other) {
        return points.compareTo(other.points);
    }

    @Override
    public String toString() {
        return points.toPlainString();
    }
}
