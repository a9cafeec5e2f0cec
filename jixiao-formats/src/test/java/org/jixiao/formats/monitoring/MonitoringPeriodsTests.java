package org.jixiao.formats.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.core.monitoring.FiscalPeriod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MonitoringPeriodsTests {

    @ParameterizedTest
    @CsvSource({
            "2024-Q1, 2024-Q1", "2024年第一季度, 2024-Q1", "2024年一季度, 2024-Q1", "2024年度第1季度, 2024-Q1",
            "第四季度, 2024-Q4", "Q3, 2024-Q3", "q2, 2024-Q2", "三季度, 2024-Q3",
            "2024-03, 2024-03", "2024-3, 2024-03", "2024年3月, 2024-03", "2024年12月底, 2024-12", "3月, 2024-03",
            "2024-H1, 2024-H1", "2024年上半年, 2024-H1", "下半年, 2024-H2", "２０２４年　上半年, 2024-H1",
            "2023年第四季度, 2023-Q4"})
    void readsThePeriodsAsWritten(String text, String expected) {
        assertThat(MonitoringPeriods.parse(text, 2024)).map(FiscalPeriod::toString).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2024", "2024年第五季度", "2024-13", "13月", "0月", "Q5", "全年", "2024-Q1-2", "一月"})
    void refusesWhatIsNoPeriod(String text) {
        assertThat(MonitoringPeriods.parse(text, 2024)).isEmpty();
    }
}
