package org.jixiao.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.RowScore;
import org.jixiao.core.evaluation.Scorer;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.ShippedFrameworks;
import org.jixiao.core.measure.Actual;
import org.jixiao.core.number.Amount;
import org.jixiao.core.number.Percentage;
import org.jixiao.core.number.RoundingPolicy;
import org.jixiao.core.number.Score;
import org.junit.jupiter.api.Test;

/** Shenzhen's 预算执行率 (附件一, 效率性, 6 points) as a domain function. */
class QuarterlyExecutionScoringTests {

    private static final List<Percentage> SHENZHEN_2024 =
            List.of(Percentage.of("7.73"), Percentage.of("38.09"), Percentage.of("72.71"), Percentage.of("97.29"));

    @Test
    void shenzhen2024Scores4_52005PublishedAs4_52() {
        ExecutionScore score = QuarterlyExecutionScoring.SHENZHEN.score(2024, SHENZHEN_2024);

        // 7.73/25 = 0.3092; 38.09/50 = 0.7618; 72.71/75 = 0.969466…; 97.29/100 = 0.9729
        assertThat(score.terms()).extracting(ExecutionScore.Term::ratio).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.3092"), new BigDecimal("0.7618"),
                        new BigDecimal("0.9694666666666666666666666666666667"), new BigDecimal("0.9729"));
        // Σ = 3.013366… × 1 point; average 3.013366… ÷ 4 = 0.753341…6 × 2 points
        assertThat(score.ratioSum()).isEqualByComparingTo("3.013366666666666666666666666666667");
        assertThat(score.averageRatio()).isEqualByComparingTo("0.7533416666666666666666666666666667");
        // Σ × (1 + 2 ÷ 4) = 3.013366… × 1.5 = 4.52005 exactly (72.71 ÷ 75 × 1.5 = 72.71 ÷ 50 = 1.4542)
        assertThat(score.exact()).isEqualTo(Score.of("4.52005"));
        assertThat(score.score()).isEqualTo(Score.of("4.52005"));
        assertThat(score.rounded(RoundingPolicy.STANDARD)).isEqualTo(Score.of("4.52"));
        assertThat(score.weight()).isEqualTo(Score.of(6));
        assertThat(score.explanation()).isEqualTo("一季度7.73%÷25.00%=0.3092；二季度38.09%÷50.00%=0.7618；"
                + "三季度72.71%÷75.00%=0.9695；四季度97.29%÷100.00%=0.9729；合计3.0134×1分，全年平均执行率0.7533×2分，得4.52005");
    }

    @Test
    void agreesWithTheShippedShenzhenFrameworksFormula() {
        Framework framework = ShippedFrameworks.get("shenzhen-department");
        Actual quarters = new Actual.Variables(Map.of(
                "q1", new BigDecimal("7.73"), "q2", new BigDecimal("38.09"),
                "q3", new BigDecimal("72.71"), "q4", new BigDecimal("97.29")));
        RowScore row = Scorer.score(framework, Evaluation.of(framework).actual("3.2.1", quarters).build()).row("3.2.1");

        ExecutionScore score = QuarterlyExecutionScoring.SHENZHEN.score(2024, SHENZHEN_2024);
        // The formula divides term by term (34 digits each); the domain function divides once.
        assertThat(row.exact().orElseThrow().points().subtract(score.exact().points()).abs())
                .isLessThan(new BigDecimal("1E-30"));
        assertThat(row.score()).contains(score.rounded(framework.rounding()));
        assertThat(framework.indicator("3.2.1").orElseThrow().weight()).contains(score.weight());
    }

    @Test
    void theScoreIsCappedAtTheWeight() {
        // Ahead of time progress all year: 30/25 + 60/50 + 90/75 + 100/100 = 1.2 + 1.2 + 1.2 + 1 = 4.6;
        // 4.6 × 1.5 = 6.9 → capped at 6
        ExecutionScore score = QuarterlyExecutionScoring.SHENZHEN.score(2024,
                List.of(Percentage.of("30"), Percentage.of("60"), Percentage.of("90"), Percentage.of("100")));

        assertThat(score.exact()).isEqualTo(Score.of("6.9"));
        assertThat(score.score()).isEqualTo(Score.of(6));
        assertThat(score.explanation()).endsWith("得6.9，限定在0至6分之间得6");
    }

    @Test
    void amountsAndAnotherScheduleAreAccepted() {
        // 万元, budget 200: 20, 80, 150, 196 executed → 10 %, 40 %, 75 %, 98 %; months are ignored.
        List<ExecutionFigure> figures = List.of(
                ExecutionFigure.amounts(FiscalPeriod.month(2024, 1), Amount.wan("200"), Amount.wan("5")),
                ExecutionFigure.amounts(FiscalPeriod.quarter(2024, 1), Amount.wan("200"), Amount.wan("20")),
                ExecutionFigure.amounts(FiscalPeriod.quarter(2024, 2), Amount.wan("200"), Amount.wan("80")),
                ExecutionFigure.amounts(FiscalPeriod.quarter(2024, 3), Amount.wan("200"), Amount.wan("150")),
                ExecutionFigure.amounts(FiscalPeriod.quarter(2024, 4), Amount.wan("200"), Amount.wan("196")));

        ExecutionScore linear = QuarterlyExecutionScoring.SHENZHEN.score(figures, TimeProgress.LINEAR);
        // 10/25 + 40/50 + 75/75 + 98/100 = 0.4 + 0.8 + 1 + 0.98 = 3.18; × 1.5 = 4.77
        assertThat(linear.exact()).isEqualTo(Score.of("4.77"));

        // Against 20 / 40 / 75 / 100: 0.5 + 1 + 1 + 0.98 = 3.48; × 1.5 = 5.22
        List<Percentage> ends = List.of("5", "10", "20", "27", "34", "40", "52", "64", "75", "83", "91", "100")
                .stream().map(Percentage::of).toList();
        assertThat(QuarterlyExecutionScoring.SHENZHEN.score(figures, new TimeProgress("财政局通知", ends)).exact())
                .isEqualTo(Score.of("5.22"));
    }

    @Test
    void otherPointsAreConfiguration() {
        // 2 points a quarter, 2 for the average, 10 in all: 3.013366… × (2 + 2 ÷ 4) = 7.533416…
        ExecutionScore score = new QuarterlyExecutionScoring(Score.of(2), Score.of(2), Score.of(10)).score(2024, SHENZHEN_2024);
        assertThat(score.rounded(RoundingPolicy.STANDARD)).isEqualTo(Score.of("7.53"));
    }

    @Test
    void aMissingQuarterIsNamed() {
        List<ExecutionFigure> three = List.of(
                ExecutionFigure.stated(FiscalPeriod.quarter(2024, 1), "7.73"),
                ExecutionFigure.stated(FiscalPeriod.quarter(2024, 2), "38.09"),
                ExecutionFigure.stated(FiscalPeriod.quarter(2024, 4), "97.29"));
        assertThatThrownBy(() -> QuarterlyExecutionScoring.SHENZHEN.score(three, TimeProgress.LINEAR))
                .hasMessage("缺少2024年第三季度支出进度");
        List<ExecutionFigure> zeroBudget = List.of(
                ExecutionFigure.stated(FiscalPeriod.quarter(2024, 1), "7.73"),
                ExecutionFigure.amounts(FiscalPeriod.quarter(2024, 2), Amount.wan("0"), Amount.wan("0")),
                ExecutionFigure.stated(FiscalPeriod.quarter(2024, 3), "72.71"),
                ExecutionFigure.stated(FiscalPeriod.quarter(2024, 4), "97.29"));
        assertThatThrownBy(() -> QuarterlyExecutionScoring.SHENZHEN.score(zeroBudget, TimeProgress.LINEAR))
                .hasMessage("2024年第二季度：全年预算数为0万元，无法计算支出进度");
    }
}
