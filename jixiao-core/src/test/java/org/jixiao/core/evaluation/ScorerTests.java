package org.jixiao.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.FrameworkFormat;
import org.jixiao.core.framework.ShippedFrameworks;
import org.jixiao.core.grade.Grade;
import org.jixiao.core.grade.GradeScale;
import org.jixiao.core.number.Score;
import org.junit.jupiter.api.Test;

/**
 * What the scorer and the evaluation builder refuse, how a framework's rounding policy shapes the
 * total, and where the grade bands fall.
 */
class ScorerTests {

    /** Three indicators of 1 point each against a target of 3, rounded as {@code rounding} says. */
    private static Framework thirds(String rounding) {
        return FrameworkFormat.read("thirds.jxf", String.join("\n",
                "framework: thirds",
                "title: 计分测试",
                "year: 2024",
                "kind: department-evaluation",
                "full-mark: 3",
                "rounding: " + rounding,
                "indicators:",
                "A | 甲 | 1",
                "  nature: 定量",
                "  target: 3",
                "B | 乙 | 1",
                "  nature: 定量",
                "  target: 3",
                "C | 丙 | 1",
                "  nature: 定量",
                "  target: 3")).orThrow();
    }

    private static final Framework STANDARD = thirds("indicator=2 funds=2 total=2 mode=HALF_UP rows=yes");

    private static ScoreSheet scoreAll(Framework framework, String actual) {
        return Scorer.score(framework, Evaluation.of(framework)
                .actual("A", actual).actual("B", actual).actual("C", actual).build());
    }

    // ---- what the builder refuses ------------------------------------------------------------------

    @Test
    void aJudgementAboveTheWeightIsRejected() {
        assertThatThrownBy(() -> Evaluation.of(STANDARD).judge("A", "1.01", "超额完成"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("指标A的认定得分1.01超出范围[0, 1]");
    }

    @Test
    void aNegativeJudgementIsRejected() {
        assertThatThrownBy(() -> Evaluation.of(STANDARD).judge("A", "-0.5", "未完成"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("指标A的认定得分-0.5超出范围[0, 1]");
    }

    @Test
    void judgementsAtTheBoundsAreAccepted() {
        Evaluation evaluation = Evaluation.of(STANDARD).judge("A", "0", "未开展").judge("B", "1", "全部完成").build();

        assertThat(evaluation.judgements().get("A").score()).isEqualTo(Score.ZERO);
        assertThat(evaluation.judgements().get("B").score()).isEqualTo(Score.of(1));
    }

    @Test
    void aJudgementWithoutJustificationIsRejected() {
        assertThatThrownBy(() -> Judgement.of("1", "")).isInstanceOf(IllegalArgumentException.class).hasMessage("人工认定必须写明理由");
        assertThatThrownBy(() -> Judgement.of("1", "   ")).isInstanceOf(IllegalArgumentException.class).hasMessage("人工认定必须写明理由");
        assertThatThrownBy(() -> new Judgement(Score.of(1), null, "评价组"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("人工认定必须写明理由");
        assertThatThrownBy(() -> Evaluation.of(STANDARD).judge("A", "1", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("人工认定必须写明理由");
    }

    @Test
    void anUnknownIndicatorCodeIsRejectedByName() {
        assertThatThrownBy(() -> Evaluation.of(STANDARD).actual("Z9", "1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("指标体系“计分测试”中没有三级指标“Z9”");
        assertThatThrownBy(() -> Evaluation.of(STANDARD).judge("Z9", "1", "理由"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("指标体系“计分测试”中没有三级指标“Z9”");
        assertThatThrownBy(() -> Evaluation.of(STANDARD).reported("Z9", "1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("指标体系“计分测试”中没有三级指标“Z9”");
    }

    @Test
    void aGroupCodeIsNotAnIndicator() {
        Framework shenzhen = ShippedFrameworks.get("shenzhen-department");

        assertThatThrownBy(() -> Evaluation.of(shenzhen).actual("1.1", "规范"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("指标体系“深圳市部门整体支出绩效评价共性指标体系框架”中没有三级指标“1.1”");
    }

    @Test
    void notApplicableNeedsAReason() {
        assertThatThrownBy(() -> Evaluation.of(STANDARD).notApplicable("A", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("指标A不适用时必须说明理由");
    }

    // ---- what the scorer refuses -------------------------------------------------------------------

    @Test
    void aTemplateIsNotScored() {
        Framework template = ShippedFrameworks.get("national-project");

        assertThatThrownBy(() -> Scorer.score(template, Evaluation.of(template).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("模板不直接计分，请先填入项目的三级指标：项目支出绩效自评表（全国通用模板）");
    }

    @Test
    void aTargetTableIsNotScored() {
        Framework targets = ShippedFrameworks.get("suzhou-target-table");

        assertThatThrownBy(() -> Scorer.score(targets, Evaluation.of(targets).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("绩效目标表不计分：苏州市电化教育馆部门整体预算绩效目标表");
    }

    @Test
    void anEvaluationOfAnotherFrameworkIsNotScored() {
        Evaluation other = Evaluation.of(ShippedFrameworks.get("baotou-2024-mingshi-shijie")).build();

        assertThatThrownBy(() -> Scorer.score(STANDARD, other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("自评表属于指标体系“baotou-2024-mingshi-shijie”，不是“thirds”");
    }

    // ---- rounding policies ------------------------------------------------------------------------

    @Test
    void rowsRoundedBeforeTheyAreAdded() {
        ScoreSheet sheet = scoreAll(STANDARD, "1");

        // 1 × 1 ÷ 3 = 0.333… per row, exact until rounded
        assertThat(sheet.row("A").exact()).contains(Score.of("0.3333333333333333333333333333333333"));
        assertThat(sheet.row("A").score()).contains(Score.of("0.33"));
        // 0.33 + 0.33 + 0.33
        assertThat(sheet.total()).isEqualTo(Score.of("0.99"));
    }

    @Test
    void rowsNoRoundsOnlyTheTotal() {
        ScoreSheet sheet = scoreAll(thirds("indicator=2 funds=2 total=2 mode=HALF_UP rows=no"), "1");

        // each row keeps its exact 0.333…
        assertThat(sheet.row("A").score()).contains(Score.of("0.3333333333333333333333333333333333"));
        // 0.9999999999999999999999999999999999 → 1.00
        assertThat(sheet.total()).isEqualTo(Score.of(1));
    }

    @Test
    void modeDownTruncates() {
        ScoreSheet down = scoreAll(thirds("indicator=2 funds=2 total=2 mode=DOWN rows=yes"), "2");
        ScoreSheet halfUp = scoreAll(STANDARD, "2");

        // 1 × 2 ÷ 3 = 0.666… → 0.66 truncated, 0.67 half-up
        assertThat(down.row("A").score()).contains(Score.of("0.66"));
        assertThat(halfUp.row("A").score()).contains(Score.of("0.67"));
        // 0.66 × 3 = 1.98; 0.67 × 3 = 2.01
        assertThat(down.total()).isEqualTo(Score.of("1.98"));
        assertThat(halfUp.total()).isEqualTo(Score.of("2.01"));
    }

    @Test
    void aJudgementCountsInsteadOfThePendingRule() {
        Framework framework = STANDARD;
        ScoreSheet pending = Scorer.score(framework, Evaluation.of(framework)
                .actual("A", "1").actual("B", "1").actual("C", "基本完成").build());
        ScoreSheet judged = Scorer.score(framework, Evaluation.of(framework)
                .actual("A", "1").actual("B", "1").actual("C", "基本完成").judge("C", "0.5", "基本完成，认定0.5分").build());

        assertThat(pending.isComplete()).isFalse();
        assertThat(pending.grade()).isEmpty();
        // 0.33 + 0.33 while C is pending
        assertThat(pending.total()).isEqualTo(Score.of("0.66"));
        assertThat(judged.row("C").decision()).isEqualTo(RowScore.Decision.JUDGEMENT);
        // 0.33 + 0.33 + 0.5
        assertThat(judged.total()).isEqualTo(Score.of("1.16"));
        assertThat(judged.grade()).contains(new Grade("差"));
    }

    // ---- grade bands ------------------------------------------------------------------------------

    @Test
    void nationalGradeBoundaries() {
        GradeScale scale = GradeScale.NATIONAL;

        assertThat(scale.gradeOf(Score.of(100))).isEqualTo(new Grade("优"));
        assertThat(scale.gradeOf(Score.of(90))).isEqualTo(new Grade("优"));
        assertThat(scale.gradeOf(Score.of("89.99"))).isEqualTo(new Grade("良"));
        assertThat(scale.gradeOf(Score.of(80))).isEqualTo(new Grade("良"));
        assertThat(scale.gradeOf(Score.of("79.99"))).isEqualTo(new Grade("中"));
        assertThat(scale.gradeOf(Score.of(60))).isEqualTo(new Grade("中"));
        assertThat(scale.gradeOf(Score.of("59.99"))).isEqualTo(new Grade("差"));
        assertThat(scale.gradeOf(Score.ZERO)).isEqualTo(new Grade("差"));
    }

    @Test
    void wholePointsGradeBoundaries() {
        GradeScale scale = GradeScale.WHOLE_POINTS;

        // 89.5 → 90 (half-up) → 优; 89.4 → 89 → 良
        assertThat(scale.gradeOf(Score.of("89.5"))).isEqualTo(new Grade("优"));
        assertThat(scale.gradeOf(Score.of("89.4"))).isEqualTo(new Grade("良"));
        assertThat(scale.gradeOf(Score.of("59.5"))).isEqualTo(new Grade("中"));
        assertThat(scale.gradeOf(Score.of("59.49"))).isEqualTo(new Grade("差"));
        // nationally 89.5 is still 良
        assertThat(GradeScale.NATIONAL.gradeOf(Score.of("89.5"))).isEqualTo(new Grade("良"));
    }

    @Test
    void gradeFloorsMustFall() {
        assertThatThrownBy(() -> new GradeScale(List.of(
                new GradeScale.Band(new Grade("优"), BigDecimal.valueOf(80)),
                new GradeScale.Band(new Grade("良"), BigDecimal.valueOf(90))), false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
