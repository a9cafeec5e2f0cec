package org.jixiao.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.jixiao.core.framework.ShippedFrameworks;
import org.jixiao.core.funds.AmountRow;
import org.jixiao.core.funds.AmountTable;
import org.jixiao.core.number.Amount;
import org.jixiao.core.number.MoneyUnit;
import org.junit.jupiter.api.Test;

class HalfYearPlanCheckTests {

    private static final String HALF = HalfYearPlanCheck.HALF_YEAR;
    private static final String FULL = HalfYearPlanCheck.FULL_YEAR;

    @Test
    void suzhousProjectPlansAddTo299_60Not299_62() {
        AmountTable plan = ShippedFrameworks.get("suzhou-target-table").amountTable("支出").orElseThrow();

        HalfYearPlanCheck.Report report = HalfYearPlanCheck.check(plan);

        // 5 + 0 + 57 + 129.5 + 5 + 30 + 0 + 17.2 + 0 + 7.4 + 1.5 + 10 + 37 = 299.6, stated 299.62
        assertThat(report.mismatches()).singleElement().satisfies(m -> {
            assertThat(m.row().label()).isEqualTo("项目支出");
            assertThat(m.column()).isEqualTo(HALF);
            assertThat(m.stated()).isEqualTo(Amount.wan("299.62"));
            assertThat(m.sumOfParts()).isEqualTo(Amount.wan("299.60"));
        });
        // No project plans more by June than its year: 129.5 ≤ 323.8, 57 ≤ 196, …
        assertThat(report.excesses()).isEmpty();
        assertThat(report.isConsistent()).isFalse();
        assertThat(report.messages()).containsExactly("“项目支出”半年计划执行数为299.62，其明细合计为299.60，相差0.02");
        // 516.92 + 299.62 = 816.54 of 1093.84 + 1096.52 = 2190.36: 37.2788…%
        assertThat(report.halfYearTotal()).isEqualTo(Amount.wan("816.54"));
        assertThat(report.fullYearTotal()).isEqualTo(Amount.wan("2190.36"));
        assertThat(report.plannedShare().orElseThrow().percent())
                .isEqualByComparingTo("37.27880348435873555032049526105298");
    }

    @Test
    void aRowPlanningMoreThanItsYearIsReported() {
        AmountRow a = new AmountRow("安保经费", Map.of(HALF, Amount.wan("60"), FULL, Amount.wan("56")), List.of(), 7);
        AmountRow b = new AmountRow("调研业务费", Map.of(HALF, Amount.wan("5"), FULL, Amount.wan("25")), List.of(), 8);
        AmountRow projects = new AmountRow("项目支出", Map.of(HALF, Amount.wan("65"), FULL, Amount.wan("81")), List.of(a, b), 6);
        AmountTable plan = new AmountTable("支出", MoneyUnit.WAN_YUAN, List.of(HALF, FULL), List.of(projects));

        HalfYearPlanCheck.Report report = HalfYearPlanCheck.check(plan);

        assertThat(report.mismatches()).isEmpty();
        assertThat(report.excesses()).singleElement().satisfies(e -> {
            assertThat(e.row().line()).isEqualTo(7);
            assertThat(e.message()).isEqualTo("“安保经费”半年计划执行数60.00超过全年预算数56.00");
        });
    }

    @Test
    void aTableWithoutThePlanColumnsIsRefused() {
        AmountTable income = ShippedFrameworks.get("suzhou-target-table").amountTable("收入").orElseThrow();
        assertThatThrownBy(() -> HalfYearPlanCheck.check(income)).hasMessageContaining("半年计划执行数");
    }
}
