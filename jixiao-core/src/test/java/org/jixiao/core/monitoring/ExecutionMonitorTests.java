package org.jixiao.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.number.Amount;
import org.jixiao.core.number.Percentage;
import org.junit.jupiter.api.Test;

class ExecutionMonitorTests {

    /** Shenzhen's 部门预算支出进度 by quarter, 2024, as its report states them. */
    static ExecutionSeries shenzhen() {
        return ExecutionSeries.unit("深圳市教育信息技术中心", 2024, List.of(
                ExecutionFigure.stated(FiscalPeriod.quarter(2024, 1), "7.73%"),
                ExecutionFigure.stated(FiscalPeriod.quarter(2024, 2), "38.09%"),
                ExecutionFigure.stated(FiscalPeriod.quarter(2024, 3), "72.71%"),
                ExecutionFigure.stated(FiscalPeriod.quarter(2024, 4), "97.29%")));
    }

    @Test
    void shenzhenIsYellowInTheFirstHalfAndOnTrackInTheSecond() {
        List<ExecutionStatus> statuses = ExecutionMonitor.DEFAULT.assess(shenzhen());

        // 25 − 7.73 = 17.27, 50 − 38.09 = 11.91 (both more than 10, not more than 20: yellow);
        // 75 − 72.71 = 2.29, 100 − 97.29 = 2.71 (on track)
        assertThat(statuses).extracting(s -> s.pointsBehind().orElseThrow())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("17.27"), new BigDecimal("11.91"), new BigDecimal("2.29"), new BigDecimal("2.71"));
        assertThat(statuses).extracting(s -> s.level().orElseThrow())
                .containsExactly(WarningLevel.YELLOW, WarningLevel.YELLOW, WarningLevel.ON_TRACK, WarningLevel.ON_TRACK);
        assertThat(statuses).extracting(ExecutionStatus::timeProgress)
                .containsExactly(Percentage.of("25"), Percentage.of("50"), Percentage.of("75"), Percentage.of("100"));
        assertThat(statuses.get(0).explanation())
                .isEqualTo("截至2024年第一季度累计支出进度7.73%，序时进度25.00%，落后17.27个百分点，黄色预警");
    }

    @Test
    void amountsGiveProgressAsExecutedOverBudget() {
        // 万元: 19.35 of 20 executed by the end of September: 96.75 %, 75 − 96.75 = −21.75 (ahead)
        ExecutionStatus status = ExecutionMonitor.DEFAULT.status("教育三项改革资金",
                ExecutionFigure.amounts(FiscalPeriod.quarter(2024, 3), Amount.wan("20"), Amount.wan("19.35")));

        assertThat(status.progress()).contains(Percentage.of("96.75"));
        assertThat(status.pointsBehind().orElseThrow()).isEqualByComparingTo("-21.75");
        assertThat(status.level()).contains(WarningLevel.ON_TRACK);
        assertThat(status.explanation()).contains("超前21.75个百分点");
    }

    @Test
    void amountsInYuanAndWanYuanCompare() {
        // 150 000 元 of 100 万元 by the end of May: 15 %, time progress 500 ÷ 12 = 41.666…: 26.67 behind → red
        ExecutionStatus status = ExecutionMonitor.DEFAULT.status("项目",
                ExecutionFigure.amounts(FiscalPeriod.month(2024, 5), Amount.wan("100"), Amount.yuan("150000")));

        assertThat(status.progress()).contains(Percentage.of("15"));
        assertThat(status.pointsBehindShown()).contains(new BigDecimal("26.67"));
        assertThat(status.level()).contains(WarningLevel.RED);
    }

    @Test
    void aZeroBudgetHasNoProgressAndNoLevel() {
        ExecutionStatus status = ExecutionMonitor.DEFAULT.status("体检费",
                ExecutionFigure.amounts(FiscalPeriod.quarter(2024, 1), Amount.wan("0"), Amount.wan("0")));

        assertThat(status.progress()).isEmpty();
        assertThat(status.pointsBehind()).isEmpty();
        assertThat(status.level()).isEmpty();
        assertThat(status.isWarning()).isFalse();
        assertThat(status.explanation()).isEqualTo("2024年第一季度：全年预算数为0万元，无法计算支出进度");
    }

    @Test
    void thresholdsAreStrictByDefaultAndInclusiveOnRequest() {
        // exactly 10 and 20 points behind: not "more than" 10 or 20
        assertThat(WarningThresholds.DEFAULT.level(new BigDecimal("10"))).isEqualTo(WarningLevel.ON_TRACK);
        assertThat(WarningThresholds.DEFAULT.level(new BigDecimal("10.01"))).isEqualTo(WarningLevel.YELLOW);
        assertThat(WarningThresholds.DEFAULT.level(new BigDecimal("20"))).isEqualTo(WarningLevel.YELLOW);
        assertThat(WarningThresholds.DEFAULT.level(new BigDecimal("20.01"))).isEqualTo(WarningLevel.RED);
        assertThat(WarningThresholds.DEFAULT.level(new BigDecimal("-30"))).isEqualTo(WarningLevel.ON_TRACK);

        WarningThresholds inclusive = new WarningThresholds(BigDecimal.TEN, BigDecimal.valueOf(20), true);
        assertThat(inclusive.level(new BigDecimal("10"))).isEqualTo(WarningLevel.YELLOW);
        assertThat(inclusive.level(new BigDecimal("20"))).isEqualTo(WarningLevel.RED);
        assertThat(inclusive.describe()).isEqualTo("落后序时进度达到10个百分点为黄色预警，达到20个百分点为红色预警");
    }

    @Test
    void theGapIsJudgedAsShown() {
        // 10.004 is shown as 10.00: not more than 10; 10.005 is shown as 10.01: yellow
        assertThat(WarningThresholds.DEFAULT.level(new BigDecimal("10.004"))).isEqualTo(WarningLevel.ON_TRACK);
        assertThat(WarningThresholds.DEFAULT.level(new BigDecimal("10.005"))).isEqualTo(WarningLevel.YELLOW);
    }

    @Test
    void anotherRegionsThresholdsAndScheduleApply() {
        // 5 and 15 points, against a bureau's 30 % by the end of March: 30 − 7.73 = 22.27 → red
        List<Percentage> ends = List.of("10", "20", "30", "38", "46", "55", "63", "71", "80", "87", "94", "100")
                .stream().map(Percentage::of).toList();
        ExecutionMonitor monitor = new ExecutionMonitor(new TimeProgress("财政局通知", ends),
                new WarningThresholds(BigDecimal.valueOf(5), BigDecimal.valueOf(15), false));

        List<ExecutionStatus> statuses = monitor.assess(shenzhen());
        // 55 − 38.09 = 16.91 → red; 80 − 72.71 = 7.29 → yellow; 100 − 97.29 = 2.71 → on track
        assertThat(statuses).extracting(s -> s.level().orElseThrow())
                .containsExactly(WarningLevel.RED, WarningLevel.RED, WarningLevel.YELLOW, WarningLevel.ON_TRACK);
    }

    @Test
    void thresholdsMustRise() {
        assertThatThrownBy(() -> new WarningThresholds(BigDecimal.valueOf(20), BigDecimal.TEN, false))
                .hasMessageContaining("低于");
        assertThatThrownBy(() -> new WarningThresholds(BigDecimal.valueOf(-1), BigDecimal.TEN, false))
                .hasMessageContaining("不能为负");
    }

    @Test
    void aSeriesIsSortedAndBelongsToOneYear() {
        ExecutionSeries series = ExecutionSeries.project("安保经费", 2024, List.of(
                ExecutionFigure.amounts(FiscalPeriod.quarter(2024, 2), Amount.wan("56"), Amount.wan("30")),
                ExecutionFigure.amounts(FiscalPeriod.month(2024, 1), Amount.wan("56"), Amount.wan("2")),
                ExecutionFigure.amounts(FiscalPeriod.quarter(2024, 1), Amount.wan("56"), Amount.wan("12"))));

        assertThat(series.figures()).extracting(ExecutionFigure::period)
                .containsExactly(FiscalPeriod.month(2024, 1), FiscalPeriod.quarter(2024, 1), FiscalPeriod.quarter(2024, 2));
        assertThat(series.of(FiscalPeriod.Kind.QUARTER)).hasSize(2);
        // 30 of 56 by June: 53.571…%, 3.57 ahead
        Optional<ExecutionStatus> latest = ExecutionMonitor.DEFAULT.latest(series);
        assertThat(latest.orElseThrow().progress().orElseThrow().shown()).isEqualByComparingTo("53.57");

        assertThatThrownBy(() -> ExecutionSeries.project("x", 2024,
                List.of(ExecutionFigure.stated(FiscalPeriod.quarter(2023, 4), "90"))))
                .hasMessageContaining("不属于2024年度");
        assertThatThrownBy(() -> ExecutionSeries.project("x", 2024, List.of(
                ExecutionFigure.stated(FiscalPeriod.quarter(2024, 1), "9"),
                ExecutionFigure.stated(FiscalPeriod.quarter(2024, 1), "10"))))
                .hasMessageContaining("重复");
    }
}
