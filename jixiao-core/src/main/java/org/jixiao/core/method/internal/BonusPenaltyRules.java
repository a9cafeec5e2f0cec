package org.jixiao.core.method.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.core.measure.ValueText;
import org.jixiao.core.method.internal.Reader.Result;
import org.jixiao.core.method.internal.Unit.Kind;
import org.jixiao.core.number.Score;
import org.jixiao.core.rule.BonusPenalty;

/**
 * Named events that add or subtract points up to a cap: "受到国务院嘉奖加3分", "发生安全事故扣2分,
 * 最多扣5分", and "酌情扣分" with its cap. Subtractions per unit from full marks ("每超出一个百分点扣1分")
 * are {@link DeductionRules}.
 */
final class BonusPenaltyRules {

    private static final List<String> BONUS_VERBS = List.of("受到", "得到", "获得", "荣获", "获", "被评为", "评为", "取得");

    private static final List<String> PENALTY_VERBS = List.of("发生", "出现", "受到", "被");

    private final Reading r;

    BonusPenaltyRules(Reading r) {
        this.r = r;
    }

    /**
     * "酌情扣分,最多扣5分" alone is a penalty with no items: 0 without events, and a person sets the
     * points of any. Every other request for judgement makes the rule manual.
     */
    Result discretion() {
        List<Unit> d = r.unitsOf(Kind.DISCRETION);
        List<Unit> caps = r.unitsOf(Kind.CAP);
        if (r.scoring().isEmpty() && caps.size() == 1 && d.size() == 1 && d.get(0).sign != 'o' && caps.get(0).points != null) {
            boolean penalty = d.get(0).sign == 's';
            Score cap = Score.of(caps.get(0).points);
            r.span(penalty ? "penalty" : "bonus", d.get(0).markStart, d.get(0).markEnd);
            r.span("cap", caps.get(0).markStart, caps.get(0).markEnd);
            r.note((penalty ? "酌情扣分" : "酌情加分") + "：无相关事项时为0分，有事项时需人工认定分值");
            return r.done(new BonusPenalty(List.of(), cap, penalty), Optional.of(cap));
        }
        r.accountForPieces(Set.of());
        StringBuilder why = new StringBuilder("评分办法要求人工判断（");
        for (int i = 0; i < d.size(); i++) {
            Unit u = d.get(i);
            why.append(i == 0 ? "" : "、").append('“').append(r.src.originalText(u.markStart, u.markEnd)).append('”');
            r.span("manual", u.markStart, u.markEnd);
        }
        why.append('）');
        return r.manual(why.toString());
    }

    /** Every scoring unit adds points for a named event. */
    Result bonus() {
        List<BonusPenalty.Item> items = new ArrayList<>();
        for (Unit u : r.scoring()) {
            if (u.kind != Kind.ADD) {
                throw r.failOn(u, "加分项中混有其他计分方式");
            }
            items.add(item(u, BONUS_VERBS, "加分事项未写明", "bonus"));
        }
        Score cap = cap('a');
        return r.done(new BonusPenalty(items, cap, false), Optional.of(cap));
    }

    /**
     * A single "每…扣N分" is a deduction from full marks; subtractions for named events are penalties,
     * when a cap is stated or the indicator is worth nothing (a penalty row). Otherwise it cannot be
     * told where the subtracting starts.
     */
    Result subtractions() {
        List<Unit> subs = r.unitsOf(Kind.SUB);
        if (subs.size() == 1 && DeductionRules.perUnit(r.cond(subs.get(0)))) {
            return new DeductionRules(r).build(subs.get(0));
        }
        boolean capStated = !r.unitsOf(Kind.CAP).isEmpty();
        boolean onlySubs = r.scoring().stream().allMatch(u -> u.kind == Kind.SUB);
        if (onlySubs && (capStated || r.weight.map(Score::isZero).orElse(false))) {
            List<BonusPenalty.Item> items = new ArrayList<>();
            for (Unit u : subs) {
                items.add(item(u, PENALTY_VERBS, "扣分事项未写明", "penalty"));
            }
            Score cap = cap('s');
            return r.done(new BonusPenalty(items, cap, true), r.weight);
        }
        Unit first = subs.get(0);
        throw r.failOn(first, "扣分办法无法确定（是否按次累计扣分、从何处扣起）");
    }

    private BonusPenalty.Item item(Unit u, List<String> verbs, String unnamed, String part) {
        String name = itemName(u, verbs);
        if (name == null) {
            throw r.failOn(u, unnamed);
        }
        r.span(part, u.condStart, u.markEnd);
        return new BonusPenalty.Item(name, Score.of(u.points));
    }

    /** The cap stated ('a' adding, 's' subtracting), else the weight; without either there is no rule. */
    private Score cap(char sign) {
        List<Unit> caps = r.unitsOf(Kind.CAP);
        if (caps.size() > 1) {
            throw r.failOn(caps.get(1), "上限写了不止一处");
        }
        if (caps.size() == 1) {
            Unit c = caps.get(0);
            if (c.sign != 'o' && c.sign != sign) {
                throw r.failOn(c, "上限与加减方向不符");
            }
            r.span("cap", c.markStart, c.markEnd);
            if (c.points == null) {
                if (r.weight.isPresent() && !r.weight.get().isZero()) {
                    return r.weight.get();
                }
                throw r.failOn(c, "上限为指标分值，但指标分值未给出");
            }
            Score stated = Score.of(c.points);
            if (r.weight.isPresent() && !r.weight.get().isZero() && !r.weight.get().equals(stated)) {
                r.note("评分办法写明上限" + stated + "分，指标分值为" + r.weight.get() + "分，按评分办法的上限计");
            }
            return stated;
        }
        if (r.weight.isPresent() && !r.weight.get().isZero()) {
            r.note("评分办法未写明上限，以指标分值" + r.weight.get() + "分为上限");
            return r.weight.get();
        }
        throw r.fail(sign == 'a' ? "评分办法未写明加分上限，指标分值也未给出" : "评分办法未写明扣分上限，指标分值也未给出");
    }

    /** The event a unit names, without its verb ("受到国务院嘉奖" → 国务院嘉奖); null when it names none. */
    private String itemName(Unit u, List<String> verbs) {
        String s = r.cond(u).replace("\"", "");
        for (String v : verbs) {
            if (s.startsWith(v) && s.length() > v.length()) {
                s = s.substring(v.length());
                break;
            }
        }
        String name = ValueText.label(s);
        while (!name.isEmpty() && ",:、的".indexOf(name.charAt(name.length() - 1)) >= 0) {
            name = name.substring(0, name.length() - 1);
        }
        if (Scan.numbered(name)) {
            return null;
        }
        // One item per marker: a name holding a separator or points is two items run together.
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (",;。()-~÷×*/=<>≤≥%".indexOf(c) >= 0 || (c == '分' && i > 0 && Scan.isDigit(name.charAt(i - 1)))) {
                return null;
            }
        }
        // "一次", "每项": a count, not a named event — per-event deductions are the deduction rule's, and
        // a bonus or penalty item named by a count would not read back as the same rule.
        if (name.matches("(每|一|1)?(次|项|个|起|例|人次)")) {
            return null;
        }
        return name.isEmpty() ? null : name;
    }
}
