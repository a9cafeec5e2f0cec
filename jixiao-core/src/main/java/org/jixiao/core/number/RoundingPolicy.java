package org.jixiao.core.number;

import java.math.RoundingMode;
import java.util.Objects;

/**
 * How a framework rounds: the only place scores are rounded. Published tables differ (two
 * decimals, one, whole points, truncation; some round only the total), so a framework carries
 * its own policy and every computation receives it as an argument.
 *
 * @param indicatorScale decimals kept for an indicator row's score
 * @param fundsScale     decimals kept for the funds (execution-rate) row's score
 * @param totalScale     decimals kept for subtotals and the total
 * @param mode           rounding mode (HALF_UP nationally; DOWN for truncation)
 * @param roundRows      true: round each row, then add the rounded rows; false: add exact rows, round only the total
 */
public record RoundingPolicy(int indicatorScale, int fundsScale, int totalScale, RoundingMode mode, boolean roundRows) {

    /** Two decimals, half-up, rows rounded before they are added: what most published tables do. */
    public static final RoundingPolicy STANDARD = new RoundingPolicy(2, 2, 2, RoundingMode.HALF_UP, true);

    public RoundingPolicy {
        Objects.requireNonNull(mode, "mode");
        if (indicatorScale < 0 || fundsScale < 0 || totalScale < 0) {
            throw new IllegalArgumentException("scales must not be negative");
        }
        if (mode == RoundingMode.UNNECESSARY) {
            throw new IllegalArgumentException("a rounding policy must round");
        }
    }

    public Score indicatorRow(Score exact) {
        return roundRows ? round(exact, indicatorScale) : exact;
    }

    public Score fundsRow(Score exact) {
        return roundRows ? round(exact, fundsScale) : exact;
    }

    public Score total(Score exact) {
        return round(exact, totalScale);
    }

    private Score round(Score exact, int scale) {
        return new Score(exact.points().setScale(scale, mode));
    }
}
