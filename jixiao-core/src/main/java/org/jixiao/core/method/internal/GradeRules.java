package org.jixiao.core.method.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.core.measure.Comparison;
import org.jixiao.core.measure.Quantity;
import org.jixiao.core.measure.TargetValue;
import org.jixiao.core.measure.ValueText;
import org.jixiao.core.method.internal.Reader.Result;
import org.jixiao.core.method.internal.Unit.Kind;
import org.jixiao.core.number.Score;
import org.jixiao.core.rule.Deadline;
import org.jixiao.core.rule.GradedLabels;
import org.jixiao.core.rule.ScoringRule;
import org.jixiao.core.rule.Threshold;
import org.jixiao.core.rule.YesNo;

/**
 * Texts that give points for conditions ("达到90%得2分", "评价为“规范”得2分"): this class tells a
 * deadline, a threshold, numbered items, bands and grades apart, and builds the grades (labels, yes/no).
 * Bands are {@link BandRules}.
 */
final class GradeRules {

    private static final List<String> OTHERWISE = List.of("否则", "其他情况", "其它情况", "其他", "其它", "其余情况", "其余");

    private static final List<String> TIME_WORDS = List.of("按时", "按期", "如期", "时限内", "期限内", "规定时间内", "规定时间",
            "规定时限", "规定日期", "及时完成", "限期内", "月底前", "月前", "日前", "年底前", "之前完成", "前完成");

    private final Reading r;

    GradeRules(Reading r) {
        this.r = r;
    }

    /**
     * Every scoring unit gives points for its condition: a deadline or threshold, numbered items,
     * numeric ranges (bands) or words (grades). Caps and floors have no place here.
     */
    Result build() {
        List<Unit> scoring = r.scoring();
        for (Unit c : r.unitsOf(Kind.CAP)) {
            throw r.failOn(c, "上限无法识别");
        }
        for (Unit f : r.unitsOf(Kind.FLOOR)) {
            throw r.failOn(f, "“扣完为止”前未写明扣分办法");
        }
        List<Unit> gains = scoring.stream().filter(u -> u.kind == Kind.GAIN || u.kind == Kind.FULL).toList();
        List<Unit> zeros = scoring.stream().filter(u -> u.kind == Kind.ZERO).toList();
        if (gains.isEmpty()) {
            throw r.failOn(zeros.get(0), "只写了不得分的情形");
        }
        if (gains.size() == 1) {
            Result allOrNothing = allOrNothing(gains.get(0), zeros);
            if (allOrNothing != null) {
                return allOrNothing;
            }
        }
        boolean allRanges = true;
        boolean allLabels = true;
        for (Unit u : scoring) {
            String c = r.cond(u);
            boolean isRange = Condition.range(c).isPresent();
            boolean isOther = otherwise(c);
            boolean isLabel = Condition.label(c) != null;
            allRanges &= isRange || (isOther && u == scoring.get(scoring.size() - 1)) || (u.kind == Kind.ZERO && negative(c)
                    && scoring.size() == 2);
            allLabels &= isLabel || isOther;
        }
        boolean someRange = scoring.stream().anyMatch(u -> Condition.range(r.cond(u)).isPresent());
        ChecklistRules checklist = new ChecklistRules(r);
        if (!(allRanges && someRange) && checklist.numberedItems(scoring)) {
            Result items = checklist.numberedChecklist(scoring, allLabels);
            if (items != null) {
                return items;
            }
        }
        if (allRanges && someRange) {
            return new BandRules(r).build(scoring);
        }
        if (allLabels) {
            return labels(scoring);
        }
        for (Unit u : scoring) {
            String c = r.cond(u);
            if (Condition.range(c).isEmpty() && Condition.label(c) == null && !otherwise(c)) {
                r.unknown(u);
            }
        }
        if (r.allUnderstood()) {
            r.unknown(scoring.get(0).condStart, scoring.get(scoring.size() - 1).markEnd);
            return r.manual("评分条件中数值区间与文字档次混用");
        }
        return r.manual("评分条件无法识别");
    }

    /**
     * One condition for full marks, the others saying it was not met: "按时完成得2分" is a deadline,
     * "达到90%得2分，未达到不得分" a threshold. Null when it is neither.
     */
    private Result allOrNothing(Unit g, List<Unit> zeros) {
        String cond = r.cond(g);
        boolean zerosNegative = zeros.stream().allMatch(z -> negative(r.cond(z)));
        if (timely(cond) && zerosNegative && cond.indexOf('"') < 0) {
            Optional<Score> w = r.checkFull(r.pointsOf(g), g);
            r.span("deadline", g.condStart, g.markEnd);
            zeros.forEach(z -> r.span("zero", z.condStart, z.markEnd));
            return r.done(new Deadline(), w);
        }
        if (!zeros.isEmpty() && zerosNegative && (Targets.named(cond) || atLeast(cond))) {
            Optional<Score> w = r.checkFull(r.pointsOf(g), g);
            Optional<Quantity> target = Targets.of(r, g, Comparison.AT_LEAST);
            r.span("full", g.markStart, g.markEnd);
            zeros.forEach(z -> r.span("zero", z.condStart, z.markEnd));
            return r.done(new Threshold(target), w);
        }
        return null;
    }

    /**
     * Words with points ("评价为“规范”得2分，“较规范”得1分"): graded labels, or yes/no when there are two
     * worth full marks and nothing.
     */
    private Result labels(List<Unit> scoring) {
        List<GradedLabels.Grade> grades = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        BigDecimal top = BigDecimal.ZERO;
        List<String> fullNames = null;
        for (Unit u : scoring) {
            String c = r.cond(u);
            if (otherwise(c)) {
                r.note("“" + r.src.originalText(u.condStart, u.markEnd) + "”：评分办法未列出的其他结果需人工确认");
                r.span("zero", u.condStart, u.markEnd);
                continue;
            }
            BigDecimal points = r.pointsOf(u);
            boolean full = points == null;
            if (full) {
                // "“有”得满分，“无”得0分" without a weight: only yes/no can be read.
                if (r.weight.isPresent() || scoring.size() != 2 || u != scoring.get(0)) {
                    throw r.fail("“得满分”需要指标分值");
                }
            }
            List<String> names = new ArrayList<>();
            for (String alt : alternatives(c)) {
                String label = Condition.label(alt);
                if (label == null) {
                    throw r.failOn(u, "档次名称无法识别");
                }
                if (!seen.add(ValueText.label(label))) {
                    throw r.failOn(u, "档次“" + label + "”写了不止一次");
                }
                names.add(label);
            }
            if (full) {
                fullNames = names;
                r.span("grade", u.condStart, u.markEnd);
                continue;
            }
            r.checkGradePoints(u, points);
            top = top.max(points);
            grades.add(new GradedLabels.Grade(names, Score.of(points)));
            r.span("grade", u.condStart, u.markEnd);
        }
        if (fullNames != null) {
            if (grades.size() != 1 || !grades.get(0).points().isZero()) {
                throw r.fail("“得满分”需要指标分值");
            }
            return r.done(aliased(new YesNo(fullNames, grades.get(0).names())), Optional.empty());
        }
        if (grades.isEmpty()) {
            throw r.fail("未写明档次");
        }
        Optional<Score> ruleWeight = r.gradedWeight(top);
        Score full = ruleWeight.get();
        boolean graded = r.t.contains("分档");
        if (!graded && grades.size() == 2) {
            GradedLabels.Grade a = grades.get(0);
            GradedLabels.Grade b = grades.get(1);
            if (a.points().equals(full) && b.points().isZero()) {
                return r.done(aliased(new YesNo(a.names(), b.names())), ruleWeight);
            }
        }
        return r.done(aliased(new GradedLabels(grades)), ruleWeight);
    }

    /** "“A”或“B”" names one grade twice. */
    private static List<String> alternatives(String c) {
        List<String> out = new ArrayList<>();
        int from = 0;
        int i = c.indexOf("\"或\"");
        while (i >= 0) {
            out.add(c.substring(from, i + 1));
            from = i + 2;
            i = c.indexOf("\"或\"", from);
        }
        out.add(c.substring(from));
        return out;
    }

    /**
     * The indicator's standard value names the grade that earns full marks: a target of 是, 有 or
     * 健全 is met by the top grade. It is added as another name of that grade (when no grade has the
     * name already), so "是" scores like "制度已执行". Only the top grade, and only when it is worth
     * the full weight.
     */
    ScoringRule aliased(ScoringRule rule) {
        if (!(r.ctx.target() instanceof TargetValue.Label label)) {
            return rule;
        }
        String alias = ValueText.label(label.label());
        if (alias.isEmpty() || Condition.label(alias) == null) {
            return rule;
        }
        if (rule instanceof YesNo y) {
            if (y.yes().contains(alias) || y.no().contains(alias)) {
                return rule;
            }
            List<String> yes = new ArrayList<>(y.yes());
            yes.add(alias);
            r.note("指标值“" + alias + "”视同满分档“" + y.yes().get(0) + "”");
            return new YesNo(yes, y.no());
        }
        if (rule instanceof GradedLabels g) {
            if (g.gradeOf(alias).isPresent() || r.weight.isEmpty()) {
                return rule;
            }
            GradedLabels.Grade top = null;
            for (GradedLabels.Grade grade : g.grades()) {
                if (grade.points().equals(r.weight.get())) {
                    if (top != null) {
                        return rule;
                    }
                    top = grade;
                }
            }
            if (top == null) {
                return rule;
            }
            List<GradedLabels.Grade> grades = new ArrayList<>();
            for (GradedLabels.Grade grade : g.grades()) {
                if (grade == top) {
                    List<String> names = new ArrayList<>(grade.names());
                    names.add(alias);
                    grades.add(new GradedLabels.Grade(names, grade.points()));
                } else {
                    grades.add(grade);
                }
            }
            r.note("指标值“" + alias + "”视同满分档“" + top.names().get(0) + "”");
            return new GradedLabels(grades);
        }
        return rule;
    }

    /** "否则", "其他情况": whatever the other conditions leave. */
    static boolean otherwise(String cond) {
        return OTHERWISE.contains(cond);
    }

    /** A condition saying the target was not met ("未完成", "逾期", "否则"), or none at all. */
    private static boolean negative(String cond) {
        if (cond.isEmpty() || otherwise(cond)) {
            return true;
        }
        return !Scan.hasDigit(cond) && (cond.startsWith("未") || cond.startsWith("没有") || cond.startsWith("达不到")
                || cond.startsWith("不足") || cond.startsWith("低于") || cond.startsWith("超过") || cond.startsWith("超出")
                || cond.startsWith("不能") || cond.startsWith("不满足") || cond.startsWith("逾期") || cond.startsWith("延期")
                || cond.startsWith("无"));
    }

    /** "按时完成", "规定时间内": the condition is a deadline. */
    private static boolean timely(String cond) {
        for (String w : TIME_WORDS) {
            if (cond.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** "达到90%", "90%以上": a range open upwards, its end included. */
    private static boolean atLeast(String cond) {
        Optional<Condition.Range> range = Condition.range(cond);
        return range.isPresent() && range.get().onlyLower() && range.get().lowerInclusive();
    }
}
