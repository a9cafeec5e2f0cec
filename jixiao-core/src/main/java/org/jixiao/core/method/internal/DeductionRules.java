package org.jixiao.core.method.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.method.internal.Reader.Result;
import org.jixiao.core.method.internal.Unit.Kind;
import org.jixiao.core.number.Decimals;
import org.jixiao.core.number.Score;
import org.jixiao.core.rule.Deduction;

/** Deductions from full marks per unit over an allowance: "超出10%的,每超出一个百分点扣1分,扣完为止". */
final class DeductionRules {

    private static final List<String> PER_UNIT_CLASSIFIERS = List.of("项", "个", "次", "处", "件", "条", "人", "例", "起", "家", "天",
            "篇", "所", "批", "份");

    private final Reading r;

    DeductionRules(Reading r) {
        this.r = r;
    }

    /** "每…", "一个百分点", "一项…": the condition counts units, each costing the points. */
    static boolean perUnit(String c) {
        if (c.contains("每")) {
            return true;
        }
        if (c.contains("一个百分点") || c.contains("1个百分点") || c.contains("1%") && c.contains("超出一")) {
            return true;
        }
        if (!c.isEmpty() && (c.charAt(0) == '一' || c.charAt(0) == '1') && c.length() > 1
                && PER_UNIT_CLASSIFIERS.contains(c.substring(1, 2))) {
            return true;
        }
        return false;
    }

    /**
     * The one subtraction is per unit from full marks; the other units may only state full marks and
     * the allowance ("不超过10%得满分"), and floors ("扣完为止") where the subtracting ends.
     */
    Result build(Unit sub) {
        String c = r.cond(sub);
        boolean down = (c.contains("百分点") || c.contains("%")) && (c.contains("低于") || c.contains("不足") || c.contains("未达到"));
        for (String w : List.of("每降低", "每减少", "每下降", "每低", "每少")) {
            down |= c.contains(w);
        }
        if (down) {
            throw r.failOn(sub, "按低于目标的差额扣分暂不支持");
        }
        int per = c.indexOf("每超出");
        if (per < 0) {
            per = c.indexOf("每超过");
        }
        if (per >= 0) {
            Scan.Number step = Scan.number(c, per + 3, c.length(), true);
            if (step != null && step.value().compareTo(BigDecimal.ONE) != 0) {
                throw r.failOn(sub, "每超出" + step.value().toPlainString() + "个单位扣分：是否按比例折算无法确定");
            }
        }
        BigDecimal allowance = allowanceIn(c);
        r.span("deduction", sub.condStart, sub.markEnd);
        Optional<Score> ruleWeight = r.weight;
        for (Unit u : r.scoring()) {
            if (u == sub) {
                continue;
            }
            if (u.kind != Kind.GAIN && u.kind != Kind.FULL) {
                throw r.failOn(u, "扣分办法中混有其他计分方式");
            }
            BigDecimal stated = r.pointsOf(u);
            ruleWeight = r.checkFull(stated, u);
            String cond = r.cond(u);
            Optional<Condition.Range> range = Condition.range(cond);
            if (range.isPresent()) {
                Condition.Range full = range.get();
                if (!full.onlyUpper() || !full.upperInclusive()) {
                    throw r.failOn(u, "满分条件无法识别");
                }
                if (allowance != null && allowance.compareTo(full.upper().get()) != 0) {
                    throw r.failOn(u, "满分条件与扣分起点不一致");
                }
                allowance = full.upper().get();
                r.span("allowance", u.condStart, u.condEnd);
            } else if (Scan.hasDigit(cond)) {
                throw r.failOn(u, "满分条件无法识别");
            }
            r.span("full", u.condStart, u.markEnd);
        }
        for (Unit f : r.unitsOf(Kind.FLOOR)) {
            r.span("floor", f.markStart, f.markEnd);
            if (f.points != null) {
                ruleWeight = r.checkFull(f.points, f);
                if (ruleWeight.isPresent() && r.weight.isEmpty() && !ruleWeight.get().equals(Score.of(f.points))) {
                    throw r.failOn(f, "扣完的分值与满分不一致");
                }
            }
        }
        if (!r.unitsOf(Kind.CAP).isEmpty()) {
            throw r.failOn(r.unitsOf(Kind.CAP).get(0), "扣分办法中的上限无法识别");
        }
        return r.done(new Deduction(Score.of(sub.points), allowance == null ? BigDecimal.ZERO : allowance), ruleWeight);
    }

    /** "超出10%的,超出一个百分点" → 10: where the deduction starts. */
    private static BigDecimal allowanceIn(String c) {
        for (String w : List.of("超出", "超过", "高于", "大于")) {
            int i = c.indexOf(w);
            while (i >= 0) {
                Scan.Number n = Scan.digits(c, i + w.length(), c.length());
                if (n != null) {
                    return Decimals.canonical(n.value());
                }
                i = c.indexOf(w, i + 1);
            }
        }
        return null;
    }
}
