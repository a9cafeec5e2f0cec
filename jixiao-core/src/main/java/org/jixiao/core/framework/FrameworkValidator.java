package org.jixiao.core.framework;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.core.framework.FrameworkProblem.Severity;
import org.jixiao.core.funds.AmountTable;
import org.jixiao.core.measure.TargetValue;
import org.jixiao.core.number.Amount;
import org.jixiao.core.number.Score;
import org.jixiao.core.rule.Bands;
import org.jixiao.core.rule.Checklist;
import org.jixiao.core.rule.GradedLabels;
import org.jixiao.core.rule.Proportional;
import org.jixiao.core.rule.Qualitative;
import org.jixiao.core.rule.Reverse;
import org.jixiao.core.rule.ScoringRule;
import org.jixiao.core.rule.Threshold;

/**
 * Checks a framework as a whole and reports every problem with its location: weights that do not
 * add up to the full mark or to their parent, rules that do not fit their indicator, duplicate codes,
 * amounts whose parts do not add up.
 */
public final class FrameworkValidator {

    private FrameworkValidator() {
    }

    public static List<FrameworkProblem> validate(Framework framework) {
        List<FrameworkProblem> problems = new ArrayList<>();
        new Check(framework, problems).run();
        return problems;
    }

    private record Check(Framework framework, List<FrameworkProblem> problems) {

        void run() {
            codes(framework.nodes(), new HashSet<>());
            if (framework.kind().isScored()) {
                fullMark();
            }
            for (Node node : framework.nodes()) {
                node(node, false);
            }
            amounts();
        }

        private void codes(List<Node> nodes, Set<String> seen) {
            for (Node node : nodes) {
                if (!seen.add(node.code())) {
                    error("DUPLICATE_CODE", node, "指标编码“" + node.code() + "”重复");
                }
                if (node instanceof Group group) {
                    codes(group.children(), seen);
                }
            }
        }

        private void fullMark() {
            Score base = Score.ZERO;
            boolean complete = true;
            for (Node node : framework.nodes()) {
                if (node instanceof Group group && group.isBonus()) {
                    continue;
                }
                Optional<Score> weight = node.weight().or(() -> node instanceof Group g ? g.childWeights() : Optional.empty());
                if (weight.isEmpty()) {
                    complete = false;
                    continue;
                }
                base = base.plus(weight.get());
            }
            if (complete && !base.equals(framework.fullMark())) {
                problems.add(new FrameworkProblem(Severity.ERROR, "WEIGHT_SUM", framework.source(), 0, "",
                        "一级指标分值之和为" + base + "，与满分" + framework.fullMark() + "不符"));
            }
        }

        private void node(Node node, boolean insideBonus) {
            if (node instanceof Group group) {
                if (group.isBonus() && insideBonus) {
                    error("BONUS_NESTED", group, "加减分项不能嵌套");
                }
                Optional<Score> children = group.childWeights();
                if (group.weight().isPresent() && children.isPresent() && !group.isBonus()
                        && !group.weight().get().equals(children.get())) {
                    error("CHILD_WEIGHT_SUM", group, "下级指标分值之和为" + children.get() + "，与本级分值" + group.weight().get() + "不符");
                }
                if (group.isBonus() && group.weight().isPresent() && !group.weight().get().equals(group.bonusCap().get())) {
                    error("BONUS_CAP", group, "加减分项分值" + group.weight().get() + "与上限" + group.bonusCap().get() + "不符");
                }
                if (group.children().isEmpty() && !framework.template()) {
                    problems.add(new FrameworkProblem(Severity.WARNING, "EMPTY_GROUP", framework.source(), group.line(),
                            group.code(), "“" + group.name() + "”下没有指标"));
                }
                for (Node child : group.children()) {
                    node(child, insideBonus || group.isBonus());
                }
                return;
            }
            indicator((Indicator) node, insideBonus);
        }

        private void indicator(Indicator indicator, boolean insideBonus) {
            ScoringRule rule = indicator.rule();
            if (framework.kind().isScored() && indicator.weight().isEmpty()) {
                error("WEIGHT_MISSING", indicator, "三级指标缺少分值");
            }
            if (rule.isBonusOrPenalty() && !insideBonus) {
                error("BONUS_OUTSIDE", indicator, "加分或减分规则只能用于加减分项（bonus-cap）之下");
            }
            boolean numericRule = rule instanceof Proportional || rule instanceof Reverse || rule instanceof Bands
                    || rule instanceof Threshold;
            if (numericRule && indicator.nature() == Nature.QUALITATIVE) {
                error("RULE_NATURE", indicator, "定性指标不能使用" + rule.kind() + "规则（需要数值）");
            }
            if (rule instanceof Qualitative && indicator.nature() == Nature.QUANTITATIVE) {
                error("RULE_NATURE", indicator, "定量指标不能使用定性分档规则");
            }
            if (rule instanceof Proportional && indicator.direction() == Direction.AT_MOST) {
                error("RULE_DIRECTION", indicator, "反向指标不能按正向完成度计分");
            }
            if (rule instanceof Reverse && indicator.direction() == Direction.AT_LEAST) {
                error("RULE_DIRECTION", indicator, "正向指标不能按反向规则计分");
            }
            boolean ownTarget = (rule instanceof Proportional p && p.target().isPresent())
                    || (rule instanceof Reverse r && r.target().isPresent())
                    || (rule instanceof Threshold t && t.target().isPresent());
            if (framework.kind().isScored() && (rule instanceof Proportional || rule instanceof Reverse || rule instanceof Threshold)
                    && !ownTarget && !(indicator.target() instanceof TargetValue.Numeric)) {
                error("TARGET_MISSING", indicator, "按数值计分的指标缺少数值型指标值");
            }
            indicator.weight().ifPresent(weight -> points(indicator, rule, weight));
        }

        private void points(Indicator indicator, ScoringRule rule, Score weight) {
            if (rule instanceof GradedLabels labels && labels.highest().isGreaterThan(weight)) {
                error("RULE_POINTS", indicator, "评分档次最高" + labels.highest() + "分，超过分值" + weight);
            }
            if (rule instanceof Bands bands) {
                for (Bands.Band band : bands.bands()) {
                    if (band.points().isGreaterThan(weight)) {
                        error("RULE_POINTS", indicator, "区间得分" + band.points() + "超过分值" + weight);
                    }
                }
            }
            if (rule instanceof Checklist checklist && !checklist.total().equals(weight)) {
                error("RULE_POINTS", indicator, "各条目分值之和为" + checklist.total() + "，与分值" + weight + "不符");
            }
        }

        private void amounts() {
            for (AmountTable table : framework.amounts()) {
                for (AmountTable.Mismatch m : table.mismatches()) {
                    problems.add(new FrameworkProblem(Severity.WARNING, "AMOUNT_SUM", framework.source(), m.row().line(),
                            m.row().label(), "金额表“" + table.name() + "”中“" + m.row().label() + "”的" + m.column() + "为"
                                    + m.stated().shown().toPlainString() + "，各分项合计为" + m.sumOfParts().shown().toPlainString()));
                }
            }
            List<AmountTable> tables = framework.amounts();
            for (int i = 0; i < tables.size(); i++) {
                for (int j = i + 1; j < tables.size(); j++) {
                    for (String column : tables.get(i).columns()) {
                        if (tables.get(j).columns().contains(column)) {
                            Amount a = tables.get(i).total(column);
                            Amount b = tables.get(j).total(column);
                            if (a.compareTo(b) != 0) {
                                problems.add(new FrameworkProblem(Severity.WARNING, "AMOUNT_BALANCE", framework.source(), 0, "",
                                        "“" + tables.get(i).name() + "”与“" + tables.get(j).name() + "”的" + column + "合计不等："
                                                + a.shown().toPlainString() + " ≠ " + b.shown().toPlainString()));
                            }
                        }
                    }
                }
            }
        }

        private void error(String code, Node node, String message) {
            problems.add(new FrameworkProblem(Severity.ERROR, code, framework.source(), node.line(), node.code(), message));
        }
    }
}
