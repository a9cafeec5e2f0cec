package org.jixiao.core.review.internal;

import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.RowScore;
import org.jixiao.core.measure.TargetValue;
import org.jixiao.core.measure.ValueText;
import org.jixiao.core.number.Amount;
import org.jixiao.core.number.Score;
import org.jixiao.core.review.Check;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.Severity;
import org.jixiao.core.rule.Reverse;
import org.jixiao.core.rule.RuleOutcome;

/**
 * The checks of one scored row of a published table against its rule: a missing score, a score
 * above the weight, a date outside the year, the reported score against the rule's, a lost point
 * without a reason. Shared by every kind of scored table.
 */
final class RowChecks {

    private final String title;
    private final int year;
    private final List<Finding> findings;
    private final boolean hasDeviationColumn;
    private final Optional<Amount> executed;

    /**
     * @param executed the project's executed funds, when known: a cost of 0 beside real spending is worth a warning
     */
    RowChecks(String title, int year, List<Finding> findings, boolean hasDeviationColumn, Optional<Amount> executed) {
        this.title = title;
        this.year = year;
        this.findings = findings;
        this.hasDeviationColumn = hasDeviationColumn;
        this.executed = executed;
    }

    /** The rule's score where it decides, else the reported one: what {@code recomputedTotal} adds up. */
    static Optional<Score> recomputed(RowScore row, String actualCell) {
        if (standardMet(row, actualCell)) {
            return row.indicator().weight();
        }
        return row.ruleScore().or(row::reported);
    }

    /**
     * The actual restates a worded standard value (标准值 "健全", 完成值 "健全") that the rule's own
     * grade names do not list: the target is met by definition of a standard value.
     */
    static boolean standardMet(RowScore row, String actualCell) {
        return row.outcome() instanceof RuleOutcome.NeedsJudgement undecided
                && undecided.reason() != RuleOutcome.Undecided.VALUE_MISSING
                && row.indicator().target() instanceof TargetValue.Label label
                && !row.indicator().rule().isBonusOrPenalty()
                && !ValueText.label(actualCell).isEmpty()
                && ValueText.label(actualCell).equals(ValueText.label(label.text()));
    }

    void row(RowScore row, int line, String reportedCell, String actualCell) {
        String name = row.indicator().name();
        Score weight = row.indicator().weightOrZero();
        Optional<Score> reported = row.reported();
        if (reported.isEmpty() && !weight.isZero()) {
            findings.add(Finding.of(Check.SCORE_MISSING, title, name, line, "“" + name + "”没有得分", "", ""));
        } else if (reported.isPresent() && reported.get().isGreaterThan(weight) && !row.indicator().rule().isBonusOrPenalty()) {
            findings.add(Finding.of(Check.SCORE_OVER_WEIGHT, title, name, line,
                    "得分" + reported.get() + "超过分值" + weight, weight.toString(), reported.get().toString()));
        }
        if (row.indicator().target() instanceof TargetValue.Dated dated && !dated.period().touchesYear(year)) {
            findings.add(Finding.of(Check.DATE_OUTSIDE_YEAR, title, name, line, "指标值“" + Cells.compact(dated.text())
                    + "”不在" + year + "年度内", String.valueOf(year), Cells.compact(dated.text())));
        }
        RuleOutcome outcome = row.outcome();
        if (standardMet(row, actualCell)) {
            if (reported.isPresent() && reported.get().isLessThan(weight)) {
                findings.add(Finding.of(Check.PARTIAL_SCORE_TARGET_MET, title, name, line,
                        "完成值与标准值一致（“" + Cells.compact(row.indicator().target().text()) + "”），目标已完成，却只得"
                                + reported.get() + "分（分值" + weight + "）", weight.toString(), reported.get().toString()));
            }
        } else if (outcome instanceof RuleOutcome.NeedsJudgement undecided) {
            undecided(row, undecided, reported, line);
        } else if (reported.isPresent()) {
            decided(row, reported.get(), reportedCell, line);
        }
        if (reported.isPresent() && reported.get().isLessThan(weight) && row.deviationReason().isBlank() && hasDeviationColumn) {
            findings.add(Finding.of(Check.DEVIATION_REASON_MISSING, title, name, line,
                    "扣" + weight.minus(reported.get()) + "分，但未填写偏差原因分析及改进措施", "", ""));
        }
    }

    private void decided(RowScore row, Score reported, String reportedCell, int line) {
        String name = row.indicator().name();
        Score weight = row.indicator().weightOrZero();
        Score exact = row.exact().orElseThrow();
        Score rule = row.ruleScore().orElseThrow();
        if (rule.equals(reported)) {
            return;
        }
        String because = ((RuleOutcome.Scored) row.outcome()).explanation();
        if (reported.equals(weight) && exact.isLessThan(weight)) {
            findings.add(Finding.of(Check.FULL_SCORE_TARGET_MISSED, title, name, line,
                    "未完成目标却得满分：" + because + "，应得" + rule + "分", rule.toString(), reported.toString()));
        } else if (reported.isLessThan(weight) && exact.equals(weight)) {
            findings.add(Finding.of(Check.PARTIAL_SCORE_TARGET_MET, title, name, line,
                    "已完成目标却未得满分：" + because, rule.toString(), reported.toString()));
        } else if (exact.points().setScale(Cells.decimalsOf(reportedCell), RoundingMode.HALF_UP).compareTo(reported.points()) == 0) {
            findings.add(Finding.of(Check.ROUNDING, title, name, line, "规则计算得" + exact.points().setScale(4, RoundingMode.HALF_UP)
                    .stripTrailingZeros().toPlainString() + "分，保留两位小数为" + rule + "分，表中保留" + Cells.decimalsOf(reportedCell)
                    + "位小数为" + reported + "分，仅为舍入差异", rule.toString(), reported.toString()));
        } else {
            findings.add(Finding.of(Check.SCORE_RULE_MISMATCH, title, name, line,
                    "得分" + reported + "与评分规则计算结果" + rule + "不符：" + because, rule.toString(), reported.toString()));
        }
    }

    private void undecided(RowScore row, RuleOutcome.NeedsJudgement undecided, Optional<Score> reported, int line) {
        String name = row.indicator().name();
        switch (undecided.reason()) {
            case VALUE_MISSING, TARGET_MISSING -> findings.add(Finding.of(Check.VALUE_MISSING, title, name, line,
                    undecided.message(), "", ""));
            default -> {
                Severity severity = Check.NEEDS_JUDGEMENT.severity();
                String message = undecided.message();
                if (row.indicator().rule() instanceof Reverse && undecided.reason() == RuleOutcome.Undecided.ZERO_ACTUAL
                        && executed.isPresent() && !executed.get().isZero() && reported.isPresent()
                        && reported.get().equals(row.indicator().weightOrZero())) {
                    // A cost of 0 while money was spent, scored full: worth a look, not just a note.
                    severity = Severity.WARNING;
                    message = "实际成本填为0，但项目全年执行数为" + executed.get().shown().toPlainString() + "万元，却得满分；" + message;
                }
                findings.add(new Finding(Check.NEEDS_JUDGEMENT, severity, title, name, "第" + line + "行",
                        message + (reported.isPresent() ? "（表中得分" + reported.get() + "）" : ""), "",
                        reported.map(Score::toString).orElse("")));
            }
        }
    }
}
