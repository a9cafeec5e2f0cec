package org.jixiao.core.method.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.measure.Comparison;
import org.jixiao.core.measure.Quantity;
import org.jixiao.core.method.internal.Reader.Result;
import org.jixiao.core.method.internal.Unit.Kind;
import org.jixiao.core.number.Score;
import org.jixiao.core.rule.ExecutionRate;
import org.jixiao.core.rule.GradedLabels;
import org.jixiao.core.rule.Proportional;
import org.jixiao.core.rule.Reverse;
import org.jixiao.core.rule.ScoringRule;

/**
 * Rules that score the actual value against the target: the template's ratios ("实际值/指标值×分值",
 * "指标值/实际值×分值", "执行率×分值") and "达到90%得2分，未达到根据完成度得分".
 */
final class RatioRules {

    private final Reading r;

    RatioRules(Reading r) {
        this.r = r;
    }

    /** One ratio, with at most one full-marks condition naming its target, and caps stating full marks. */
    Result ratio() {
        List<Unit> ratios = r.unitsOf(Kind.RATIO);
        Ratio.Kind kind = ratios.get(0).ratio;
        for (Unit u : ratios) {
            if (u.ratio != kind) {
                throw r.failOn(u, "评分办法同时写了不同的算法");
            }
            r.span("ratio", u.start(), u.markEnd);
            checkCompanion(u);
        }
        if (ratios.size() > 1) {
            throw r.failOn(ratios.get(1), "算法写了不止一处");
        }
        Optional<Score> ruleWeight = r.checkFull(ratios.get(0).points, ratios.get(0));
        List<Unit> gains = fullMarksBeside(Kind.RATIO);
        for (Unit c : r.unitsOf(Kind.CAP)) {
            ruleWeight = r.agree(ruleWeight, r.checkFull(c.points, c), c);
            r.span("cap", c.markStart, c.markEnd);
        }
        if (gains.size() > 1) {
            throw r.failOn(gains.get(1), "满分条件写了不止一处");
        }
        Optional<Quantity> target = Optional.empty();
        if (gains.size() == 1) {
            Unit g = gains.get(0);
            ruleWeight = r.agree(ruleWeight, r.checkFull(r.pointsOf(g), g), g);
            if (kind == Ratio.Kind.EXECUTION) {
                throw r.failOn(g, "执行率算法不需要另写满分条件");
            }
            target = Targets.of(r, g, kind == Ratio.Kind.PROPORTIONAL ? Comparison.AT_LEAST : Comparison.AT_MOST);
            r.span("full", g.markStart, g.markEnd);
        }
        ScoringRule rule = switch (kind) {
            case PROPORTIONAL -> new Proportional(target);
            case REVERSE -> new Reverse(target);
            case EXECUTION -> new ExecutionRate();
        };
        return r.done(rule, ruleWeight);
    }

    /**
     * "根据完成度得分", with the full-marks condition that gives the target. A condition that is a label,
     * not a number ("达到“优秀”得满分"), leaves only that grade computable.
     */
    Result proportional() {
        List<Unit> partials = r.unitsOf(Kind.PARTIAL);
        if (partials.size() > 1) {
            throw r.failOn(partials.get(1), "“按完成度得分”写了不止一处");
        }
        Unit partial = partials.get(0);
        List<Unit> gains = fullMarksBeside(Kind.PARTIAL);
        r.span("partial", partial.start(), partial.markEnd);
        checkCompanion(partial);
        Optional<Score> ruleWeight = r.weight;
        for (Unit c : r.unitsOf(Kind.CAP)) {
            ruleWeight = r.checkFull(c.points, c);
            r.span("cap", c.markStart, c.markEnd);
        }
        if (gains.isEmpty()) {
            return r.done(Proportional.ofIndicatorTarget(), ruleWeight);
        }
        if (gains.size() > 1) {
            throw r.failOn(gains.get(1), "满分条件写了不止一处");
        }
        Unit g = gains.get(0);
        ruleWeight = r.checkFull(r.pointsOf(g), g);
        r.span("full", g.markStart, g.markEnd);
        String cond = r.cond(g);
        if (Targets.named(cond) || cond.isEmpty() || Condition.range(cond).isPresent()) {
            return r.done(new Proportional(Targets.of(r, g, Comparison.AT_LEAST)), ruleWeight);
        }
        String label = Condition.label(cond);
        if (label == null) {
            throw r.failOn(g, "满分条件无法识别");
        }
        r.span("grade", g.condStart, g.condEnd);
        r.note("“" + label + "”不是数值，“" + r.src.originalText(partial.markStart, partial.markEnd)
                + "”无法计算：达到“" + label + "”得满分，其他结果需人工判断");
        if (ruleWeight.isEmpty() && g.points == null) {
            throw r.failOn(g, "“得满分”需要指标分值");
        }
        Score points = ruleWeight.orElseGet(() -> Score.of(g.points));
        GradedLabels grade = new GradedLabels(List.of(new GradedLabels.Grade(List.of(label), points)));
        return r.done(new GradeRules(r).aliased(grade), ruleWeight);
    }

    /** The units stating full marks beside the path's own kind; a scoring unit of any other kind is a second method. */
    private List<Unit> fullMarksBeside(Kind own) {
        List<Unit> gains = new ArrayList<>();
        for (Unit u : r.scoring()) {
            if (u.kind == Kind.GAIN || u.kind == Kind.FULL) {
                gains.add(u);
            } else if (u.kind != own) {
                throw r.failOn(u, "评分办法中混有其他计分方式");
            }
        }
        return gains;
    }

    /** The text before a ratio or "根据完成度得分" says when it applies: "未达到的", "超过的", or nothing. */
    private void checkCompanion(Unit u) {
        String c = r.cond(u);
        if (Scan.hasDigit(c)) {
            Optional<Condition.Range> range = Condition.range(c);
            if (range.isEmpty() || Condition.comparison(range.get()).isEmpty()) {
                throw r.failOn(u, "适用条件无法识别");
            }
        }
    }
}
