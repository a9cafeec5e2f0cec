package org.jixiao.core.method;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.measure.Quantity;
import org.jixiao.core.method.internal.Reader;
import org.jixiao.core.method.internal.Rendering;
import org.jixiao.core.number.Decimals;
import org.jixiao.core.number.Score;
import org.jixiao.core.rule.Bands;
import org.jixiao.core.rule.BonusPenalty;
import org.jixiao.core.rule.Checklist;
import org.jixiao.core.rule.Deadline;
import org.jixiao.core.rule.Deduction;
import org.jixiao.core.rule.ExecutionRate;
import org.jixiao.core.rule.Formula;
import org.jixiao.core.rule.GradedLabels;
import org.jixiao.core.rule.Manual;
import org.jixiao.core.rule.Proportional;
import org.jixiao.core.rule.Qualitative;
import org.jixiao.core.rule.Reverse;
import org.jixiao.core.rule.ScoringRule;
import org.jixiao.core.rule.Threshold;
import org.jixiao.core.rule.YesNo;

/**
 * Any rule written back as canonical Chinese 评分办法 text — one fixed phrasing per kind, which
 * {@link RuleCompiler} reads back into the same rule (docs/rules.md lists the phrasings).
 * Without a weight, full marks are written 满分.
 */
public final class RuleText {

    private RuleText() {
    }

    public static String render(ScoringRule rule) {
        return render(rule, null);
    }

    /** @param weight the indicator's weight, or null when unknown */
    public static String render(ScoringRule rule, Score weight) {
        String gain = weight == null ? "得满分" : "得" + weight + "分";
        if (rule instanceof Proportional r) {
            return "达到" + target(r.target()) + gain + "，未达到根据完成度得分";
        }
        if (rule instanceof Reverse r) {
            return "不超过" + target(r.target()) + gain + "，超过的按指标值÷实际值×分值计分";
        }
        if (rule instanceof Threshold r) {
            return "达到" + target(r.target()) + gain + "，未达到不得分";
        }
        if (rule instanceof ExecutionRate) {
            return "按预算执行率计分：全年执行数÷全年预算数×分值" + (weight == null ? "" : "，最高得" + weight + "分");
        }
        if (rule instanceof YesNo r) {
            return names(r.yes()) + gain + "，" + names(r.no()) + "得0分";
        }
        if (rule instanceof GradedLabels r) {
            List<String> parts = new ArrayList<>();
            for (GradedLabels.Grade g : r.grades()) {
                parts.add(names(g.names()) + "得" + g.points() + "分");
            }
            // Two grades could read as yes/no; 分档 keeps them graded.
            return (r.grades().size() == 2 ? "分档计分：" : "") + "评价为" + String.join("，", parts);
        }
        if (rule instanceof Bands r) {
            List<String> parts = new ArrayList<>();
            for (Bands.Band b : r.bands()) {
                parts.add(band(b) + "的，得" + b.points() + "分");
            }
            return String.join("；", parts);
        }
        if (rule instanceof Checklist r) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < r.items().size(); i++) {
                Checklist.Item item = r.items().get(i);
                parts.add((i + 1) + ". " + item.text() + "（" + item.points() + "分）");
            }
            return String.join("；", parts);
        }
        if (rule instanceof Deduction r) {
            if (r.allowance().signum() == 0) {
                return "每发生一次扣" + r.perUnit() + "分，扣完为止";
            }
            String a = Decimals.canonical(r.allowance()).toPlainString();
            return "不超过" + a + "的得满分；超出" + a + "的，每超出1个单位扣" + r.perUnit() + "分，扣完为止";
        }
        if (rule instanceof Formula r) {
            return "按公式计分：得分=" + Rendering.formula(r.expression());
        }
        if (rule instanceof BonusPenalty r) {
            String verb = r.penalty() ? "扣" : "加";
            String head;
            if (r.items().isEmpty()) {
                head = "酌情" + verb + "分";
            } else {
                List<String> parts = new ArrayList<>();
                for (BonusPenalty.Item item : r.items()) {
                    parts.add(item.name() + verb + item.points() + "分");
                }
                head = String.join("，", parts);
            }
            return head + "；" + verb + "分以" + r.cap() + "分为限";
        }
        if (rule instanceof Qualitative r) {
            return qualitative(r);
        }
        if (rule instanceof Deadline) {
            return "在规定时限内完成" + gain + "，未按时完成不得分";
        }
        if (rule instanceof Manual r) {
            return r.guidance().isEmpty() ? Reader.MANUAL_PREFIX : Reader.MANUAL_PREFIX + "：" + r.guidance();
        }
        throw new IllegalArgumentException("unknown rule " + rule.kind());
    }

    private static String target(Optional<Quantity> target) {
        return target.map(Quantity::toString).orElse("指标值");
    }

    private static String names(List<String> names) {
        List<String> quoted = new ArrayList<>();
        for (String n : names) {
            quoted.add("“" + n + "”");
        }
        return String.join("或", quoted);
    }

    private static String band(Bands.Band b) {
        String x = "实际值";
        if (b.lower().isEmpty() && b.upper().isEmpty()) {
            return "其他情况";
        }
        if (b.upper().isEmpty()) {
            return x + (b.lowerInclusive() ? "≥" : ">") + plain(b.lower().get());
        }
        if (b.lower().isEmpty()) {
            return x + (b.upperInclusive() ? "≤" : "<") + plain(b.upper().get());
        }
        if (b.lower().get().compareTo(b.upper().get()) == 0 && b.lowerInclusive() && b.upperInclusive()) {
            return x + "=" + plain(b.lower().get());
        }
        return plain(b.lower().get()) + (b.lowerInclusive() ? "≤" : "<") + x + (b.upperInclusive() ? "≤" : "<")
                + plain(b.upper().get());
    }

    private static String plain(BigDecimal value) {
        return Decimals.canonical(value).toPlainString();
    }

    private static String qualitative(Qualitative r) {
        List<BigDecimal> floors = new ArrayList<>(r.bandFloorsPercent());
        floors.add(BigDecimal.ZERO);
        String[] names = floors.size() == 3 ? new String[] {"达成目标的", "部分达成的", "未达成的"} : null;
        List<String> parts = new ArrayList<>();
        BigDecimal upper = Decimals.HUNDRED;
        for (int i = 0; i < floors.size(); i++) {
            String name = names != null ? names[i] : "第" + (i + 1) + "档";
            parts.add(name + (i == 0 ? "得分值的" : "得") + plain(upper) + "%-" + plain(floors.get(i)) + "%");
            upper = floors.get(i);
        }
        return "定性指标分档计分：" + String.join("，", parts);
    }
}
