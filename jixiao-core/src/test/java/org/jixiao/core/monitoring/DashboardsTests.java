package org.jixiao.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.ShippedFrameworks;
import org.jixiao.core.grade.Grade;
import org.jixiao.core.grade.GradeScale;
import org.jixiao.core.measure.Actual;
import org.jixiao.core.monitoring.dashboard.Count;
import org.jixiao.core.monitoring.dashboard.CurvePoint;
import org.jixiao.core.monitoring.dashboard.Dashboards;
import org.jixiao.core.monitoring.dashboard.ExecutionCurve;
import org.jixiao.core.monitoring.dashboard.FindingEntry;
import org.jixiao.core.monitoring.dashboard.LateItem;
import org.jixiao.core.monitoring.dashboard.Overview;
import org.jixiao.core.monitoring.dashboard.ScoreDistribution;
import org.jixiao.core.monitoring.dashboard.ScoreEntry;
import org.jixiao.core.monitoring.dashboard.UnitDashboard;
import org.jixiao.core.monitoring.dashboard.UnitMonitoring;
import org.jixiao.core.number.Amount;
import org.jixiao.core.number.Percentage;
import org.jixiao.core.number.Score;
import org.junit.jupiter.api.Test;

/** Two units at the end of June 2024, a third with only a score, and the scores and findings of two years. */
class DashboardsTests {

    private static final Framework SUZHOU = ShippedFrameworks.get("suzhou-target-table");
    private static final FiscalPeriod Q1 = FiscalPeriod.quarter(2024, 1);
    private static final FiscalPeriod Q2 = FiscalPeriod.quarter(2024, 2);
    private static final FiscalPeriod H1 = FiscalPeriod.halfYear(2024, 1);

    private static ExecutionFigure wan(FiscalPeriod period, String budget, String executed) {
        return ExecutionFigure.amounts(period, Amount.wan(budget), Amount.wan(executed));
    }

    private static IndicatorProgress indicator(String code, String actual) {
        return IndicatorProgress.midYear(SUZHOU.indicator(code).orElseThrow(), 2024, Actual.of(actual));
    }

    /** 甲: 1000 万元, 150 by March (15 %: 10 behind, on track), 380 by June (38 %: 12 behind, yellow). */
    static UnitMonitoring jia() {
        return new UnitMonitoring("甲单位", 2024, List.of(
                ExecutionSeries.unit("甲单位", 2024, List.of(wan(Q1, "1000", "150"), wan(Q2, "1000", "380"))),
                // 2 of 56 (3.57 %: 21.43 behind, red); 10 of 56 (17.86 %: 32.14 behind, red)
                ExecutionSeries.project("安保经费", 2024, List.of(wan(Q1, "56", "2"), wan(Q2, "56", "10"))),
                // 7 of 25 (28 %, ahead); 13 of 25 (52 %, ahead)
                ExecutionSeries.project("调研业务费", 2024, List.of(wan(Q1, "25", "7"), wan(Q2, "25", "13"))),
                ExecutionSeries.project("体检费", 2024, List.of(wan(Q1, "0", "0")))),
                List.of(indicator("3.1.1.6", "380节"), indicator("3.1.1.11", "96%"), indicator("1.1.1", "基本健全")),
                List.of(new Deviation("安保经费", Q2, CauseCategory.FUNDS, "合同款项于下半年支付", "按合同节点加快支付",
                        Likelihood.POSSIBLE)));
    }

    /** 乙: 500 万元, 100 by March (20 %: 5 behind), 150 by June (30 %: exactly 20 behind, yellow not red). */
    static UnitMonitoring yi() {
        return new UnitMonitoring("乙单位", 2024, List.of(
                ExecutionSeries.unit("乙单位", 2024, List.of(wan(Q1, "500", "100"), wan(Q2, "500", "150")))),
                List.of(), List.of());
    }

    static final List<ScoreEntry> SCORES = List.of(
            new ScoreEntry("甲单位", 2023, Score.of("92.5"), new Grade("优")),
            new ScoreEntry("甲单位", 2024, Score.of("88"), new Grade("良")),
            new ScoreEntry("乙单位", 2024, Score.of("97.83"), new Grade("优")),
            new ScoreEntry("丙单位", 2024, Score.of("59.5"), new Grade("差")));

    static final List<FindingEntry> FINDINGS = List.of(
            new FindingEntry("甲单位", 2024, "ERROR", true),
            new FindingEntry("甲单位", 2024, "ERROR", false),
            new FindingEntry("甲单位", 2024, "WARNING", true),
            new FindingEntry("乙单位", 2024, "INFO", true),
            new FindingEntry("乙单位", 2024, "NOTICE", true),
            new FindingEntry("甲单位", 2023, "ERROR", true));

    @Test
    void aCurvePairsExecutionWithTimeProgress() {
        ExecutionCurve curve = Dashboards.curve(ExecutionMonitor.DEFAULT, jia().execution().get(0));

        assertThat(curve.points()).extracting(CurvePoint::period).containsExactly(Q1, Q2);
        assertThat(curve.points()).extracting(p -> p.executionProgress().orElseThrow())
                .containsExactly(Percentage.of("15"), Percentage.of("38"));
        assertThat(curve.points()).extracting(CurvePoint::timeProgress)
                .containsExactly(Percentage.of("25"), Percentage.of("50"));
        assertThat(curve.points()).extracting(p -> p.level().orElseThrow())
                .containsExactly(WarningLevel.ON_TRACK, WarningLevel.YELLOW);
        assertThat(curve.latest().orElseThrow().pointsBehind().orElseThrow()).isEqualByComparingTo("12");
    }

    @Test
    void aUnitsDashboard() {
        UnitDashboard board = Dashboards.unit(ExecutionMonitor.DEFAULT, jia(), SCORES, FINDINGS);

        assertThat(board.unitCurve().orElseThrow().subject()).isEqualTo("甲单位");
        assertThat(board.projectCurves()).extracting(ExecutionCurve::subject).containsExactly("安保经费", "调研业务费", "体检费");
        // 体检费 has a zero budget: its point has no progress and says why
        CurvePoint zero = board.projectCurves().get(2).points().get(0);
        assertThat(zero.executionProgress()).isEmpty();
        assertThat(zero.note()).isEqualTo("2024年第一季度：全年预算数为0万元，无法计算支出进度");
        // latest levels: 安保经费 red, 调研业务费 on track, 体检费 none
        assertThat(board.projectLevels()).containsExactly(new Count<>(WarningLevel.ON_TRACK, 1),
                new Count<>(WarningLevel.YELLOW, 0), new Count<>(WarningLevel.RED, 1));
        assertThat(board.indicatorStatuses()).containsExactly(new Count<>(ProgressStatus.ON_TRACK, 1),
                new Count<>(ProgressStatus.BEHIND, 1), new Count<>(ProgressStatus.CANNOT_TELL, 1));

        // late: the unit (yellow, no cause yet), 安保经费 (red, cause recorded), 3.1.1.6 (behind, no cause yet)
        assertThat(board.lateItems()).extracting(LateItem::item).containsExactly("甲单位", "安保经费", "3.1.1.6");
        assertThat(board.lateItems()).extracting(LateItem::kind)
                .containsExactly(LateItem.Kind.EXECUTION, LateItem.Kind.EXECUTION, LateItem.Kind.INDICATOR);
        assertThat(board.lateItems()).extracting(LateItem::level)
                .containsExactly(Optional.of(WarningLevel.YELLOW), Optional.of(WarningLevel.RED), Optional.empty());
        assertThat(board.lateItems()).extracting(LateItem::needsCause).containsExactly(true, false, true);
        assertThat(board.lateItems().get(1).deviation().orElseThrow().cause()).isEqualTo(CauseCategory.FUNDS);
        assertThat(board.lateItems().get(1).detail())
                .isEqualTo("截至2024年第二季度累计支出进度17.86%，序时进度50.00%，落后32.14个百分点，红色预警");
        assertThat(board.lateItems().get(2).name()).isEqualTo("线上教育名师直播课");
        assertThat(board.lateItems().get(2).period()).isEqualTo(H1);
        assertThat(board.lateWithoutCause()).isEqualTo(2);

        // 甲 2024: one open ERROR (the other is closed), one WARNING; 2023's ERROR is another year
        assertThat(board.openFindings()).containsExactly(new Count<>("ERROR", 1), new Count<>("WARNING", 1),
                new Count<>("INFO", 0));
        assertThat(board.score().orElseThrow().total()).isEqualTo(Score.of("88"));
    }

    @Test
    void anOverviewOfOneYear() {
        Overview overview = Dashboards.overview(ExecutionMonitor.DEFAULT, List.of(jia(), yi()), SCORES, FINDINGS,
                GradeScale.NATIONAL, Optional.of(2024));

        assertThat(overview.years()).containsExactly(2024);
        assertThat(overview.unitCurves()).extracting(ExecutionCurve::subject).containsExactly("甲单位", "乙单位");
        // both units are yellow at June (甲 12 points behind, 乙 exactly 20: not more than 20)
        assertThat(overview.unitLevels()).containsExactly(new Count<>(WarningLevel.ON_TRACK, 0),
                new Count<>(WarningLevel.YELLOW, 2), new Count<>(WarningLevel.RED, 0));

        // combined: March 150 + 100 = 250 of 1500 = 16.67 % (8.33 behind); June 380 + 150 = 530 of 1500 = 35.33 % (14.67 behind)
        ExecutionCurve combined = overview.combinedCurves().get(0);
        assertThat(combined.subject()).isEqualTo(Dashboards.ALL_UNITS);
        assertThat(combined.points()).extracting(p -> p.executionProgress().orElseThrow().shown())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("16.67"), new BigDecimal("35.33"));
        assertThat(combined.points()).extracting(p -> p.level().orElseThrow())
                .containsExactly(WarningLevel.ON_TRACK, WarningLevel.YELLOW);

        // 2024: 88, 97.83, 59.5 → mean 245.33 ÷ 3 = 81.7766…; 优 1, 良 1, 中 0, 差 1
        ScoreDistribution y2024 = overview.distributionsByYear().get(0);
        assertThat(y2024.year()).contains(2024);
        assertThat(y2024.count()).isEqualTo(3);
        assertThat(y2024.min()).contains(Score.of("59.5"));
        assertThat(y2024.max()).contains(Score.of("97.83"));
        assertThat(y2024.mean().orElseThrow().points()).isEqualByComparingTo("81.77666666666666666666666666666667");
        assertThat(y2024.grades()).extracting(g -> g.grade().name() + g.count()).containsExactly("优1", "良1", "中0", "差1");
        assertThat(y2024.bins()).extracting(b -> b.from().toPlainString() + "-" + b.to().toPlainString() + ":" + b.count())
                .containsExactly("50-60:1", "60-70:0", "70-80:0", "80-90:1", "90-100:1");
        // one year: the overall distribution is that year's
        assertThat(overview.overall()).isEqualTo(y2024);

        // open in 2024: ERROR 1, WARNING 1, INFO 1, and 乙's NOTICE after the known three
        assertThat(overview.openFindings()).containsExactly(new Count<>("ERROR", 1), new Count<>("WARNING", 1),
                new Count<>("INFO", 1), new Count<>("NOTICE", 1));
        // 甲's three and 乙's own yellow; three of them without a cause
        assertThat(overview.lateItems()).extracting(l -> l.unit() + "/" + l.item())
                .containsExactly("甲单位/甲单位", "甲单位/安保经费", "甲单位/3.1.1.6", "乙单位/乙单位");
        assertThat(overview.lateWithoutCause()).isEqualTo(3);
    }

    @Test
    void anOverviewAcrossYears() {
        Overview overview = Dashboards.overview(ExecutionMonitor.DEFAULT, List.of(jia(), yi()), SCORES, FINDINGS,
                GradeScale.NATIONAL, Optional.empty());

        assertThat(overview.years()).containsExactly(2023, 2024);
        assertThat(overview.distributionsByYear()).extracting(ScoreDistribution::count).containsExactly(1, 3);
        // all four: 92.5 + 88 + 97.83 + 59.5 = 337.83 ÷ 4 = 84.4575
        assertThat(overview.overall().year()).isEmpty();
        assertThat(overview.overall().mean()).contains(Score.of("84.4575"));
        assertThat(overview.overall().grades()).extracting(g -> g.grade().name() + g.count())
                .containsExactly("优2", "良1", "中0", "差1");
        assertThat(overview.openFindings()).first().isEqualTo(new Count<>("ERROR", 2));
        // no monitoring was entered for 2023: one combined curve, for 2024
        assertThat(overview.combinedCurves()).extracting(ExecutionCurve::year).containsExactly(2024);
    }

    @Test
    void statedRatesCannotBeAddedUpAcrossUnits() {
        UnitMonitoring shenzhen = new UnitMonitoring("深圳市教育信息技术中心", 2024,
                List.of(ExecutionMonitorTests.shenzhen()), List.of(), List.of());

        ExecutionCurve combined = Dashboards.combined(ExecutionMonitor.DEFAULT, List.of(yi(), shenzhen), 2024).orElseThrow();

        assertThat(combined.points()).extracting(CurvePoint::period)
                .containsExactly(Q1, Q2, FiscalPeriod.quarter(2024, 3), FiscalPeriod.quarter(2024, 4));
        assertThat(combined.points()).allSatisfy(p -> assertThat(p.executionProgress()).isEmpty());
        assertThat(combined.points().get(0).note())
                .isEqualTo("2024年第一季度：深圳市教育信息技术中心未填报预算数和执行数，无法合计");
        assertThat(combined.points().get(2).note()).contains("乙单位、深圳市教育信息技术中心");
    }

    @Test
    void noScoresMakeAnEmptyDistribution() {
        ScoreDistribution none = Dashboards.distribution(Optional.of(2025), List.of(), GradeScale.NATIONAL, BigDecimal.TEN);
        assertThat(none.count()).isZero();
        assertThat(none.mean()).isEmpty();
        assertThat(none.bins()).isEmpty();
        assertThat(none.grades()).extracting(ScoreDistribution.GradeCount::count).containsExactly(0, 0, 0, 0);
    }
}
