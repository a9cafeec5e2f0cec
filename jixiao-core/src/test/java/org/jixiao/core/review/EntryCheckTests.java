package org.jixiao.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Scorer;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.ShippedFrameworks;
import org.jixiao.core.funds.FundsBlock;
import org.jixiao.core.funds.FundsLine;
import org.junit.jupiter.api.Test;

/**
 * The findings a form shows while a self-evaluation is filled in, on Baotou's 教育三项改革资金
 * (examples/baotou-2024-sanxiang-gaige.tsv): complete it has none; each test takes one thing away
 * and expects exactly the one finding that says so.
 */
class EntryCheckTests {

    private static final Framework SANXIANG = ShippedFrameworks.get("baotou-2024-sanxiang-gaige");
    private static final String TITLE = "教育三项改革资金";
    private static final String COST_REASON = "项目资金于2024年年底下达，故未能支付，将于2025年度积极完成后续支付工作。";
    private static final String COST_JUDGEMENT = "资金年底下达，未发生支出，成本目标未实现，认定0分";

    private static FundsBlock funds(String sourceInitial, String sourceExecuted, String executed) {
        return new FundsBlock(FundsLine.wan("年度资金总额", "2.25", "34.25", executed), List.of(
                FundsLine.wan("其中：财政拨款", sourceInitial, "34.25", sourceExecuted),
                FundsLine.wan("上年结转资金", "", "", ""),
                FundsLine.wan("其他资金", "0", "0", "0")));
    }

    /** The example as entered, every row but the one {@code skip} names. */
    private static Evaluation.Builder example(String skip) {
        Evaluation.Builder b = Evaluation.of(SANXIANG).unit("包头市电化教育馆").funds(funds("2.25", "2.25", "2.25"));
        String[][] actuals = {{"1.1.1", "82.00"}, {"1.1.2", "174.00"}, {"1.1.3", "92.00"}, {"1.2.1", "99.00"},
            {"1.2.2", "99.00"}, {"1.3.1", "我单位 寒假 “名师 视界” 直播课 1-2 月 份已完 成 174 节播放 量"},
            {"1.3.2", "我单位 暑假 “名师 视界” 直播课 截止 7 月份已 完成 92 节播放 量"}, {"1.4.1", "0"}, {"1.4.2", "0"},
            {"2.1.1", "有效减 小"}, {"2.1.2", "有效减 少"}, {"2.2.1", "有效降 低"}, {"2.2.2", "显著提 高"}, {"3.1.1", "95.00"}};
        for (String[] a : actuals) {
            if (!a[0].equals(skip)) {
                b.actual(a[0], a[1]);
            }
        }
        if (!skip.equals("reason 1.1.3")) {
            b.deviationReason("1.1.3", "教研室根据假期长度合理安排的原因");
        }
        for (String code : List.of("1.4.1", "1.4.2")) {
            if (!skip.equals("judge " + code)) {
                b.judge(code, "0", COST_JUDGEMENT);
            }
            b.deviationReason(code, COST_REASON);
        }
        return b;
    }

    private static List<Finding> check(Evaluation evaluation) {
        return Reviewer.checkEntry(Scorer.score(SANXIANG, evaluation), evaluation);
    }

    private static List<String> summary(List<Finding> findings) {
        return findings.stream().map(f -> f.code() + " " + f.severity() + " " + f.row()).toList();
    }

    @Test
    void theCompleteExampleHasNoFindings() {
        Evaluation evaluation = example("").build();

        assertThat(Scorer.score(SANXIANG, evaluation).total()).hasToString("80.46");
        assertThat(check(evaluation)).isEmpty();
    }

    @Test
    void aValueNotYetEnteredIsAWarningOnItsRow() {
        List<Finding> findings = check(example("3.1.1").build());

        assertThat(summary(findings)).containsExactly("VALUE_MISSING WARNING 3.1.1");
        Finding f = findings.get(0);
        assertThat(f.table()).isEqualTo(TITLE);
        assertThat(f.message()).isEqualTo("“全市师生家长满意度”尚未填写实际完成值");
        assertThat(f.isError()).isFalse();
    }

    @Test
    void withoutFundsTheFundsRowIsMissing() {
        Evaluation e = example("").build();
        Evaluation noFunds = new Evaluation(e.frameworkId(), e.unit(), java.util.Optional.empty(), e.actuals(), e.judgements(),
                e.deviationReasons(), e.notApplicable(), e.reportedScores());

        assertThat(summary(check(noFunds))).containsExactly("VALUE_MISSING WARNING FUNDS");
    }

    @Test
    void aCostOfZeroNobodyJudgedIsAnErrorSayingWhy() {
        List<Finding> findings = check(example("judge 1.4.1").build());

        assertThat(summary(findings)).containsExactly("NEEDS_JUDGEMENT ERROR 1.4.1");
        // The rule's own reason, and that money was spent: 2.25 万元 executed.
        assertThat(findings.get(0).message()).startsWith("“同频互动设备端口服务费”评分规则无法自动判断，需人工认定得分并说明理由：")
                .contains("实际成本填为0，但项目全年执行数为2.25万元").contains("反向指标实际值为0");
        assertThat(findings.get(0).found()).isEqualTo("0");
    }

    @Test
    void aLabelTheRuleDoesNotKnowNeedsAJudgement() {
        List<Finding> findings = check(example("").actual("2.2.2", "还行吧").build());

        assertThat(summary(findings)).containsExactly("NEEDS_JUDGEMENT ERROR 2.2.2");
        assertThat(findings.get(0).found()).isEqualTo("还行吧");
    }

    @Test
    void aLostPointWithoutAReasonIsAnError() {
        List<Finding> findings = check(example("reason 1.1.3").build());

        // 5 × 92 ÷ 96 = 4.79… → 4.8 by this table's one-decimal rows: 0.2 lost.
        assertThat(summary(findings)).containsExactly("DEVIATION_REASON_MISSING ERROR 1.1.3");
        assertThat(findings.get(0).message()).isEqualTo("“暑假名师视界直播课节数”扣0.2分（分值5，得分4.8），请填写偏差原因分析及改进措施");
        assertThat(findings.get(0).expected()).isEqualTo("5");
        assertThat(findings.get(0).found()).isEqualTo("4.8");
    }

    @Test
    void sourcesThatDoNotAddUpAreAnErrorPerColumn() {
        // 财政拨款 2.00 against a total of 2.25 in 年初预算数 and 全年执行数; 34.25 = 34.25.
        List<Finding> findings = check(example("").funds(funds("2.00", "2.00", "2.25")).build());

        assertThat(summary(findings)).containsExactly("AMOUNT_SUM_MISMATCH ERROR FUNDS", "AMOUNT_SUM_MISMATCH ERROR FUNDS");
        assertThat(findings).extracting(Finding::location).containsExactly("年初预算数", "全年执行数");
        assertThat(findings.get(0).message()).isEqualTo("年度资金总额的年初预算数为2.25万元，各资金来源合计为2.00万元");
        assertThat(findings.get(0).expected()).isEqualTo("2.00");
        assertThat(findings.get(0).found()).isEqualTo("2.25");
    }

    @Test
    void moreExecutedThanBudgetedIsAWarning() {
        // 36 of 34.25 executed: 105.11 %; the sources say the same, so nothing else is found.
        List<Finding> findings = check(example("").funds(funds("2.25", "36", "36")).build());

        assertThat(summary(findings)).containsExactly("EXECUTION_OVER_BUDGET WARNING FUNDS");
        assertThat(findings.get(0).message()).isEqualTo("全年执行数36.00万元超过全年预算数34.25万元，执行率105.11%，请核实");
    }

    @Test
    void rowsThatDoNotApplyAreNotAskedFor() {
        assertThat(check(example("3.1.1").notApplicable("3.1.1", "本项目无服务对象满意度调查").build())).isEmpty();
    }

    @Test
    void aFreshEvaluationListsEveryRowAsMissingAndNothingElse() {
        Evaluation empty = Evaluation.of(SANXIANG).build();

        List<Finding> findings = check(empty);

        // FUNDS and the 14 indicators; nothing decided, so nothing lost and no reason asked for.
        assertThat(findings).hasSize(15).allMatch(f -> f.check() == Check.VALUE_MISSING && !f.isError());
        assertThat(findings.get(0).row()).isEqualTo("FUNDS");
    }
}
