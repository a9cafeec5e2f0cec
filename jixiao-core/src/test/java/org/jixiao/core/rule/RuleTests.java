package org.jixiao.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.measure.Actual;
import org.jixiao.core.measure.Quantity;
import org.jixiao.core.measure.ValueText;
import org.jixiao.core.number.Amount;
import org.jixiao.core.number.Score;
import org.jixiao.core.rule.RuleOutcome.NeedsJudgement;
import org.jixiao.core.rule.RuleOutcome.Scored;
import org.jixiao.core.rule.RuleOutcome.Undecided;
import org.junit.jupiter.api.Test;

/**
 * Every rule kind, decided and undecided, with exact scores (34 significant digits where a ratio
 * does not terminate) and the reason code when a person must decide.
 */
class RuleTests {

    // ---- helpers ------------------------------------------------------------------------------

    private static RuleOutcome apply(ScoringRule rule, String weight, String target, Actual actual) {
        return rule.apply(new RuleInput(Score.of(weight), ValueText.target(target), actual));
    }

    private static RuleOutcome apply(ScoringRule rule, String weight, String target, String actualCell) {
        return apply(rule, weight, target, Actual.of(actualCell));
    }

    private static Score score(RuleOutcome outcome) {
        assertThat(outcome).isInstanceOf(Scored.class);
        return ((Scored) outcome).score();
    }

    private static NeedsJudgement undecided(RuleOutcome outcome) {
        assertThat(outcome).isInstanceOf(NeedsJudgement.class);
        return (NeedsJudgement) outcome;
    }

    private static Undecided reason(RuleOutcome outcome) {
        return undecided(outcome).reason();
    }

    private static Actual.Count count(long n) {
        return new Actual.Count(BigDecimal.valueOf(n));
    }

    // ---- Proportional (正向: 实际值/指标值×分值, capped) ---------------------------------------

    @Test
    void proportionalMetEarnsTheWeight() {
        // 98 % ≥ 90 %
        assertThat(score(apply(Proportional.ofIndicatorTarget(), "2", "≥90%", "98%"))).isEqualTo(Score.of(2));
        assertThat(score(apply(Proportional.ofIndicatorTarget(), "2", "≥90%", "90%"))).isEqualTo(Score.of(2));
    }

    @Test
    void proportionalPartialIsWeightTimesActualOverTarget() {
        RuleOutcome outcome = apply(Proportional.ofIndicatorTarget(), "2", "≥90%", "88%");

        // 2 × 88 ÷ 90 = 1.9555… (34 significant digits), 1.96 at two decimals
        assertThat(score(outcome)).isEqualTo(Score.of("1.955555555555555555555555555555556"));
        assertThat(score(outcome).points().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("1.96");
        assertThat(((Scored) outcome).explanation()).isEqualTo("实际值88%未达到指标值90%，按完成度得分：2×88÷90");
    }

    @Test
    void proportionalConvertsTheActualIntoTheTargetsUnit() {
        RuleOutcome outcome = apply(Proportional.ofIndicatorTarget(), "5", "≥3万人次", "27000人次");

        // 27 000 人次 = 2.7 万人次 → 5 × 2.7 ÷ 3 = 4.5
        assertThat(score(outcome)).isEqualTo(Score.of("4.5"));
        assertThat(((Scored) outcome).explanation()).isEqualTo("实际值27000人次未达到指标值3万人次，按完成度得分：5×2.7÷3");
        // 3.3 万人次 ≥ 3 万人次
        assertThat(score(apply(Proportional.ofIndicatorTarget(), "5", "≥3万人次", "3.3万人次"))).isEqualTo(Score.of(5));
    }

    @Test
    void proportionalWithItsOwnTargetIgnoresTheIndicatorsLabel() {
        Proportional rule = new Proportional(Optional.of(Quantity.of("90", "%")));

        // 2 × 45 ÷ 90 = 1
        assertThat(score(apply(rule, "2", "有效", "45%"))).isEqualTo(Score.of(1));
    }

    @Test
    void proportionalUndecided() {
        Proportional rule = Proportional.ofIndicatorTarget();

        assertThat(reason(apply(rule, "2", "0", "88%"))).isEqualTo(Undecided.TARGET_ZERO);
        assertThat(reason(apply(rule, "2", "≥90%", "88个"))).isEqualTo(Undecided.UNITS_DIFFER);
        assertThat(undecided(apply(rule, "2", "≥90%", "88个")).message()).isEqualTo("实际值单位“个”与指标值单位“%”不一致");
        assertThat(reason(apply(rule, "2", "≥90%", "基本完成"))).isEqualTo(Undecided.NOT_A_VALUE);
        assertThat(reason(apply(rule, "2", "≥90%", ""))).isEqualTo(Undecided.VALUE_MISSING);
        assertThat(reason(apply(rule, "2", "有效", "88%"))).isEqualTo(Undecided.TARGET_MISSING);
    }

    // ---- Reverse (反向: 指标值/实际值×分值, capped) -------------------------------------------

    @Test
    void reverseAtOrBelowTheTargetEarnsTheWeight() {
        assertThat(score(apply(Reverse.ofIndicatorTarget(), "8", "≤20万元", "19.35"))).isEqualTo(Score.of(8));
        assertThat(score(apply(Reverse.ofIndicatorTarget(), "8", "≤20万元", "20万元"))).isEqualTo(Score.of(8));
    }

    @Test
    void reverseAboveTheTargetIsWeightTimesTargetOverActual() {
        // 8 × 20 ÷ 25 = 6.4
        assertThat(score(apply(Reverse.ofIndicatorTarget(), "8", "≤20万元", "25"))).isEqualTo(Score.of("6.4"));
        // 240 000 元 = 24 万元 → 8 × 20 ÷ 24 = 6.666…
        RuleOutcome outcome = apply(Reverse.ofIndicatorTarget(), "8", "≤20万元", "240000元");
        assertThat(score(outcome)).isEqualTo(Score.of("6.666666666666666666666666666666666"));
        assertThat(((Scored) outcome).explanation()).isEqualTo("实际值240000元超过指标值20万元，得分：8×20÷24");
    }

    @Test
    void reverseWithZeroActualIsNotGuessed() {
        assertThat(reason(apply(Reverse.ofIndicatorTarget(), "8", "≤20万元", "0"))).isEqualTo(Undecided.ZERO_ACTUAL);
        // "无" states zero as well
        assertThat(reason(apply(Reverse.ofIndicatorTarget(), "8", "≤20万元", "无"))).isEqualTo(Undecided.ZERO_ACTUAL);
        assertThat(reason(apply(Reverse.ofIndicatorTarget(), "8", "≤20万元", "-1"))).isEqualTo(Undecided.NOT_A_VALUE);
        assertThat(reason(apply(Reverse.ofIndicatorTarget(), "8", "≤20万元", ""))).isEqualTo(Undecided.VALUE_MISSING);
    }

    // ---- ExecutionRate (全年执行数/全年预算数×分值) ---------------------------------------------

    @Test
    void executionRateIsWeightTimesExecutedOverBudget() {
        RuleOutcome outcome = apply(new ExecutionRate(), "10", "", new Actual.Executed(Amount.wan("20"), Amount.wan("19.35")));

        // 19.35 ÷ 20 = 96.75 % → 10 × 0.9675 = 9.675
        assertThat(score(outcome)).isEqualTo(Score.of("9.675"));
        assertThat(((Scored) outcome).explanation()).isEqualTo("执行率96.75%，得分：10×96.75%");
    }

    @Test
    void executionRateConvertsYuanAndAcceptsTheRateItself() {
        // 193 500 元 = 19.35 万元
        assertThat(score(apply(new ExecutionRate(), "10", "", new Actual.Executed(Amount.wan("20"), Amount.yuan("193500")))))
                .isEqualTo(Score.of("9.675"));
        assertThat(score(apply(new ExecutionRate(), "10", "", "96.75%"))).isEqualTo(Score.of("9.675"));
    }

    @Test
    void overExecutionIsCappedAtTheWeight() {
        // 21 ÷ 20 = 105 % → capped at 100 %
        assertThat(score(apply(new ExecutionRate(), "10", "", new Actual.Executed(Amount.wan("20"), Amount.wan("21")))))
                .isEqualTo(Score.of(10));
    }

    @Test
    void executionRateUndecided() {
        assertThat(reason(apply(new ExecutionRate(), "10", "", new Actual.Executed(Amount.wan("0"), Amount.wan("0")))))
                .isEqualTo(Undecided.TARGET_ZERO);
        assertThat(reason(apply(new ExecutionRate(), "10", "", ""))).isEqualTo(Undecided.VALUE_MISSING);
        assertThat(reason(apply(new ExecutionRate(), "10", "", "基本执行"))).isEqualTo(Undecided.NOT_A_VALUE);
    }

    // ---- Threshold (达到得满分，未达到不得分) ----------------------------------------------------

    @Test
    void thresholdEqual() {
        assertThat(score(apply(Threshold.ofIndicatorTarget(), "1", "=1份", "1份"))).isEqualTo(Score.of(1));
        assertThat(score(apply(Threshold.ofIndicatorTarget(), "1", "=1份", "2份"))).isEqualTo(Score.ZERO);
        assertThat(score(apply(Threshold.ofIndicatorTarget(), "1", "=1份", "0"))).isEqualTo(Score.ZERO);
    }

    @Test
    void thresholdAtMostAndLessThan() {
        assertThat(score(apply(Threshold.ofIndicatorTarget(), "2", "≤5次", "5次"))).isEqualTo(Score.of(2));
        assertThat(score(apply(Threshold.ofIndicatorTarget(), "2", "≤5次", "6次"))).isEqualTo(Score.ZERO);
        // 5 is not less than 5
        assertThat(score(apply(Threshold.ofIndicatorTarget(), "2", "小于5次", "5次"))).isEqualTo(Score.ZERO);
        assertThat(score(apply(Threshold.ofIndicatorTarget(), "2", "小于5次", "4次"))).isEqualTo(Score.of(2));
    }

    @Test
    void thresholdWithItsOwnTargetIsAtLeast() {
        Threshold rule = new Threshold(Optional.of(Quantity.of("90", "%")));

        assertThat(score(apply(rule, "2", "≤5次", "95%"))).isEqualTo(Score.of(2));
        assertThat(score(apply(rule, "2", "≤5次", "89%"))).isEqualTo(Score.ZERO);
        assertThat(reason(apply(rule, "2", "≤5次", "合格"))).isEqualTo(Undecided.NOT_A_VALUE);
    }

    // ---- GradedLabels (规范 / 较规范 / 不规范) ---------------------------------------------------

    private static final GradedLabels NORMS = new GradedLabels(List.of(
            GradedLabels.Grade.of("规范", "2"), GradedLabels.Grade.of("较规范", "1"), GradedLabels.Grade.of("不规范", "0")));

    @Test
    void gradedLabels() {
        assertThat(score(apply(NORMS, "2", "规范", "规范"))).isEqualTo(Score.of(2));
        // OCR split the word
        assertThat(score(apply(NORMS, "2", "规范", "较规 范"))).isEqualTo(Score.of(1));
        assertThat(score(apply(NORMS, "2", "规范", "“不规范”"))).isEqualTo(Score.ZERO);
    }

    @Test
    void aGradeWithSeveralNames() {
        GradedLabels rule = new GradedLabels(List.of(
                new GradedLabels.Grade(List.of("制度已执行", "已执行", "是"), Score.of(1)),
                GradedLabels.Grade.of("未充分执行", "0.5"),
                new GradedLabels.Grade(List.of("未执行", "否"), Score.ZERO)));

        assertThat(score(apply(rule, "1", "", "是"))).isEqualTo(Score.of(1));
        assertThat(score(apply(rule, "1", "", "未充分执行"))).isEqualTo(Score.of("0.5"));
        assertThat(score(apply(rule, "1", "", "否"))).isEqualTo(Score.ZERO);
    }

    @Test
    void gradedLabelsUndecided() {
        NeedsJudgement unknown = undecided(apply(NORMS, "2", "规范", "一般"));

        assertThat(unknown.reason()).isEqualTo(Undecided.UNKNOWN_LABEL);
        assertThat(unknown.message()).isEqualTo("评价结果“一般”不在评分办法所列档次（规范、较规范、不规范）之中，需人工判断");
        assertThat(reason(apply(NORMS, "2", "规范", ""))).isEqualTo(Undecided.VALUE_MISSING);
    }

    // ---- YesNo (有得满分，无不得分) ------------------------------------------------------------

    @Test
    void yesNoOwnWords() {
        YesNo rule = new YesNo(List.of("已公开"), List.of("未公开"));

        assertThat(score(apply(rule, "1", "", "已公开"))).isEqualTo(Score.of(1));
        assertThat(score(apply(rule, "1", "", "未 公开"))).isEqualTo(Score.ZERO);
    }

    @Test
    void yesNoGenericWords() {
        YesNo rule = YesNo.of("不超支", "超支");

        assertThat(score(apply(rule, "2", "", "是"))).isEqualTo(Score.of(2));
        assertThat(score(apply(rule, "2", "", "有"))).isEqualTo(Score.of(2));
        assertThat(score(apply(rule, "2", "", "否"))).isEqualTo(Score.ZERO);
        assertThat(score(apply(rule, "2", "", "无"))).isEqualTo(Score.ZERO);
        assertThat(((Scored) apply(rule, "2", "", "否")).explanation()).isEqualTo("“否”视同“超支”，不得分");
    }

    @Test
    void yesNoUnknown() {
        NeedsJudgement outcome = undecided(apply(YesNo.of("不超支", "超支"), "2", "", "不清楚"));

        assertThat(outcome.reason()).isEqualTo(Undecided.UNKNOWN_LABEL);
        assertThat(outcome.message()).isEqualTo("“不清楚”既不是“不超支”也不是“超支”，需人工判断");
        assertThat(reason(apply(YesNo.of("不超支", "超支"), "2", "", ""))).isEqualTo(Undecided.VALUE_MISSING);
    }

    // ---- Bands (编外人员控制率: <5% 得1分，5%≤比率≤10% 得0.5分，>10% 得0分) ---------------------

    private static final Bands STAFF_CONTROL = new Bands(List.of(
            new Bands.Band(Optional.empty(), false, Optional.of(new BigDecimal("5")), false, Score.of(1)),
            new Bands.Band(Optional.of(new BigDecimal("5")), true, Optional.of(new BigDecimal("10")), true, Score.of("0.5")),
            new Bands.Band(Optional.of(new BigDecimal("10")), false, Optional.empty(), false, Score.ZERO)));

    @Test
    void bandsWithBoundaries() {
        assertThat(score(apply(STAFF_CONTROL, "1", "", "0"))).isEqualTo(Score.of(1));
        assertThat(score(apply(STAFF_CONTROL, "1", "", "4.99%"))).isEqualTo(Score.of(1));
        // 5 exactly: in [5,10], not in (,5)
        assertThat(score(apply(STAFF_CONTROL, "1", "", "5%"))).isEqualTo(Score.of("0.5"));
        assertThat(score(apply(STAFF_CONTROL, "1", "", "7%"))).isEqualTo(Score.of("0.5"));
        // 10 exactly: in [5,10], not in (10,)
        assertThat(score(apply(STAFF_CONTROL, "1", "", "10%"))).isEqualTo(Score.of("0.5"));
        assertThat(score(apply(STAFF_CONTROL, "1", "", "10.01%"))).isEqualTo(Score.ZERO);
    }

    @Test
    void bandsUndecided() {
        Bands gap = new Bands(List.of(
                new Bands.Band(Optional.of(new BigDecimal("60")), true, Optional.of(new BigDecimal("75")), false, Score.of("0.4")),
                new Bands.Band(Optional.empty(), false, Optional.of(new BigDecimal("60")), false, Score.ZERO)));

        assertThat(reason(apply(gap, "1", "", "80"))).isEqualTo(Undecided.OUT_OF_BANDS);
        assertThat(reason(apply(STAFF_CONTROL, "1", "", "较低"))).isEqualTo(Undecided.NOT_A_VALUE);
        assertThat(reason(apply(STAFF_CONTROL, "1", "", ""))).isEqualTo(Undecided.VALUE_MISSING);
    }

    @Test
    void aBandAboveTheWeightIsCappedAndABackwardsBandRejected() {
        assertThat(score(apply(STAFF_CONTROL, "0.8", "", "3%"))).isEqualTo(Score.of("0.8"));
        assertThatThrownBy(() -> new Bands.Band(Optional.of(BigDecimal.TEN), true, Optional.of(BigDecimal.ONE), true, Score.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- Checklist (1. …（2分）；2. …（2分）；3. …（1分）) --------------------------------------

    private static final Checklist THREE_ITEMS = new Checklist(List.of(
            new Checklist.Item("预算编制符合本部门职责", Score.of(2)),
            new Checklist.Item("资金合理分配", Score.of(2)),
            new Checklist.Item("细化程度合理", Score.of(1))));

    @Test
    void checklistByItemNumbers() {
        // 2 + 2 + 1
        assertThat(score(apply(THREE_ITEMS, "5", "", "全部"))).isEqualTo(Score.of(5));
        // 2 + 2
        assertThat(score(apply(THREE_ITEMS, "5", "", "1,2"))).isEqualTo(Score.of(4));
        // 2 + 1
        assertThat(score(apply(THREE_ITEMS, "5", "", "1、3"))).isEqualTo(Score.of(3));
        assertThat(score(apply(THREE_ITEMS, "5", "", "1，3"))).isEqualTo(Score.of(3));
        assertThat(score(apply(THREE_ITEMS, "5", "", "无"))).isEqualTo(Score.ZERO);
        assertThat(((Scored) apply(THREE_ITEMS, "5", "", "1、3")).explanation()).isEqualTo("逐条计分：2＋0＋1＝3");
    }

    @Test
    void checklistPartialCreditIsCappedPerItem() {
        Actual earned = new Actual.Checklist(Map.of(
                1, new BigDecimal("1.5"), 2, new BigDecimal("5"), 3, new BigDecimal("-1")));

        // 1.5 + min(5, 2) + max(-1, 0) = 3.5
        assertThat(score(apply(THREE_ITEMS, "5", "", earned))).isEqualTo(Score.of("3.5"));
    }

    @Test
    void checklistGarbageIsUndecided() {
        assertThat(reason(apply(THREE_ITEMS, "5", "", "基本符合"))).isEqualTo(Undecided.NOT_A_VALUE);
        assertThat(reason(apply(THREE_ITEMS, "5", "", "第一条"))).isEqualTo(Undecided.NOT_A_VALUE);
        assertThat(undecided(apply(THREE_ITEMS, "5", "", "基本符合")).message())
                .isEqualTo("“基本符合”未列明满足的条目编号（如“1,2,3”或“全部”）");
        assertThat(reason(apply(THREE_ITEMS, "5", "", ""))).isEqualTo(Undecided.VALUE_MISSING);
    }

    // ---- Deduction (一项重点工作没有完成扣4分，扣完为止) -------------------------------------------

    @Test
    void deductionPerEvent() {
        Deduction rule = Deduction.perEvent(Score.of(4));

        assertThat(score(apply(rule, "8", "", count(0)))).isEqualTo(Score.of(8));
        // 8 − 4
        assertThat(score(apply(rule, "8", "", count(1)))).isEqualTo(Score.of(4));
        // 8 − 12, never below 0
        assertThat(score(apply(rule, "8", "", count(3)))).isEqualTo(Score.ZERO);
        assertThat(score(apply(rule, "8", "", "1项"))).isEqualTo(Score.of(4));
        assertThat(score(apply(rule, "8", "", "无"))).isEqualTo(Score.of(8));
        assertThat(reason(apply(rule, "8", "", "基本完成"))).isEqualTo(Undecided.NOT_A_VALUE);
    }

    @Test
    void deductionAboveAnAllowance() {
        // 超出10%的，超出一个百分点扣0.1分
        Deduction rule = new Deduction(Score.of("0.1"), BigDecimal.TEN);

        // 12.5 − 10 = 2.5 points over → 1 − 0.1 × 2.5 = 0.75
        assertThat(score(apply(rule, "1", "≤10%", "12.5%"))).isEqualTo(Score.of("0.75"));
        assertThat(score(apply(rule, "1", "≤10%", "8%"))).isEqualTo(Score.of(1));
        // 1 − 0.1 × 15 < 0 → 0
        assertThat(score(apply(rule, "1", "≤10%", "25%"))).isEqualTo(Score.ZERO);
    }

    @Test
    void aDeductionMustTakePoints() {
        assertThatThrownBy(() -> Deduction.perEvent(Score.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Deduction.perEvent(Score.of(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- Formula (深圳 预算执行率) ----------------------------------------------------------------

    private static final String SHENZHEN = "q1/25 + q2/50 + q3/75 + q4/100 + (q1/25 + q2/50 + q3/75 + q4/100) / 4 * 2";

    private static Actual.Variables quarters(String q1, String q2, String q3, String q4) {
        return new Actual.Variables(Map.of("q1", new BigDecimal(q1), "q2", new BigDecimal(q2),
                "q3", new BigDecimal(q3), "q4", new BigDecimal(q4)));
    }

    @Test
    void shenzhenBudgetExecutionFormula() {
        Formula rule = new Formula(SHENZHEN);

        Score result = score(apply(rule, "6", "", quarters("7.73", "38.09", "72.71", "97.29")));

        // 7.73/25 + 38.09/50 + 72.71/75 + 97.29/100 = 0.3092 + 0.7618 + 0.969466… + 0.9729 = 3.013366…
        // 3.013366… + 3.013366… ÷ 4 × 2 = 3.013366… × 1.5 = 4.52005
        assertThat(result.points().setScale(5, RoundingMode.HALF_UP)).isEqualByComparingTo("4.52005");
        assertThat(result.points().setScale(20, RoundingMode.HALF_UP)).isEqualByComparingTo("4.52005");
        assertThat(rule.variables()).containsExactly("q1", "q2", "q3", "q4");
    }

    @Test
    void formulaResultIsKeptWithinTheWeight() {
        Formula rule = new Formula("done / planned * weight");

        // 5 ÷ 6 × 6 = 5
        assertThat(score(apply(rule, "6", "", new Actual.Variables(Map.of("done", BigDecimal.valueOf(5), "planned", BigDecimal.valueOf(6))))))
                .isEqualTo(Score.of(5));
        // 7 ÷ 6 × 6 = 7 → 6
        assertThat(score(apply(rule, "6", "", new Actual.Variables(Map.of("done", BigDecimal.valueOf(7), "planned", BigDecimal.valueOf(6))))))
                .isEqualTo(Score.of(6));
        assertThat(reason(apply(rule, "6", "", new Actual.Variables(Map.of("done", BigDecimal.valueOf(5), "planned", BigDecimal.ZERO)))))
                .isEqualTo(Undecided.FORMULA_ERROR);
    }

    @Test
    void formulaWithAMissingVariable() {
        NeedsJudgement outcome = undecided(apply(new Formula(SHENZHEN), "6", "",
                new Actual.Variables(Map.of("q1", new BigDecimal("7.73"), "q2", new BigDecimal("38.09"), "q3", new BigDecimal("72.71")))));

        assertThat(outcome.reason()).isEqualTo(Undecided.VALUE_MISSING);
        assertThat(outcome.message()).isEqualTo("缺少公式输入：q4");
        assertThat(reason(apply(new Formula(SHENZHEN), "6", "", ""))).isEqualTo(Undecided.VALUE_MISSING);
        // four inputs cannot come from one cell
        assertThat(reason(apply(new Formula(SHENZHEN), "6", "", "97.29"))).isEqualTo(Undecided.NOT_A_VALUE);
    }

    @Test
    void aOneVariableFormulaReadsTheCell() {
        // 96.75 ÷ 100 × 10 = 9.675
        assertThat(score(apply(new Formula("rate / 100 * weight"), "10", "", "96.75%"))).isEqualTo(Score.of("9.675"));
    }

    @Test
    void invalidExpressionsAreRejectedAtConstruction() {
        assertThatThrownBy(() -> new Formula("q1 +")).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("公式无法解析：q1 +");
        assertThatThrownBy(() -> new Formula("(q1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Formula("q1 * * 2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Formula("")).isInstanceOf(IllegalArgumentException.class).hasMessage("公式为空");
        assertThatThrownBy(() -> new Formula("q1+".repeat(400) + "1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("公式超过1000个字符");
    }

    @Test
    void onlyTheFunctionsAScoringFormulaNeedsAreAvailable() {
        // FACT(100000) or ROUND(x, 999999999) would run for minutes or fill the heap.
        for (String attempt : List.of("FACT(100000)", "ROUND(a, 999999999)", "SQRT(a)", "STR_UPPER(a)", "DT_NOW()")) {
            assertThatThrownBy(() -> new Formula(attempt)).as(attempt).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(score(apply(new Formula("MIN(a, weight) + MAX(0, ABS(-1)) - 1 + IF(a > 1, 0, 0)"), "6", "", "5"))).isEqualTo(Score.of(5));
    }

    @Test
    void expressionsThatReachForJavaAreRejectedAndNeverRun() {
        for (String attempt : List.of(
                "java.lang.System.exit(0)",
                "x.getClass()",
                "Runtime.getRuntime().exec(\"ls\")",
                "T(java.lang.Runtime).getRuntime()",
                "exit(0)",
                "x[0]")) {
            assertThatThrownBy(() -> new Formula(attempt)).as(attempt)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("公式无法解析：");
        }
        // A class name as a string literal is only text: it parses, evaluates to text, and is not a score.
        assertThat(reason(apply(new Formula("\"java.lang.Runtime\""), "6", "", new Actual.Variables(Map.of()))))
                .isEqualTo(Undecided.FORMULA_ERROR);
    }

    // ---- BonusPenalty (加分项 / 减分项) -----------------------------------------------------------

    private static final BonusPenalty AWARDS = new BonusPenalty(List.of(
            new BonusPenalty.Item("国务院嘉奖", Score.of(3)),
            new BonusPenalty.Item("省级嘉奖", Score.of(2)),
            new BonusPenalty.Item("市级考核一等奖", Score.of(1)),
            new BonusPenalty.Item("市级考核二等奖", Score.of("0.5"))), Score.of(5), false);

    @Test
    void bonusAddsTheListedItems() {
        // 3 + 2
        assertThat(score(apply(AWARDS, "5", "", new Actual.Items(List.of("国务院嘉奖", "省级嘉奖"))))).isEqualTo(Score.of(5));
        // 3 + 0.5, written in one cell
        assertThat(score(apply(AWARDS, "5", "", "国务院嘉奖、市级考核二等奖"))).isEqualTo(Score.of("3.5"));
    }

    @Test
    void bonusIsCapped() {
        RuleOutcome outcome = apply(AWARDS, "5", "", new Actual.Items(List.of("国务院嘉奖", "省级嘉奖", "市级考核一等奖")));

        // 3 + 2 + 1 = 6 → 5
        assertThat(score(outcome)).isEqualTo(Score.of(5));
        assertThat(((Scored) outcome).explanation()).isEqualTo("加分6分，以5分为限");
    }

    @Test
    void bonusNothingIsZero() {
        assertThat(score(apply(AWARDS, "5", "", "0"))).isEqualTo(Score.ZERO);
        assertThat(score(apply(AWARDS, "5", "", "无"))).isEqualTo(Score.ZERO);
    }

    @Test
    void bonusUndecided() {
        NeedsJudgement unknown = undecided(apply(AWARDS, "5", "", new Actual.Items(List.of("区级表彰"))));
        assertThat(unknown.reason()).isEqualTo(Undecided.UNKNOWN_LABEL);
        assertThat(unknown.message()).isEqualTo("“区级表彰”不在评分办法所列加分事项之中");

        // a count without the items: which awards, at which level?
        NeedsJudgement countOnly = undecided(apply(AWARDS, "5", "", "1项以上"));
        assertThat(countOnly.reason()).isEqualTo(Undecided.NOT_A_VALUE);
        assertThat(countOnly.message()).isEqualTo("“1项以上”只写了数量，未写明具体事项及其级别，需人工认定加分");

        assertThat(reason(apply(AWARDS, "5", "", ""))).isEqualTo(Undecided.VALUE_MISSING);
    }

    @Test
    void penaltySubtractsWithinItsCap() {
        BonusPenalty rule = new BonusPenalty(List.of(new BonusPenalty.Item("通报批评", Score.of(3))), Score.of(5), true);

        assertThat(score(apply(rule, "5", "", new Actual.Items(List.of("通报批评"))))).isEqualTo(Score.of(-3));
        // 3 + 3 = 6 → −5
        assertThat(score(apply(rule, "5", "", new Actual.Items(List.of("通报批评", "通报批评"))))).isEqualTo(Score.of(-5));
        assertThat(score(apply(rule, "5", "", "无"))).isEqualTo(Score.ZERO);
        assertThat(rule.isBonusOrPenalty()).isTrue();
    }

    @Test
    void aPenaltyWithoutListIsAPersonsCallUnlessNothingHappened() {
        // 酌情扣分
        BonusPenalty rule = new BonusPenalty(List.of(), Score.of(5), true);

        assertThat(score(apply(rule, "5", "", "无"))).isEqualTo(Score.ZERO);
        assertThat(reason(apply(rule, "5", "", "审计发现问题"))).isEqualTo(Undecided.EXPERT);
    }

    // ---- Qualitative (定性: 80–100 % / 60–80 % / 0–60 % of the weight) --------------------------

    @Test
    void qualitativeEqualToTheTargetAfterCompacting() {
        assertThat(score(apply(Qualitative.NATIONAL, "10", "有效 减少", "有效减少"))).isEqualTo(Score.of(10));
        assertThat(score(apply(Qualitative.NATIONAL, "10", "显著", "显 著"))).isEqualTo(Score.of(10));
    }

    @Test
    void qualitativeAchievedPhrase() {
        assertThat(score(apply(Qualitative.NATIONAL, "10", "有效减少", "达成预期指标"))).isEqualTo(Score.of(10));
    }

    @Test
    void qualitativeDescriptionNeedsABandChosen() {
        NeedsJudgement outcome = undecided(apply(Qualitative.NATIONAL, "10", "有效减少", "教学质量稳步提升"));

        assertThat(outcome.reason()).isEqualTo(Undecided.QUALITATIVE);
        // 10 × 80 % = 8, 10 × 60 % = 6
        assertThat(outcome.message()).isEqualTo("定性指标需人工判断档次：达成 8–10分；部分达成 6–8分；未达成 0–6分");
        assertThat(outcome.message()).contains("8–10分", "6–8分", "0–6分");
    }

    @Test
    void qualitativeRegionalBands() {
        Qualitative regional = new Qualitative(List.of(BigDecimal.valueOf(80), BigDecimal.valueOf(50)));

        // 10 × 80 % = 8, 10 × 50 % = 5
        assertThat(undecided(apply(regional, "10", "有效减少", "教学质量稳步提升")).message())
                .isEqualTo("定性指标需人工判断档次：达成 8–10分；部分达成 5–8分；未达成 0–5分");
        // 3 × 80 % = 2.4, 3 × 60 % = 1.8
        assertThat(Qualitative.NATIONAL.bands(Score.of(3))).isEqualTo("达成 2.4–3分；部分达成 1.8–2.4分；未达成 0–1.8分");
        assertThat(regional.floorsText()).isEqualTo("80/50");
    }

    @Test
    void qualitativeOtherUndecided() {
        assertThat(reason(apply(Qualitative.NATIONAL, "10", "", "教学质量稳步提升"))).isEqualTo(Undecided.TARGET_MISSING);
        assertThat(reason(apply(Qualitative.NATIONAL, "10", "有效减少", "未达成"))).isEqualTo(Undecided.QUALITATIVE);
        assertThat(reason(apply(Qualitative.NATIONAL, "10", "有效减少", ""))).isEqualTo(Undecided.VALUE_MISSING);
        assertThatThrownBy(() -> new Qualitative(List.of(BigDecimal.valueOf(50), BigDecimal.valueOf(80))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- Deadline (时效) ----------------------------------------------------------------------------

    @Test
    void deadlineWithinASpan() {
        assertThat(score(apply(new Deadline(), "3", "2024年1月份至2月份", "我单位寒假“名师视界”直播课1-2月份已完成174节播放量")))
                .isEqualTo(Score.of(3));
        // the year comes from the target
        assertThat(score(apply(new Deadline(), "4", "2024年7月份至8月份", "截止7月份已完成92节"))).isEqualTo(Score.of(4));
        assertThat(score(apply(new Deadline(), "4", "2024年7月份至8月份", "截止9月份已完成92节"))).isEqualTo(Score.ZERO);
    }

    @Test
    void deadlineOnOrBefore() {
        assertThat(score(apply(new Deadline(), "3", "2024年12月底前", "2024年11月"))).isEqualTo(Score.of(3));
        assertThat(score(apply(new Deadline(), "3", "2024年12月底前", "2024年12月"))).isEqualTo(Score.of(3));
        assertThat(score(apply(new Deadline(), "3", "2024年11月底前", "2024年12月"))).isEqualTo(Score.ZERO);
        assertThat(score(apply(new Deadline(), "3", "2024年12月底前", "2025年1月"))).isEqualTo(Score.ZERO);
    }

    @Test
    void deadlinePhrases() {
        assertThat(score(apply(new Deadline(), "3", "2024年12月底前", "按时完成"))).isEqualTo(Score.of(3));
        assertThat(score(apply(new Deadline(), "3", "2024年12月底前", "延期"))).isEqualTo(Score.ZERO);
        assertThat(score(apply(new Deadline(), "3", "按时完成", "按时 完成"))).isEqualTo(Score.of(3));
    }

    @Test
    void deadlineUndecided() {
        NeedsJudgement noDate = undecided(apply(new Deadline(), "3", "2024年12月底前", "已播放82节"));
        assertThat(noDate.reason()).isEqualTo(Undecided.NOT_A_VALUE);
        assertThat(noDate.message()).isEqualTo("实际完成情况“已播放82节”未写明完成时间，需人工判断");

        assertThat(reason(apply(new Deadline(), "3", "每周日", "我单位其他各类教育教学视频课已播放82节"))).isEqualTo(Undecided.TARGET_MISSING);
        assertThat(reason(apply(new Deadline(), "3", "2024年12月底前", ""))).isEqualTo(Undecided.VALUE_MISSING);
    }

    // ---- Manual (专家判断) --------------------------------------------------------------------------

    @Test
    void manualAlwaysNeedsAnExpert() {
        NeedsJudgement plain = undecided(apply(new Manual(""), "3", "有效提升", "有效提升"));
        assertThat(plain.reason()).isEqualTo(Undecided.EXPERT);
        assertThat(plain.message()).isEqualTo("该指标由评价人判断打分，需写明理由");

        NeedsJudgement guided = undecided(apply(new Manual("否则酌情扣分"), "3", "", "100%"));
        assertThat(guided.reason()).isEqualTo(Undecided.EXPERT);
        assertThat(guided.message()).isEqualTo("需人工判断：否则酌情扣分");
    }

    @Test
    void everyKindHasAStableName() {
        assertThat(List.of(Proportional.ofIndicatorTarget(), Reverse.ofIndicatorTarget(), new ExecutionRate(),
                Threshold.ofIndicatorTarget(), NORMS, YesNo.of("是", "否"), STAFF_CONTROL, THREE_ITEMS,
                Deduction.perEvent(Score.of(1)), new Formula("x"), AWARDS, new BonusPenalty(List.of(), Score.of(1), true),
                Qualitative.NATIONAL, new Deadline(), new Manual("")))
                .extracting(ScoringRule::kind)
                .containsExactly("proportional", "reverse", "execution-rate", "threshold", "labels", "yes-no", "bands",
                        "checklist", "deduction", "formula", "bonus", "penalty", "qualitative", "deadline", "manual");
    }

    @Test
    void aChecklistItemNumberTheRuleDoesNotHaveIsNotIgnored() {
        Checklist rule = new Checklist(List.of(new Checklist.Item("a", Score.of(1)), new Checklist.Item("b", Score.of(1)),
                new Checklist.Item("c", Score.of(1))));

        // Item 9 does not exist: a typing error a person must correct, not a silent 2 points.
        assertThat(reason(apply(rule, "3", "", "1,2,9"))).isEqualTo(Undecided.NOT_A_VALUE);
        assertThat(reason(apply(rule, "3", "", "0,1"))).isEqualTo(Undecided.NOT_A_VALUE);
        assertThat(score(apply(rule, "3", "", "1,3"))).isEqualTo(Score.of(2));
    }
}
