package org.jixiao.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jixiao.core.number.Percentage;
import org.junit.jupiter.api.Test;

class TimeProgressTests {

    @Test
    void periodsEndWithTheirLastMonth() {
        assertThat(FiscalPeriod.month(2024, 5).endMonth()).isEqualTo(5);
        assertThat(FiscalPeriod.quarter(2024, 3).endMonth()).isEqualTo(9);
        assertThat(FiscalPeriod.halfYear(2024, 1).endMonth()).isEqualTo(6);
        assertThat(FiscalPeriod.quarter(2024, 4).endsTheYear()).isTrue();
        assertThat(FiscalPeriod.months(2024)).hasSize(12);
        assertThat(FiscalPeriod.quarters(2024)).extracting(FiscalPeriod::endMonth).containsExactly(3, 6, 9, 12);
    }

    @Test
    void periodsAreLabelledAsReportsWriteThem() {
        assertThat(FiscalPeriod.month(2024, 3).label()).isEqualTo("2024年3月");
        assertThat(FiscalPeriod.quarter(2024, 1).label()).isEqualTo("2024年第一季度");
        assertThat(FiscalPeriod.quarter(2024, 4).label()).isEqualTo("2024年第四季度");
        assertThat(FiscalPeriod.halfYear(2024, 1).label()).isEqualTo("2024年上半年");
        assertThat(FiscalPeriod.month(2024, 3)).hasToString("2024-03");
        assertThat(FiscalPeriod.quarter(2024, 2)).hasToString("2024-Q2");
        assertThat(FiscalPeriod.halfYear(2024, 2)).hasToString("2024-H2");
    }

    @Test
    void periodsSortByTheirEndThenMonthsBeforeQuarters() {
        List<FiscalPeriod> periods = new ArrayList<>(List.of(FiscalPeriod.halfYear(2024, 1), FiscalPeriod.quarter(2024, 2),
                FiscalPeriod.month(2024, 6), FiscalPeriod.month(2024, 4), FiscalPeriod.quarter(2023, 4)));
        Collections.sort(periods);
        assertThat(periods).containsExactly(FiscalPeriod.quarter(2023, 4), FiscalPeriod.month(2024, 4),
                FiscalPeriod.month(2024, 6), FiscalPeriod.quarter(2024, 2), FiscalPeriod.halfYear(2024, 1));
    }

    @Test
    void aPeriodOutsideTheYearIsRefused() {
        assertThatThrownBy(() -> FiscalPeriod.quarter(2024, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FiscalPeriod.month(2024, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void linearTimeProgressIsAQuarterAQuarter() {
        TimeProgress linear = TimeProgress.LINEAR;
        // quarter q ends in month 3q: 3q ÷ 12 = q ÷ 4
        assertThat(FiscalPeriod.quarters(2024)).extracting(linear::at)
                .containsExactly(Percentage.of("25"), Percentage.of("50"), Percentage.of("75"), Percentage.of("100"));
        assertThat(linear.at(FiscalPeriod.halfYear(2024, 1))).isEqualTo(Percentage.of("50"));
        // month 1: 100 ÷ 12 = 8.333… (34 digits), shown 8.33 %
        assertThat(linear.atMonth(1).percent()).isEqualByComparingTo("8.333333333333333333333333333333333");
        assertThat(linear.atMonth(1)).hasToString("8.33%");
        assertThat(linear.atMonth(7)).hasToString("58.33%");
    }

    @Test
    void workingDaysWeighTheMonths() {
        // 2024 working days in a Chinese calendar (an example the application would compute):
        // 22+17+21+19+20+19+23+22+20+18+21+22 = 244
        TimeProgress days = TimeProgress.workingDays(List.of(22, 17, 21, 19, 20, 19, 23, 22, 20, 18, 21, 22));
        // end of March: 22+17+21 = 60 of 244 = 24.590163…%
        assertThat(days.at(FiscalPeriod.quarter(2024, 1)).shown()).isEqualByComparingTo("24.59");
        // end of June: 60+19+20+19 = 118 of 244 = 48.360655…%
        assertThat(days.at(FiscalPeriod.halfYear(2024, 1)).shown()).isEqualByComparingTo("48.36");
        assertThat(days.atMonth(12)).isEqualTo(Percentage.HUNDRED);
        assertThat(days.name()).isEqualTo("按工作日");
    }

    @Test
    void aStatedScheduleIsKeptAsGiven() {
        // A bureau's own targets: 30 % by March, 55 % by June, 80 % by September, 100 % by December.
        List<Percentage> ends = new ArrayList<>();
        String[] values = {"10", "20", "30", "38", "46", "55", "63", "71", "80", "87", "94", "100"};
        for (String v : values) {
            ends.add(Percentage.of(v));
        }
        TimeProgress stated = new TimeProgress("财政局通知", ends);
        assertThat(stated.at(FiscalPeriod.quarter(2024, 2))).isEqualTo(Percentage.of("55"));
    }

    @Test
    void aScheduleMustNotFallOrPassAHundred() {
        List<Percentage> falling = new ArrayList<>(TimeProgress.LINEAR.monthEnds());
        falling.set(5, Percentage.of("10"));
        assertThatThrownBy(() -> new TimeProgress("x", falling)).hasMessageContaining("6月");
        assertThatThrownBy(() -> new TimeProgress("x", List.of(Percentage.HUNDRED))).hasMessageContaining("12个月");
        assertThatThrownBy(() -> TimeProgress.byMonthWeights("x", Collections.nCopies(12, BigDecimal.ZERO)))
                .hasMessageContaining("为0");
    }
}
