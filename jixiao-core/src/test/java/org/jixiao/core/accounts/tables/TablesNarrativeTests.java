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

        // 48 for 一 to 十一, 14 for 六 (3), 七 (3), 十二 (6) and 十三 (2), which have no cause to write
        assertThat(sentences.stream().filter(s -> !s.isPlaceholder())).hasSize(62);
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
    void sixToThirteenListTheDetailAndRecomputeTheProcurementShares() {
        List<String> texts = texts(DemoTables.baotou2024());

        assertThat(texts).contains(
                "一般公共预算财政拨款基本支出决算 488.17 万元",
                // the table's 人员经费 466.31, not Σ 款 466.30: one cent over 11 items is rounding
                "人员经费 466.31 万元。主要包括：基本工资 142.83 万元、津贴补贴 26.39 万元、奖金 58.62 万元、绩效工资 101.12 万元、"
                        + "机关事业单位基本养老保险缴费 41.13 万元、职工基本医疗保险缴费 16.90 万元、其他社会保障缴费 4.21 万元、住房公积金 31.50 万元、"
                        + "退休费 14.91 万元、抚恤金 21.97 万元、生活补助 6.72 万元",
                "一般公共预算财政拨款项目支出决算 40.50 万元",
                "资本性支出 3.95 万元。主要包括：办公设备购置 1.70 万元、信息网络及软件购置更新 2.25 万元",
                "政府采购支出总额 21.86 万元，其中：政府采购货物支出 0.81 万元、政府采购工程支出 0 万元、政府采购服务支出 21.05 万元",
                "政府采购授予中小企业合同金额 4.43 万元，占政府采购支出总额的 20.27%",
                "授予小微企业合同金额 4.05 万元，占政府采购支出总额的 18.53%",
                "货物采购授予中小企业合同金额占货物支出金额的 100.00%",
                "工程采购授予中小企业合同金额占工程支出金额的 0%",
                // 3.62 ÷ 21.05; the table's (and the seed's) 17.18 is within the cents of 3.62 and 21.05
                "服务采购授予中小企业合同金额占服务支出金额的 17.20%",
                "共有车辆 2 辆，其中：副部（省）级及以上领导用车 0 辆、主要负责人用车 0 辆、机要通信用车 1 辆、应急保障用车 1 辆、"
                        + "执法执勤用车 0 辆、特种专业技术用车 0 辆、离退休干部服务用车 0 辆、其他用车 0 辆",
                "单价 100 万元（含）以上的设备（不含车辆）0 台（套）");
    }

    @Test
    void theProcurementSharesAreRecomputedNeverTakenFromTheTablesRateLines() {
        DisclosureTables wrongRates = Planted.set(Planted.baotou(), StandardTable.OTHER, "smeShare", "accounts", "99",
                "smeServicesShare", "accounts", "1");

        assertThat(texts(wrongRates)).contains("政府采购授予中小企业合同金额 4.43 万元，占政府采购支出总额的 20.27%",
                "服务采购授予中小企业合同金额占服务支出金额的 17.20%");
    }

    @Test
    void aZeroEconomicSectionIsNotListedAndABlankByKindAmountHasNoShare() {
        DisclosureTables t = Planted.set(Planted.set(Planted.baotou(), StandardTable.GENERAL_BASIC, "30201", "public", "0"),
                StandardTable.OTHER, "smeGoods", "accounts", null);
        Disclosure d = TablesNarrative.disclosure(t);

        assertThat(d.basicGroups().get(1).items()).extracting(org.jixiao.core.accounts.disclosure.Share::name).doesNotContain("办公费")
                .contains("邮电费");
        assertThat(TablesNarrative.sentences(t)).extracting(Sentence::subject).doesNotContain("货物采购授予中小企业合同金额")
                .contains("服务采购授予中小企业合同金额");
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

    @Test
    void aThreeCostLineWithoutItsBudgetHasNoCompletionSentenceAndBreaksNothing() {
        // a table being filled in: 公务接待费 and the total have their 决算 but not yet their 预算
        DisclosureTables halfFilled = Planted.set(Planted.baotou(), StandardTable.THREE_COSTS, "reception", "budget", null,
                "total", "budget", null);

        List<org.jixiao.core.accounts.disclosure.Sentence> sentences = TablesNarrative.sentences(halfFilled);

        assertThat(sentences).filteredOn(x -> x.section().equals("八") && x.family() == org.jixiao.core.accounts.disclosure.Sentence.Family.COMPLETION)
                .extracting(org.jixiao.core.accounts.disclosure.Sentence::subject)
                .doesNotContain("公务接待费", "财政拨款“三公”经费").isNotEmpty();
    }
}
