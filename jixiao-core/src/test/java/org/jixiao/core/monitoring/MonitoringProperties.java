package org.jixiao.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.RowScore;
import org.jixiao.core.evaluation.Scorer;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.ShippedFrameworks;
import org.jixiao.core.measure.Actual;
import org.jixiao.core.number.Amount;
import org.jixiao.core.number.Percentage;
import org.jixiao.core.number.Score;

/**
 * Warning levels rise with the gap, whatever the thresholds; the quarterly execution score agrees
 * with the shipped Shenzhen formula on any quarters; execution progress is executed ÷ budget.
 */
class MonitoringProperties {

    private static final Framework SHENZHEN = ShippedFrameworks.get("shenzhen-department");

    @Provide
    Arbitrary<WarningThresholds> thresholds() {
        Arbitrary<BigDecimal> points = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(60)).ofScale(2);
        return Combinators.combine(points, points, Arbitraries.of(true, false))
                .as((a, b, inclusive) -> new WarningThresholds(a.min(b), a.max(b), inclusive));
    }

    @Provide
    Arbitrary<BigDecimal> gaps() {
        return Arbitraries.bigDecimals().between(BigDecimal.valueOf(-100), BigDecimal.valueOf(100)).ofScale(4);
    }

    @Property(tries = 500)
    void aLargerGapIsNeverALowerLevel(@ForAll("thresholds") WarningThresholds thresholds,
                                      @ForAll("gaps") BigDecimal a, @ForAll("gaps") BigDecimal b) {
        BigDecimal small = a.min(b);
        BigDecimal large = a.max(b);
        assertThat(thresholds.level(large).ordinal()).isGreaterThanOrEqualTo(thresholds.level(small).ordinal());
    }

    @Property(tries = 300)
    void beingAheadIsNeverAWarning(@ForAll("thresholds") WarningThresholds thresholds, @ForAll("gaps") BigDecimal gap) {
        // shown to two decimals, strictly ahead
        if (gap.setScale(2, java.math.RoundingMode.HALF_UP).signum() < 0) {
            assertThat(thresholds.level(gap)).isEqualTo(WarningLevel.ON_TRACK);
        }
    }

    @Property(tries = 300)
    void aGapBeyondTheRedThresholdIsRed(@ForAll("thresholds") WarningThresholds thresholds) {
        BigDecimal beyond = thresholds.redAbove().add(new BigDecimal("0.01"));
        assertThat(thresholds.level(beyond)).isEqualTo(WarningLevel.RED);
        assertThat(thresholds.level(thresholds.yellowAbove().subtract(new BigDecimal("0.01"))))
                .isEqualTo(WarningLevel.ON_TRACK);
    }

    @Provide
    Arbitrary<List<BigDecimal>> quarters() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(150)).ofScale(2).list().ofSize(4);
    }

    @Property(tries = 200)
    void theScoreAgreesWithTheShippedFormula(@ForAll("quarters") List<BigDecimal> q) {
        RowScore row = Scorer.score(SHENZHEN, Evaluation.of(SHENZHEN).actual("3.2.1", new Actual.Variables(Map.of(
                "q1", q.get(0), "q2", q.get(1), "q3", q.get(2), "q4", q.get(3)))).build()).row("3.2.1");
        ExecutionScore score = QuarterlyExecutionScoring.SHENZHEN.score(2024,
                q.stream().map(Percentage::new).toList());

        assertThat(score.score().isGreaterThan(Score.of(6))).isFalse();
        assertThat(score.score().isNegative()).isFalse();
        assertThat(row.exact().orElseThrow().points().subtract(score.score().points()).abs())
                .isLessThan(new BigDecimal("1E-30"));
    }

    @Property(tries = 300)
    void progressTimesBudgetIsExecuted(
            @ForAll("amounts") BigDecimal budget, @ForAll("amounts") BigDecimal executed) {
        if (budget.signum() == 0) {
            return;
        }
        Percentage progress = ExecutionFigure.amounts(FiscalPeriod.quarter(2024, 1), new Amount(budget,
                org.jixiao.core.number.MoneyUnit.WAN_YUAN), new Amount(executed,
                org.jixiao.core.number.MoneyUnit.WAN_YUAN)).progress().orElseThrow();
        BigDecimal back = progress.fraction().multiply(budget);
        assertThat(back.subtract(executed).abs()).isLessThan(new BigDecimal("1E-25"));
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000")).ofScale(2);
    }
}
