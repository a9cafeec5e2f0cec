package org.jixiao.core.accounts.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jixiao.core.accounts.ClassificationKind;
import org.jixiao.core.accounts.Level;
import org.jixiao.core.number.Amount;
import org.jixiao.core.number.MoneyUnit;
import org.junit.jupiter.api.Test;

/** The standard tables' layouts and what a table accepts as its structure. */
class DisclosureTableTests {

    @Test
    void elevenStandardTablesInTheTemplatesOrder() {
        assertThat(StandardTable.values()).extracting(StandardTable::numberedTitle).containsExactly(
                "一、收入支出决算总表", "二、收入决算表", "三、支出决算表", "四、财政拨款收入支出决算总表", "五、一般公共预算财政拨款支出决算表",
                "六、一般公共预算财政拨款基本支出决算明细表", "七、一般公共预算财政拨款项目支出决算明细表", "八、政府性基金预算财政拨款收入支出决算表",
                "九、国有资本经营预算财政拨款收入支出决算表", "十、财政拨款“三公”经费支出决算表", "十一、机关运行经费支出、国有资产占用情况及政府采购支出信息表");
        assertThat(StandardTable.byTitle("十、财政拨款\"三公\"经费支出决算表")).contains(StandardTable.THREE_COSTS);
        assertThat(StandardTable.byTitle("5 一般公共预算财政拨款支出决算表")).contains(StandardTable.GENERAL_EXPENDITURE);
        assertThat(StandardTable.byTitle("收入 决算表")).contains(StandardTable.INCOME);
        assertThat(StandardTable.byTitle("决算表")).isEmpty();
        // ids unique within each table, labels too (the importer finds lines by label)
        for (StandardTable t : StandardTable.values()) {
            TableLayout l = t.layout();
            assertThat(l.columns().stream().map(TableColumn::id)).doesNotHaveDuplicates();
            assertThat(l.lines().stream().map(TableLine::id)).doesNotHaveDuplicates();
            assertThat(l.lines().stream().map(TableLine::label)).doesNotHaveDuplicates();
        }
        assertThat(StandardTable.SUMMARY.layout().codeRows()).contains(new CodeRows(ClassificationKind.FUNCTIONAL, Level.CLASS));
        assertThat(StandardTable.GENERAL_BASIC.layout().codeRows()).contains(new CodeRows(ClassificationKind.ECONOMIC, Level.SECTION));
        assertThat(StandardTable.THREE_COSTS.layout().codeRows()).isEmpty();
        assertThat(Arrays.stream(StandardTable.values()).map(t -> t.title().length())).allMatch(n -> n <= 31); // Excel sheet names
    }

    @Test
    void rowsAreKeptInTheLayoutsOrderAndCodesWrittenAnyWayAreDigits() {
        DisclosureTable t = DisclosureTable.builder(StandardTable.GENERAL_EXPENDITURE, MoneyUnit.WAN_YUAN)
                .code("２０５ ０２ ９９", "其他普通教育支出", "2.25", "2.25")
                .code("205-02", "普通教育", "2.25", "2.25")
                .code("208", "社会保障和就业支出")
                .line("total", "2.25", "2.25")
                .code(" 205 ", "教育支出", "2.25", "2.25")
                .build();

        assertThat(t.rows()).extracting(DisclosureRow::key).containsExactly("total", "205", "20502", "2050299", "208");
        assertThat(t.label(t.row("2050299").orElseThrow())).isEqualTo("2050299 其他普通教育支出");
        assertThat(t.label(t.row("total").orElseThrow())).isEqualTo("合计");
        assertThat(t.amount("20502", "total")).contains(Amount.wan("2.25"));
        assertThat(t.amount("20502", "basic")).isEmpty();
        assertThat(t.value("205", "budget")).contains(new BigDecimal("2.25"));
    }

    @Test
    void aCountIsNotMoneyAndAPercentageIsNotEither() {
        DisclosureTable other = DemoTables.baotou2024().table(StandardTable.OTHER).orElseThrow();
        assertThat(other.amount("vehicles", "accounts")).isEmpty();
        assertThat(other.value("vehicles", "accounts")).contains(new BigDecimal("2"));
        assertThat(other.amount("smeShare", "accounts")).isEmpty();
        assertThat(other.amount("running", "accounts")).contains(Amount.wan("21.86"));
    }

    @Test
    void theStructureIsEnforcedWithChineseMessages() {
        assertThatThrownBy(() -> DisclosureTable.builder(StandardTable.SUMMARY, MoneyUnit.WAN_YUAN).line("nonsense", "1").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("“收入支出决算总表”没有“nonsense”这一行");
        assertThatThrownBy(() -> DisclosureTable.builder(StandardTable.SUMMARY, MoneyUnit.WAN_YUAN).code("2050299", "其他普通教育支出", "1").build())
                .hasMessage("“收入支出决算总表”的科目编码“2050299”不是本表列示的级次（支出功能分类，列示到类）");
        assertThatThrownBy(() -> DisclosureTable.builder(StandardTable.GENERAL_BASIC, MoneyUnit.WAN_YUAN).code("3010101", "x").build())
                .hasMessageContaining("不是本表列示的级次（部门预算支出经济分类，列示到款）");
        assertThatThrownBy(() -> DisclosureTable.builder(StandardTable.THREE_COSTS, MoneyUnit.WAN_YUAN).code("205", "教育支出").build())
                .hasMessage("“财政拨款“三公”经费支出决算表”没有按科目编码列示的行，不能填写编码“205”");
        assertThatThrownBy(() -> DisclosureTable.builder(StandardTable.INCOME, MoneyUnit.WAN_YUAN).code("205", "a").code("2 05", "b").build())
                .hasMessage("“收入决算表”的“205”出现了两次");
        assertThatThrownBy(() -> new DisclosureTable(StandardTable.INCOME, MoneyUnit.WAN_YUAN,
                List.of(new DisclosureRow("total", "", Map.of("budget", BigDecimal.ONE), "第5行"))))
                .hasMessage("“收入决算表”第5行没有“budget”这一列");
        assertThatThrownBy(() -> DisclosureTable.builder(StandardTable.OTHER, MoneyUnit.WAN_YUAN).line("vehicles", "1.5").build())
                .hasMessage("“机关运行经费支出、国有资产占用情况及政府采购支出信息表”“车辆合计”是数量，应为整数，填写的是 1.5");
        assertThatThrownBy(() -> DisclosureTable.builder(StandardTable.THREE_COSTS, MoneyUnit.WAN_YUAN).line("total", "1", "2", "3", "4"))
                .hasMessage("“财政拨款“三公”经费支出决算表”只有 3 列，给了 4 个数");
        DisclosureTable three = DemoTables.baotou2024().table(StandardTable.THREE_COSTS).orElseThrow();
        assertThatThrownBy(() -> new DisclosureTables("x", 2024, UnitKind.INSTITUTION, List.of(three, three)))
                .hasMessage("“财政拨款“三公”经费支出决算表”出现了两次");
    }

    @Test
    void whereARowWasReadIsNotPartOfItsContent() {
        DisclosureRow a = new DisclosureRow("205", "教育支出", Map.of("total", new BigDecimal("2.50")), "第7行");
        DisclosureRow b = new DisclosureRow("205", "教育支出", Map.of("total", new BigDecimal("2.5")), "");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.withOrigin("第9行").origin()).isEqualTo("第9行");
        assertThat(new DisclosureRow("205", "教育支出", Map.of("total", new BigDecimal("2.51")), "")).isNotEqualTo(b);
    }

    @Test
    void tablesAreKeptInTemplateOrder() {
        DisclosureTables d = DemoTables.baotou2024();
        List<DisclosureTable> reversed = new java.util.ArrayList<>(d.tables());
        java.util.Collections.reverse(reversed);
        assertThat(new DisclosureTables(d.unit(), d.year(), d.kind(), reversed)).isEqualTo(d);
        assertThat(d.table(StandardTable.FUND)).isPresent();
    }
}
