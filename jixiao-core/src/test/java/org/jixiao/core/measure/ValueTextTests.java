package org.jixiao.core.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * Cells as real tables write them: signs as symbols (half- and full-width) or words, units after
 * the number, dates to the month, OCR spaces inside words and numbers. Every expectation is the
 * exact record the cell must read as.
 */
class ValueTextTests {

    private static TargetValue.Numeric numeric(Comparison comparison, String value, String unit, boolean written, String text) {
        return new TargetValue.Numeric(comparison, Quantity.of(value, unit), written, text);
    }

    private static Period span(int year, int fromMonth, int toMonth) {
        return new Period(YearMonth.of(year, fromMonth), YearMonth.of(year, toMonth), false);
    }

    // ---- Targets ------------------------------------------------------------

    @Test
    void atLeastWithPercent() {
        assertThat(ValueText.target("≥95%")).isEqualTo(numeric(Comparison.AT_LEAST, "95", "%", true, "≥95%"));
    }

    @Test
    void theJapaneseFormOfAtLeastIsFolded() {
        // ≧ (U+2267) is what some input methods produce for ≥.
        assertThat(ValueText.target("≧95")).isEqualTo(numeric(Comparison.AT_LEAST, "95", "", true, "≧95"));
    }

    @Test
    void fullWidthSignAndPercentAreFolded() {
        // ＞ (U+FF1E) and ％ (U+FF05); the original text is kept as written.
        assertThat(ValueText.target("＞90％")).isEqualTo(numeric(Comparison.MORE_THAN, "90", "%", true, "＞90％"));
    }

    @Test
    void atMostWithMagnitudeUnit() {
        TargetValue target = ValueText.target("≤20万元");

        assertThat(target).isEqualTo(numeric(Comparison.AT_MOST, "20", "万元", true, "≤20万元"));
        Quantity quantity = ((TargetValue.Numeric) target).quantity();
        assertThat(quantity.baseUnit()).isEqualTo("元");
        // 20 × 10 000
        assertThat(quantity.baseValue()).isEqualByComparingTo("200000");
    }

    @Test
    void equalSign() {
        assertThat(ValueText.target("=100%")).isEqualTo(numeric(Comparison.EQUAL, "100", "%", true, "=100%"));
    }

    @Test
    void baifenbiIsPercentAndNoSignLeavesTheDirectionToTheIndicator() {
        TargetValue.Numeric target = (TargetValue.Numeric) ValueText.target("100百分比");

        assertThat(target).isEqualTo(numeric(Comparison.AT_LEAST, "100", "%", false, "100百分比"));
        // No sign written: a 反向 indicator reads it as ≤ 100 %.
        assertThat(target.withDefaultComparison(Comparison.AT_MOST))
                .isEqualTo(numeric(Comparison.AT_MOST, "100", "%", false, "100百分比"));
    }

    @Test
    void aWrittenSignIsNotOverriddenByTheDirection() {
        TargetValue.Numeric target = (TargetValue.Numeric) ValueText.target("≥95%");

        assertThat(target.withDefaultComparison(Comparison.AT_MOST)).isSameAs(target);
    }

    @Test
    void signWordsBeforeTheNumber() {
        assertThat(ValueText.target("小于5次")).isEqualTo(numeric(Comparison.LESS_THAN, "5", "次", true, "小于5次"));
        assertThat(ValueText.target("不低于90%")).isEqualTo(numeric(Comparison.AT_LEAST, "90", "%", true, "不低于90%"));
    }

    @Test
    void signWordAfterTheUnit() {
        assertThat(ValueText.target("1项以上")).isEqualTo(numeric(Comparison.AT_LEAST, "1", "项", true, "1项以上"));
    }

    @Test
    void thousandsSeparator() {
        assertThat(ValueText.target("10,339.11")).isEqualTo(numeric(Comparison.AT_LEAST, "10339.11", "", false, "10,339.11"));
    }

    @Test
    void deadline() {
        assertThat(ValueText.target("2024年12月底前"))
                .isEqualTo(new TargetValue.Dated(Period.until(YearMonth.of(2024, 12)), "2024年12月底前"));
    }

    @Test
    void spanOfMonths() {
        assertThat(ValueText.target("2024年1月份至2月份"))
                .isEqualTo(new TargetValue.Dated(span(2024, 1, 2), "2024年1月份至2月份"));
    }

    @Test
    void spanWithOcrSpaces() {
        assertThat(ValueText.target("2024 年 1- 2 月"))
                .isEqualTo(new TargetValue.Dated(span(2024, 1, 2), "2024 年 1- 2 月"));
    }

    @Test
    void singleMonth() {
        assertThat(ValueText.target("2024年11月"))
                .isEqualTo(new TargetValue.Dated(Period.month(YearMonth.of(2024, 11)), "2024年11月"));
    }

    @Test
    void wordsAreLabels() {
        assertThat(ValueText.target("按时完成")).isEqualTo(new TargetValue.Label("按时完成", "按时完成"));
        assertThat(ValueText.target("有效")).isEqualTo(new TargetValue.Label("有效", "有效"));
    }

    @Test
    void labelsAreCompactedAndUnquoted() {
        assertThat(ValueText.target("较规 范")).isEqualTo(new TargetValue.Label("较规范", "较规 范"));
        assertThat(ValueText.target("“规范”")).isEqualTo(new TargetValue.Label("规范", "“规范”"));
    }

    @Test
    void blankAndDashAreNone() {
        assertThat(ValueText.target("")).isEqualTo(new TargetValue.None(""));
        assertThat(ValueText.target("—")).isEqualTo(new TargetValue.None("—"));
        assertThat(ValueText.target(null)).isEqualTo(new TargetValue.None(""));
    }

    // ---- Actuals ------------------------------------------------------------

    @Test
    void percent() {
        assertThat(new Actual.Reading("98%").quantity()).contains(Quantity.of("98", "%"));
    }

    @Test
    void plainDecimal() {
        assertThat(new Actual.Reading("204.46").quantity()).contains(Quantity.of("204.46", ""));
    }

    @Test
    void noPetitionsIsZero() {
        assertThat(new Actual.Reading("无上访").quantity()).contains(Quantity.of("0", ""));
    }

    @Test
    void achievedStatesNoQuantityAndReadsAsALabel() {
        Actual.Reading reading = new Actual.Reading("达成预期指标");

        assertThat(reading.quantity()).isEmpty();
        assertThat(reading.period(2024)).isEmpty();
        assertThat(reading.label()).isEqualTo("达成预期指标");
    }

    @Test
    void wanRenciComparesWithATargetInWanRenci() {
        Quantity target = ((TargetValue.Numeric) ValueText.target("≥3万人次")).quantity();
        Quantity actual = new Actual.Reading("3.3万人次").quantity().orElseThrow();

        assertThat(actual).isEqualTo(Quantity.of("3.3", "万人次"));
        assertThat(actual.valueIn(target)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3.3"));
        // 3.3 万人次 ≥ 3 万人次
        assertThat(Comparison.AT_LEAST.isMet(actual.valueIn(target).orElseThrow(), target.value())).isTrue();
    }

    @Test
    void renciAndWanRenciConvertBothWays() {
        Quantity wan = Quantity.of("3", "万人次");
        Quantity plain = Quantity.of("30000", "人次");

        // 33 000 人次 = 3.3 万人次
        assertThat(Quantity.of("33000", "人次").valueIn(wan)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3.3"));
        // 3.3 万人次 = 33 000 人次
        assertThat(Quantity.of("3.3", "万人次").valueIn(plain)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("33000"));
    }

    @Test
    void differentUnitsDoNotCompare() {
        assertThat(Quantity.of("3.3", "万人次").valueIn(Quantity.of("95", "%"))).isEmpty();
        assertThat(Quantity.of("88", "个").valueIn(Quantity.of("90", "%"))).isEmpty();
    }

    @Test
    void aSideWithoutUnitComparesAsWritten() {
        assertThat(Quantity.of("19.35", "").valueIn(Quantity.of("20", "万元")))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("19.35"));
    }

    @Test
    void ocrSpaceInsideALabel() {
        Actual.Reading reading = new Actual.Reading("较规 范");

        assertThat(reading.label()).isEqualTo("较规范");
        assertThat(reading.quantity()).isEmpty();
    }

    @Test
    void quotesAreStripped() {
        assertThat(new Actual.Reading("“规范”").label()).isEqualTo("规范");
        assertThat(new Actual.Reading("「规范」。").label()).isEqualTo("规范");
    }

    @Test
    void blankCellsAreMissing() {
        assertThat(Actual.of("")).isEqualTo(new Actual.Missing());
        assertThat(Actual.of("   ")).isEqualTo(new Actual.Missing());
        assertThat(Actual.of(null)).isEqualTo(new Actual.Missing());
        assertThat(Actual.of("98%")).isEqualTo(new Actual.Reading("98%"));
    }

    @Test
    void ocrSpacesInsideANumber() {
        assertThat(ValueText.quantity("97. 83 %")).contains(Quantity.of("97.83", "%"));
    }

    // ---- PeriodsInsideText ------------------------------------------------------------

    @Test
    void monthSpanInASentenceTakesTheDefaultYear() {
        assertThat(ValueText.period("我单位寒假“名师视界”直播课1-2月份已完成174节播放量", 2024)).contains(span(2024, 1, 2));
    }

    @Test
    void theSameSentenceWithOcrSpaces() {
        assertThat(ValueText.period("我单位 寒假 “名师 视界” 直播课 1-2 月 份已完 成 174 节播放 量", 2024))
                .contains(span(2024, 1, 2));
    }

    @Test
    void singleMonthInASentence() {
        assertThat(ValueText.period("截止7月份已完成92节", 2024)).contains(Period.month(YearMonth.of(2024, 7)));
    }

    @Test
    void aCellThatIsADateKeepsItsOwnYear() {
        assertThat(ValueText.period("2024年11月", 2023)).contains(Period.month(YearMonth.of(2024, 11)));
        assertThat(ValueText.period("2024年12月底前", 2023)).contains(Period.until(YearMonth.of(2024, 12)));
    }

    @Test
    void aSentenceWithoutAMonthHasNoPeriod() {
        assertThat(ValueText.period("我单位其他各类教育教学视频课已播放82节", 2024)).isEmpty();
    }

    // ---- NeitherNumbersNorDates ------------------------------------------------------------

    @Test
    void everySunday() {
        assertThat(ValueText.target("每周日")).isEqualTo(new TargetValue.Label("每周日", "每周日"));
        assertThat(ValueText.quantity("每周日")).isEmpty();
        assertThat(ValueText.period("每周日", 2024)).isEmpty();
    }

    @Test
    void effectivelyReduced() {
        assertThat(ValueText.target("有效减少")).isEqualTo(new TargetValue.Label("有效减少", "有效减少"));
        assertThat(ValueText.quantity("有效减少")).isEmpty();
        assertThat(ValueText.period("有效减少", 2024)).isEmpty();
    }

    @Test
    void aMonthThatDoesNotExistIsNotADate() {
        assertThat(ValueText.target("2024年13月")).isEqualTo(new TargetValue.Label("2024年13月", "2024年13月"));
        assertThat(ValueText.period("2024年13月", 2024)).isEmpty();
    }

    @Test
    void aQuarterIsNotAMonth() {
        assertThat(ValueText.quantity("第1季度")).isEmpty();
        assertThat(ValueText.period("第1季度", 2024)).isEmpty();
    }

    @Test
    void aMonthSpanWithoutYearIsNotANumber() {
        assertThat(ValueText.quantity("1-2月份")).isEmpty();
    }

    @Test
    void aDashIsNotAnActualNumber() {
        assertThat(ValueText.quantity("—")).isEmpty();
    }

    @Test
    void compactFoldsFullWidthAndRemovesEveryKindOfSpace() {
        // full-width digits and letters, ideographic space U+3000, no-break space U+00A0, ≦ → ≤
        assertThat(ValueText.compact("≦ １２\u3000３\u00A0ＡＢ")).isEqualTo("≤123AB");
    }

    @Test
    void canonicalQuantitiesAreEqualRecords() {
        assertThat(Quantity.of("95.00", "%")).isEqualTo(new Quantity(new BigDecimal("95"), "%"));
    }

    @Test
    void aYearOrItsEndIsAPeriodNotANumber() {
        // "2024年底前" is a deadline at the end of December, not the number 2024 with a unit "年底前".
        assertThat(ValueText.target("2024年底前")).isEqualTo(new TargetValue.Dated(
                Period.until(YearMonth.of(2024, 12)), "2024年底前"));
        assertThat(ValueText.target("2024年度")).isEqualTo(new TargetValue.Dated(
                new Period(YearMonth.of(2024, 1), YearMonth.of(2024, 12), false), "2024年度"));
        assertThat(ValueText.target("2024 年末")).isEqualTo(new TargetValue.Dated(
                Period.month(YearMonth.of(2024, 12)), "2024 年末"));
    }
}
