package org.jixiao.core.measure;

import java.util.Objects;

/**
 * A target as written in a table's 年度指标值 / 标准值 / 半年指标值 column, parsed by {@link ValueText}.
 * The original text is always kept.
 */
public sealed interface TargetValue {

    String text();

    /** "≥95%", "≤20万元", "=1份", "100百分比" (no sign: the indicator's direction decides). */
    record Numeric(Comparison comparison, Quantity quantity, boolean comparisonWritten, String text) implements TargetValue {
        public Numeric {
            Objects.requireNonNull(comparison, "comparison");
            Objects.requireNonNull(quantity, "quantity");
        }

        /** The same target read under a direction stated in another column (正向/反向), unless a sign was written. */
        public Numeric withDefaultComparison(Comparison direction) {
            return comparisonWritten ? this : new Numeric(direction, quantity, false, text);
        }
    }

    /** "2024年12月底前", "2024年1月份至2月份". */
    record Dated(Period period, String text) implements TargetValue {
        public Dated {
            Objects.requireNonNull(period, "period");
        }
    }

    /** A word or phrase: "规范", "有", "健全", "按时完成", "有效减少", "优秀". */
    record Label(String label, String text) implements TargetValue {
        public Label {
            Objects.requireNonNull(label, "label");
        }
    }

    /** The cell was blank. */
    record None(String text) implements TargetValue {
    }

    static TargetValue parse(String text) {
        return ValueText.target(text);
    }
}
