package org.jixiao.core.review.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.RowScore;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.funds.FundsBlock;
import org.jixiao.core.funds.FundsLine;
import org.jixiao.core.measure.Actual;
import org.jixiao.core.number.Amount;
import org.jixiao.core.number.MoneyUnit;
import org.jixiao.core.number.Score;
import org.jixiao.core.review.Check;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.Severity;
import org.jixiao.core.rule.Reverse;
import org.jixiao.core.rule.RuleOutcome;

/**
 * The findings on a self-evaluation while it is being filled in. Unlike a published table's review,
 * the question is "can this be submitted?": a row the rules cannot decide and nobody has, a lost point
 * without a reason, funds that do not add up are errors here (the table is not complete), whereas a
 * value not yet entered is only a warning (the user is still typing). Each finding names the
 * indicator by its code in {@code row}; {@code location} is empty, or the funds column concerned.
 */
public final class EntryChecks {

    private EntryChecks() {
    }

    public static List<Finding> check(ScoreSheet sheet, Evaluation evaluation) {
        String table = sheet.framework().title();
        List<Finding> findings = new ArrayList<>();
        Optional<FundsBlock> funds = evaluation.funds();
        for (RowScore row : sheet.rows()) {
            Indicator indicator = row.indicator();
            if (row.decision() == RowScore.Decision.NOT_APPLICABLE || row.decision() == RowScore.Decision.JUDGEMENT) {
                continue;
            }
            boolean entered = entered(indicator, evaluation);
            if (!entered) {
                findings.add(new Finding(Check.VALUE_MISSING, Severity.WARNING, table, indicator.code(), "",
                        indicator.isFundsRow() ? "尚未填写项目资金的全年预算数和全年执行数"
                                : "“" + indicator.name() + "”尚未填写实际完成值", "", ""));
            } else if (row.decision() == RowScore.Decision.PENDING) {
                findings.add(pending(table, row, evaluation));
            }
        }
        for (RowScore row : sheet.missingDeviationReasons()) {
            Score weight = row.indicator().weightOrZero();
            Score score = row.score().orElse(Score.ZERO);
            findings.add(new Finding(Check.DEVIATION_REASON_MISSING, Severity.ERROR, table, row.code(), "",
                    "“" + row.indicator().name() + "”扣" + row.lostPoints() + "分（分值" + weight + "，得分" + score
                            + "），请填写偏差原因分析及改进措施", weight.toString(), score.toString()));
        }
        funds.ifPresent(block -> funds(table, fundsCode(sheet), block, findings));
        return findings;
    }

    /** An actual is in the cell, or, for the funds row, the block states budget and execution. */
    private static boolean entered(Indicator indicator, Evaluation evaluation) {
        if (!(evaluation.actual(indicator.code()) instanceof Actual.Missing)) {
            return true;
        }
        if (!indicator.isFundsRow() || evaluation.funds().isEmpty()) {
            return false;
        }
        FundsLine total = evaluation.funds().get().total();
        return total.adjustedBudget().isPresent() && total.executed().isPresent();
    }

    private static Finding pending(String table, RowScore row, Evaluation evaluation) {
        Indicator indicator = row.indicator();
        String why = row.outcome() instanceof RuleOutcome.NeedsJudgement undecided ? undecided.message() : "";
        if (indicator.rule() instanceof Reverse && row.outcome() instanceof RuleOutcome.NeedsJudgement undecided
                && undecided.reason() == RuleOutcome.Undecided.ZERO_ACTUAL) {
            Optional<Amount> executed = evaluation.funds().flatMap(f -> f.total().executed()).filter(a -> !a.isZero());
            if (executed.isPresent()) {
                // The same hint the review gives a published table: a cost of 0 beside real spending.
                why = "实际成本填为0，但项目全年执行数为" + wan(executed.get()) + "万元；" + why;
            }
        }
        String found = evaluation.actual(indicator.code()) instanceof Actual.Reading reading ? reading.text() : "";
        return new Finding(Check.NEEDS_JUDGEMENT, Severity.ERROR, table, indicator.code(), "",
                "“" + indicator.name() + "”评分规则无法自动判断，需人工认定得分并说明理由" + (why.isBlank() ? "" : "：" + why),
                "", found);
    }

    /** An amount as the form shows it: in 万元, two decimals. */
    private static String wan(Amount amount) {
        return amount.in(MoneyUnit.WAN_YUAN).shown().toPlainString();
    }

    private static String fundsCode(ScoreSheet sheet) {
        return sheet.rows().stream().map(RowScore::indicator).filter(Indicator::isFundsRow).map(Indicator::code)
                .findFirst().orElse("FUNDS");
    }

    /** Sources that do not add up to the total (an error), and more executed than budgeted (worth a look). */
    private static void funds(String table, String code, FundsBlock block, List<Finding> findings) {
        for (FundsBlock.Mismatch m : block.mismatches()) {
            String stated = wan(m.stated());
            String sum = wan(m.sumOfSources());
            findings.add(new Finding(Check.AMOUNT_SUM_MISMATCH, Severity.ERROR, table, code, m.column(),
                    "年度资金总额的" + m.column() + "为" + stated + "万元，各资金来源合计为" + sum + "万元", sum, stated));
        }
        FundsLine total = block.total();
        if (total.adjustedBudget().isPresent() && total.executed().isPresent()
                && total.executed().get().compareTo(total.adjustedBudget().get()) > 0) {
            String budget = wan(total.adjustedBudget().get());
            String executed = wan(total.executed().get());
            String rate = block.executionRate().map(r -> "，执行率" + r).orElse("");
            findings.add(new Finding(Check.EXECUTION_OVER_BUDGET, Severity.WARNING, table, code, "全年执行数",
                    "全年执行数" + executed + "万元超过全年预算数" + budget + "万元" + rate + "，请核实", budget, executed));
        }
    }
}
