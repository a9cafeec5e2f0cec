package org.jixiao.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.jixiao.core.framework.Direction;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.framework.ShippedFrameworks;
import org.jixiao.core.measure.Actual;
import org.jixiao.core.measure.TargetValue;
import org.jixiao.core.monitoring.IndicatorProgress.Unclear;
import org.junit.jupiter.api.Test;

/** Suzhou's target table at mid-year: each indicator's 半年指标值 against a value at the end of June. */
class IndicatorProgressTests {

    private static final Framework SUZHOU = ShippedFrameworks.get("suzhou-target-table");

    private static IndicatorProgress midYear(String code, String actual) {
        Indicator indicator = SUZHOU.indicator(code).orElseThrow();
        return IndicatorProgress.midYear(indicator, 2024, Actual.of(actual));
    }

    @Test
    void aNumberAtOrBeyondItsSignIsOnTrack() {
        // 3.1.1.11 线上教育客服响应及时性 ≥95%
        IndicatorProgress met = midYear("3.1.1.11", "96%");
        assertThat(met.status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(met.unclear()).isEmpty();
        assertThat(met.period()).isEqualTo(FiscalPeriod.halfYear(2024, 1));
        assertThat(met.name()).isEqualTo("线上教育客服响应及时性");
        assertThat(midYear("3.1.1.11", "93.5%").status()).isEqualTo(ProgressStatus.BEHIND);
        // 3.1.1.1 线上教育平台系统运维事故 ≤3次 by mid-year
        assertThat(midYear("3.1.1.1", "2次").status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(midYear("3.1.1.1", "4次").status()).isEqualTo(ProgressStatus.BEHIND);
    }

    @Test
    void anEqualsTargetIsReadAgainstTheFullYear() {
        // 3.1.1.6 线上教育名师直播课 =400节 at mid-year, =800节 for the year: the count grows
        assertThat(midYear("3.1.1.6", "400节").status()).isEqualTo(ProgressStatus.ON_TRACK);
        IndicatorProgress behind = midYear("3.1.1.6", "380节");
        assertThat(behind.status()).isEqualTo(ProgressStatus.BEHIND);
        assertThat(behind.explanation()).isEqualTo("实际值380节与本期指标值=400节不一致，全年指标值=800节更高，进度滞后");
        assertThat(midYear("3.1.1.6", "420节").status()).isEqualTo(ProgressStatus.ON_TRACK);
        // 2.1.3 预算执行率 =45% at mid-year, =100% for the year
        assertThat(midYear("2.1.3", "40%").status()).isEqualTo(ProgressStatus.BEHIND);
        assertThat(midYear("2.1.3", "45%").status()).isEqualTo(ProgressStatus.ON_TRACK);
    }

    @Test
    void anEqualsTargetTheSameAllYearIsNotGuessed() {
        // 2.1.1 预算调整率 =0% at mid-year and for the year: 2 % is off target, but which way is worse is not written
        IndicatorProgress off = midYear("2.1.1", "2%");
        assertThat(off.status()).isEqualTo(ProgressStatus.CANNOT_TELL);
        assertThat(off.unclear()).contains(Unclear.DIRECTION_NOT_STATED);
        assertThat(off.explanation()).startsWith("实际值2%与本期指标值=0%不一致；");
        assertThat(midYear("2.1.1", "0%").status()).isEqualTo(ProgressStatus.ON_TRACK);
    }

    @Test
    void wordsAreMetWhenRestatedOrDoneAndBehindWhenNotDone() {
        // 1.1.1 中长期规划制定健全性 健全; 3.1.1.7 线上教育客户服务 完成
        assertThat(midYear("1.1.1", "健全").status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(midYear("3.1.1.7", "已完成").status()).isEqualTo(ProgressStatus.ON_TRACK);
        IndicatorProgress notDone = midYear("3.1.1.7", "未完成");
        assertThat(notDone.status()).isEqualTo(ProgressStatus.BEHIND);
        assertThat(notDone.isBehind()).isTrue();

        IndicatorProgress partly = midYear("1.1.1", "基本健全");
        assertThat(partly.status()).isEqualTo(ProgressStatus.CANNOT_TELL);
        assertThat(partly.unclear()).contains(Unclear.NEEDS_JUDGEMENT);
        assertThat(partly.explanation()).isEqualTo("实际完成情况“基本健全”与本期指标值“健全”表述不同，是否滞后需人工判断");
    }

    @Test
    void missingOrUnreadableValuesAreNotGuessed() {
        IndicatorProgress missing = midYear("3.1.1.11", "");
        assertThat(missing.status()).isEqualTo(ProgressStatus.CANNOT_TELL);
        assertThat(missing.unclear()).contains(Unclear.VALUE_MISSING);

        IndicatorProgress words = midYear("3.1.1.11", "响应及时");
        assertThat(words.unclear()).contains(Unclear.NOT_A_VALUE);
        assertThat(words.explanation()).contains("不是数值");

        // 3.1.1.3 CDN流量 =250TB: an actual in 人次 cannot be compared
        assertThat(midYear("3.1.1.3", "300人次").unclear()).contains(Unclear.UNITS_DIFFER);
    }

    @Test
    void aDatedTargetIsCheckedLikeADeadline() {
        TargetValue byJune = TargetValue.parse("2024年6月底前");
        IndicatorProgress done = IndicatorProgress.check("T1", "平台上线时间", FiscalPeriod.halfYear(2024, 1), byJune,
                TargetValue.parse("2024年6月底前"), Direction.BY_DATE, Actual.of("2024年5月"));
        assertThat(done.status()).isEqualTo(ProgressStatus.ON_TRACK);
        IndicatorProgress late = IndicatorProgress.check("T1", "平台上线时间", FiscalPeriod.halfYear(2024, 1), byJune,
                TargetValue.parse("2024年6月底前"), Direction.BY_DATE, Actual.of("尚未上线"));
        assertThat(late.status()).isEqualTo(ProgressStatus.CANNOT_TELL);
        assertThat(late.unclear()).contains(Unclear.NOT_A_VALUE);
    }

    @Test
    void noPeriodTargetCannotBeChecked() {
        IndicatorProgress none = IndicatorProgress.check("X", "无半年值", FiscalPeriod.halfYear(2024, 1),
                TargetValue.parse(""), TargetValue.parse("≥90%"), Direction.AT_LEAST, Actual.of("80%"));
        assertThat(none.status()).isEqualTo(ProgressStatus.CANNOT_TELL);
        assertThat(none.unclear()).isEqualTo(Optional.of(Unclear.TARGET_MISSING));
    }

    @Test
    void theSuzhouPlanIsBehindItsOwnHalfYearExecutionTarget() {
        // The 支出 plan spends 816.54 of 2190.36 by June: 37.28 %, against 预算执行率 =45% → =100%
        HalfYearPlanCheck.Report plan = HalfYearPlanCheck.check(SUZHOU.amountTable("支出").orElseThrow());
        String share = plan.plannedShare().orElseThrow().shown().toPlainString() + "%";
        assertThat(share).isEqualTo("37.28%");
        assertThat(midYear("2.1.3", share).status()).isEqualTo(ProgressStatus.BEHIND);
    }
}
