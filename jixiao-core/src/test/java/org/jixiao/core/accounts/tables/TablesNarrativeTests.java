package org.jixiao.core.accounts.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.jixiao.core.accounts.disclosure.Compared;
import org.jixiao.core.accounts.disclosure.Disclosure;
import org.jixiao.core.accounts.disclosure.FunctionalClass;
import org.jixiao.core.accounts.disclosure.FunctionalItem;
import org.jixiao.core.accounts.disclosure.Sentence;
import org.jixiao.core.number.Amount;
import org.jixiao.core.number.MoneyUnit;
import org.junit.jupiter.api.Test;

/** From the tables to the narrative's figures and sentences. */
class TablesNarrativeTests {

    private static List<String> texts(DisclosureTables tables) {
        return TablesNarrative.sentences(tables).stream().filter(s -> !s.isPlaceholder()).map(Sentence::text).toList();
    }

    @Test
    void theBaotouTablesGiveTheNarrativeWithItsErrorsCorrected() {
        List<Sentence> sentences = TablesNarrative.sentences(DemoTables.baotou2024());

        assertThat(sentences.stream().filter(s -> !s.isPlaceholder())).hasSize(48);
        assertThat(sentences.stream().filter(Sentence::isPlaceholder)).hasSize(23);
        assertThat(texts(DemoTables.baotou2024())).contains(
                "与年初预算相比，收、支总计各增加 100.91 万元，增长 22.47%",
                "卫生健康支出（类）决算数为 16.90 万元，与年初预算相比增加 1.60 万元",
                "住房保障支出（类）决算数为 31.50 万元，与年初预算相比增加 2.48 万元",
                "与上年决算相比，收、支总计各减少 243.46 万元，下降 30.68%",
                "本年一般公共预算财政拨款收入 528.68 万元，占 96.11%",
                "本年基本支出 488.17 万元，占 88.75%",
                "与年初预算 451.50 万元相比，完成年初预算的 117.09%",
                "年初预算 37.56 万元，支出决算 41.13 万元，完成年初预算的 109.50%",
                "公务用车购置及运行维护费支出 2.35 万元，占 100.00%",
                "与上年决算相比，减少 1.55 万元，下降 6.62%");
    }

    @Test
    void theFiguresComeFromTheirTables() {
        Disclosure d = TablesNarrative.disclosure(DemoTables.baotou2024());

        assertThat(d.unit()).isEqualTo("包头市电化教育馆");
        assertThat(d.totals()).contains(new Compared("收入、支出决算总计", Amount.wan("550.07"), Optional.of(Amount.wan("449.16")),
                Optional.of(Amount.wan("793.53"))));
        assertThat(d.fiscalTotals()).contains(new Compared("财政拨款收入、支出决算总计", Amount.wan("528.68"), Optional.of(Amount.wan("451.50")),
                Optional.of(Amount.wan("780.40"))));
        assertThat(d.functionalClasses()).extracting(FunctionalClass::name).containsExactly("教育支出", "社会保障和就业支出", "卫生健康支出", "住房保障支出");
        assertThat(d.functionalClasses().get(2).items()).containsExactly(new FunctionalItem("行政事业单位医疗（款）事业单位医疗（项）",
                Optional.of("2101102"), Amount.wan("15.30"), Amount.wan("16.90")));
        assertThat(d.threeCostChanges()).extracting(Compared::name).containsExactly("因公出国（境）费支出", "公务用车购置支出", "公务用车运行维护费支出",
                "公务接待费支出");
        assertThat(d.runningCosts().orElseThrow().name()).isEqualTo("公用经费支出决算");
    }

    @Test
    void anAdministrativeUnitWritesItsRunningCostsAsSuch() {
        DisclosureTables b = DemoTables.baotou2024();
        Disclosure d = TablesNarrative.disclosure(new DisclosureTables("某局", 2024, UnitKind.ADMINISTRATIVE, b.tables()));
        assertThat(d.runningCosts().orElseThrow().name()).isEqualTo("机关运行经费支出决算");
    }

    @Test
    void aTableInYuanIsWrittenInWanYuan() {
        DisclosureTables yuan = Planted.inYuan(DemoTables.baotou2024(), StandardTable.THREE_COSTS);
        assertThat(yuan.table(StandardTable.THREE_COSTS).orElseThrow().amount("total", "accounts")).contains(Amount.yuan("23500"));
        assertThat(texts(yuan)).isEqualTo(texts(DemoTables.baotou2024()));
        assertThat(TablesNarrative.disclosure(yuan).threeCostsSpent()).contains(new Amount(new java.math.BigDecimal("2.35"), MoneyUnit.WAN_YUAN));
    }

    @Test
    void aSectionWithoutItemsStandsForItselfAndMissingTablesLeaveTheirSectionsOut() {
        DisclosureTable general = DisclosureTable.builder(StandardTable.GENERAL_EXPENDITURE, MoneyUnit.WAN_YUAN)
                .line("total", "10", "12")
                .code("205", "教育支出", "10", "12")
                .code("20599", "", "10", "12")
                .build();
        Disclosure d = TablesNarrative.disclosure(new DisclosureTables("某校", 2024, UnitKind.INSTITUTION, List.of(general)));

        // the name left blank is the classification's
        assertThat(d.functionalClasses().get(0).items()).extracting(FunctionalItem::name).containsExactly("其他教育支出（款）");
        assertThat(d.totals()).isEmpty();
        assertThat(d.threeCosts()).isEmpty();
        assertThat(d.incomeBySource()).isEmpty();
        assertThat(TablesNarrative.sentences(new DisclosureTables("某校", 2024, UnitKind.INSTITUTION, List.of(general))).stream()
                .filter(s -> !s.isPlaceholder()).map(Sentence::text)).containsExactly(
                "与年初预算 10.00 万元相比，完成年初预算的 120.00%",
                "教育支出（类）决算数为 12.00 万元，与年初预算相比增加 2.00 万元",
                "年初预算 10.00 万元，支出决算 12.00 万元，完成年初预算的 120.00%");
    }
}
