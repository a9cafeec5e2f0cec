package org.jixiao.core.method.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.measure.Comparison;
import org.jixiao.core.measure.Quantity;

/**
 * The target a full-marks condition gives a rule that measures against one (ratio, proportional,
 * threshold): "达到指标值" names the indicator's own, "达到90%" / "不超过20万元" states it.
 */
final class Targets {

    private static final List<String> TARGET_WORDS = List.of("年度指标值", "年度目标值", "指标值", "目标值", "标准值", "计划值",
            "预期目标", "预期指标", "年度目标", "目标", "指标");

    private Targets() {
    }

    /** "达到指标值", "完成目标", "达到": the indicator's own target. */
    static boolean named(String cond) {
        String c = cond;
        for (String w : List.of("达到或超过", "达到", "完成", "不超过", "不高于", "未超过", "低于", "高于")) {
            if (c.startsWith(w)) {
                c = c.substring(w.length());
                break;
            }
        }
        return c.isEmpty() ? cond.equals("达到") || cond.equals("完成") : TARGET_WORDS.contains(c);
    }

    /**
     * The target a full-marks unit states ("达到90%" when {@code expected} is at least, "不超过20万元" when
     * at most), or empty for the indicator's own ("达到指标值", or no condition).
     */
    static Optional<Quantity> of(Reading r, Unit g, Comparison expected) {
        String cond = r.cond(g);
        if (named(cond) || cond.isEmpty()) {
            if (g.condEnd > g.condStart) {
                r.span("target", g.condStart, g.condEnd);
            }
            return Optional.empty();
        }
        Optional<Condition.Range> range = Condition.range(cond);
        if (range.isEmpty()) {
            throw r.failOn(g, "满分条件无法识别");
        }
        Condition.Range stated = range.get();
        boolean ok = expected == Comparison.AT_LEAST
                ? stated.onlyLower() && stated.lowerInclusive()
                : stated.onlyUpper() && stated.upperInclusive();
        if (!ok) {
            throw r.failOn(g, expected == Comparison.AT_LEAST ? "满分条件应为“达到…”" : "满分条件应为“不超过…”");
        }
        r.span("target", g.condStart, g.condEnd);
        BigDecimal value = expected == Comparison.AT_LEAST ? stated.lower().get() : stated.upper().get();
        return Optional.of(new Quantity(value, stated.unit()));
    }
}
