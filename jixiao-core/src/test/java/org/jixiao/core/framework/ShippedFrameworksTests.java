package org.jixiao.core.framework;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.core.funds.AmountTable;
import org.jixiao.core.number.Amount;
import org.jixiao.core.number.Score;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

class ShippedFrameworksTests {

    static final java.util.List<String> IDS = ShippedFrameworks.IDS;

    @ParameterizedTest
    @FieldSource("IDS")
    void everyShippedFrameworkLoadsWithoutErrors(String id) {
        FrameworkLoad load = ShippedFrameworks.load(id);

        assertThat(load.errors()).isEmpty();
        assertThat(load.framework()).isPresent();
    }

    @Test
    void theNationalTemplateWeighsExecution10AndTargets90() {
        Framework template = ShippedFrameworks.get("national-project");

        assertThat(template.template()).isTrue();
        assertThat(template.node("FUNDS").flatMap(Node::weight)).contains(Score.of(10));
        assertThat(template.node("1").flatMap(Node::weight)).contains(Score.of(50));
        assertThat(template.node("2").flatMap(Node::weight)).contains(Score.of(30));
        assertThat(template.node("3").flatMap(Node::weight)).contains(Score.of(10));
        assertThat(ShippedFrameworks.load("national-project").warnings()).isEmpty();
    }

    @Test
    void theYunnanHubeiVariantWeighsExecution20AndTargets80() {
        Framework template = ShippedFrameworks.get("national-project-20-80");

        assertThat(template.node("FUNDS").flatMap(Node::weight)).contains(Score.of(20));
        assertThat(template.node("T").flatMap(Node::weight)).contains(Score.of(80));
    }

    @Test
    void suzhouTargetTableFundsAddUpTo2190_36() {
        Framework suzhou = ShippedFrameworks.get("suzhou-target-table");
        AmountTable income = suzhou.amountTable("收入").orElseThrow();
        AmountTable spending = suzhou.amountTable("支出").orElseThrow();

        assertThat(suzhou.kind()).isEqualTo(FrameworkKind.TARGET_TABLE);
        assertThat(income.total("全年预算数")).isEqualTo(Amount.wan("2190.36"));
        assertThat(spending.row("基本支出").flatMap(r -> r.value("全年预算数"))).contains(Amount.wan("1093.84"));
        assertThat(spending.row("项目支出").flatMap(r -> r.value("全年预算数"))).contains(Amount.wan("1096.52"));
        assertThat(spending.total("全年预算数")).isEqualTo(Amount.wan("2190.36"));
        assertThat(suzhou.indicator("2.1.3").orElseThrow().halfYearTarget().text()).isEqualTo("=45%");
        assertThat(suzhou.indicator("2.1.3").orElseThrow().target().text()).isEqualTo("=100%");
    }

    @Test
    void suzhouWarnsExactlyAboutItsHalfYearProjectPlansAndEmptyCategories() {
        FrameworkLoad load = ShippedFrameworks.load("suzhou-target-table");

        // 5 + 0 + 57 + 129.5 + 5 + 30 + 0 + 17.2 + 0 + 7.4 + 1.5 + 10 + 37 = 299.60, stated 299.62.
        assertThat(load.warnings()).filteredOn(p -> p.code().equals("AMOUNT_SUM"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.node()).isEqualTo("项目支出");
                    assertThat(p.message()).contains("半年计划执行数", "299.62", "299.60");
                    assertThat(p.line()).isPositive();
                });
        // 社会效益, 生态效益 and 可持续影响 carry no indicator in the published table.
        assertThat(load.warnings()).filteredOn(p -> p.code().equals("EMPTY_GROUP"))
                .extracting(FrameworkProblem::node).containsExactly("4.2", "4.3", "5");
        assertThat(load.warnings()).hasSize(4);
    }
}
