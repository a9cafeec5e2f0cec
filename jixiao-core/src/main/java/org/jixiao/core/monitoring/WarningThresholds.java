package org.jixiao.core.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * When execution behind time progress becomes a warning, in percentage points. By default more
 * than 10 points behind is 黄色预警 and more than 20 points is 红色预警; a region that writes
 * "落后10个百分点及以上" sets {@code inclusive}.
 *
 * <p>The gap is judged as it is shown, to two decimals (half-up): a gap a user reads as 10.00 points is
 * never yellow under "more than 10", whatever digits lie beyond.
 *
 * @param yellowAbove points behind beyond which a period is yellow
 * @param redAbove    points behind beyond which a period is red; not below {@code yellowAbove}
 * @param inclusive   true: a gap equal to a threshold already earns its level (≥ instead of &gt;)
 */
public record WarningThresholds(BigDecimal yellowAbove, BigDecimal redAbove, boolean inclusive) {

    /** More than 10 points behind: yellow; more than 20: red. */
    public static final WarningThresholds DEFAULT =
            new WarningThresholds(BigDecimal.TEN, BigDecimal.valueOf(20), false);

    /** Decimals the gap is judged at: the two decimals every table shows. */
    public static final int SHOWN_SCALE = 2;

    public WarningThresholds {
        Objects.requireNonNull(yellowAbove, "yellowAbove");
        Objects.requireNonNull(redAbove, "redAbove");
        if (yellowAbove.signum() < 0) {
            throw new IllegalArgumentException("预警阈值不能为负：" + yellowAbove.toPlainString());
        }
        if (redAbove.compareTo(yellowAbove) < 0) {
            throw new IllegalArgumentException("红色预警阈值" + redAbove.toPlainString() + "低于黄色预警阈值"
                    + yellowAbove.toPlainString());
        }
    }

    /** The level of a gap: time progress minus execution progress, in percentage points (negative when ahead). */
    public WarningLevel level(BigDecimal pointsBehind) {
        BigDecimal shown = pointsBehind.setScale(SHOWN_SCALE, RoundingMode.HALF_UP);
        if (beyond(shown, redAbove)) {
            return WarningLevel.RED;
        }
        if (beyond(shown, yellowAbove)) {
            return WarningLevel.YELLOW;
        }
        return WarningLevel.ON_TRACK;
    }

    private boolean beyond(BigDecimal gap, BigDecimal threshold) {
        int c = gap.compareTo(threshold);
        return inclusive ? c >= 0 : c > 0;
    }

    /** As a settings page says it: 落后超过10个百分点黄色预警，超过20个百分点红色预警. */
    public String describe() {
        String word = inclusive ? "达到" : "超过";
        return "落后序时进度" + word + yellowAbove.stripTrailingZeros().toPlainString() + "个百分点为黄色预警，"
                + word + redAbove.stripTrailingZeros().toPlainString() + "个百分点为红色预警";
    }
}
