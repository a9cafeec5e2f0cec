package org.jixiao.core.accounts.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.jixiao.core.accounts.tables.Planted.baotou;
import static org.jixiao.core.accounts.tables.Planted.set;

import java.util.List;
import java.util.Map;
import org.jixiao.core.review.Check;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.Severity;
import org.junit.jupiter.api.Test;

/** Each check catches an error planted in the Baotou tables and stays silent on consistent data. */
class DisclosureChecksTests {

    private static final StandardTable SUMMARY = StandardTable.SUMMARY;
    private static final StandardTable INCOME = StandardTable.INCOME;
    private static final StandardTable EXPENDITURE = StandardTable.EXPENDITURE;
    private static final StandardTable FISCAL = StandardTable.FISCAL_SUMMARY;
    private static final StandardTable GENERAL = StandardTable.GENERAL_EXPENDITURE;
    private static final StandardTable BASIC = StandardTable.GENERAL_BASIC;
    private static final StandardTable THREE = StandardTable.THREE_COSTS;
    private static final StandardTable OTHER = StandardTable.OTHER;

    private static List<Finding> check(DisclosureTables tables) {
        return DisclosureChecks.check(tables);
    }

    /** The findings the Baotou tables always give (see {@link #theBaotouTablesAddUpButTheirImpliedBudgetDoesNot}). */
    private static List<Finding> planted(DisclosureTables tables) {
        return check(tables).stream().filter(f -> !(f.check() == Check.DISCLOSURE_PART_EXCEEDS_WHOLE && f.location().equals("年初预算数"))).toList();
    }

    @Test
    void theBaotouTablesAddUpButTheirImpliedBudgetDoesNot() {
        // every sum, balance, rate and cross-table figure agrees (the cent differences of the published
        // totals are rounding); only the 年初预算 the narrative implies for the whole (550.07 − 100.91) is
        // below the 财政拨款 年初预算 (528.68 − 77.18), which is part of it
        assertThat(check(baotou())).extracting(Finding::check, Finding::severity, Finding::table, Finding::row, Finding::location,
                Finding::expected, Finding::found).containsExactly(
                tuple(Check.DISCLOSURE_PART_EXCEEDS_WHOLE, Severity.WARNING, "财政拨款收入支出决算总表", "收入总计", "年初预算数", "449.16", "451.50"));
        assertThat(check(baotou()).get(0).message()).isEqualTo(
                "“财政拨款收入支出决算总表”中“收入总计”的年初预算数为 451.50 万元，大于“收入支出决算总表”中“收入总计”的年初预算数 449.16 万元，而前者是后者的一部分");
    }

    @Test
    void anItemThatDoesNotAddUpToItsSectionIsReported() {
        List<Finding> findings = planted(set(baotou(), GENERAL, "2059999", "total", "422.99"));

        assertThat(findings).filteredOn(f -> f.check() == Check.DISCLOSURE_TOTAL_MISMATCH)
                .extracting(Finding::table, Finding::row, Finding::location, Finding::expected, Finding::found)
                .containsExactly(
                        tuple("一般公共预算财政拨款支出决算表", "20599 其他教育支出", "决算数·合计", "422.99", "421.99"),
                        tuple("一般公共预算财政拨款支出决算表", "2059999 其他教育支出", "决算数·合计", "421.99", "422.99"));
        assertThat(findings.get(0).message()).isEqualTo(
                "“20599 其他教育支出”的合计为 421.99 万元，其下1个科目之和为 422.99 万元，相差 1.00 万元，超出四舍五入可以解释的范围");
        // its completion rate no longer follows either
        assertThat(findings).filteredOn(f -> f.check() == Check.DISCLOSURE_RATE_MISMATCH)
                .extracting(Finding::row, Finding::expected, Finding::found).containsExactly(tuple("2059999 其他教育支出", "120.60", "120.31"));
    }

    @Test
    void aCentThatRoundingExplainsIsNotReported() {
        assertThat(planted(set(baotou(), GENERAL, "2059999", "total", "422.00"))).isEmpty();
        assertThat(planted(set(baotou(), EXPENDITURE, "total", "basic", "488.18"))).isEmpty();
        // two cents over two parts is beyond the half-cents of three figures
        assertThat(planted(set(baotou(), GENERAL, "2059999", "total", "422.01")))
                .extracting(Finding::check).contains(Check.DISCLOSURE_TOTAL_MISMATCH);
    }

    @Test
    void aClassThatIsNotTheSumOfItsSectionsAndATotalThatIsNotTheSumOfItsClasses() {
        List<Finding> findings = planted(set(baotou(), INCOME, "208", "total", "57.04", "208", "fiscal", "57.04"));

        assertThat(findings).extracting(Finding::check, Finding::row, Finding::location, Finding::expected, Finding::found).containsExactly(
                tuple(Check.DISCLOSURE_TOTAL_MISMATCH, "208 社会保障和就业支出", "本年收入合计", "56.04", "57.04"),
                tuple(Check.DISCLOSURE_TOTAL_MISMATCH, "208 社会保障和就业支出", "财政拨款收入", "56.04", "57.04"),
                tuple(Check.DISCLOSURE_TOTAL_MISMATCH, "合计", "本年收入合计", "551.07", "550.07"),
                tuple(Check.DISCLOSURE_TOTAL_MISMATCH, "合计", "财政拨款收入", "529.68", "528.68"));
    }

    @Test
    void aLineThatIsNotTheSumOfItsLinesUnbalancesTheTableAndDisagreesWithTheIncomeTable() {
        List<Finding> findings = planted(set(baotou(), SUMMARY, "income", "accounts", "551.07"));

        assertThat(findings).extracting(Finding::check, Finding::table, Finding::row, Finding::expected, Finding::found).containsExactly(
                tuple(Check.DISCLOSURE_TOTAL_MISMATCH, "收入支出决算总表", "本年收入合计", "550.07", "551.07"),
                tuple(Check.DISCLOSURE_TOTAL_MISMATCH, "收入支出决算总表", "收入总计", "551.07", "550.07"),
                tuple(Check.DISCLOSURE_BALANCE_MISMATCH, "收入支出决算总表", "年末结转和结余", "1.00", "0.00"),
                tuple(Check.DISCLOSURE_FIGURE_DISAGREES, "收入决算表", "合计", "551.07", "550.07"));
        assertThat(findings.get(0).message()).contains("一、一般公共预算财政拨款收入、二、政府性基金预算财政拨款收入").contains("之和为 550.07 万元");
        assertThat(findings.get(2).message()).isEqualTo("“年末结转和结余”：年初结转和结余 0.00 + 本年收入合计 551.07 + 使用非财政拨款结余（含专用结余）0.00"
                .replace("）0.00", "） 0.00") + " − 本年支出合计 550.07 − 结余分配 0.00 = 1.00 万元，而决算数为 0.00 万元");
    }

    @Test
    void basicAndProjectMustMakeTheTotalInEveryRow() {
        List<Finding> findings = planted(set(baotou(), EXPENDITURE, "total", "basic", "478.17"));

        assertThat(findings).extracting(Finding::check, Finding::row, Finding::location, Finding::expected, Finding::found).contains(
                tuple(Check.DISCLOSURE_TOTAL_MISMATCH, "合计", "基本支出", "488.18", "478.17"),
                tuple(Check.DISCLOSURE_TOTAL_MISMATCH, "合计", "本年支出合计", "540.06", "550.07"));
        assertThat(findings).filteredOn(f -> f.location().equals("本年支出合计")).singleElement()
                .extracting(Finding::message).asString().contains("基本支出、项目支出、上缴上级支出、经营支出、对附属单位补助支出之和为 540.06 万元");
    }

    @Test
    void theYearEndBalanceMustFollowFromOpeningIncomeAndExpenditure() {
        // 财政拨款总表: 年末 5 in the 一般公共预算 column, with nothing to explain it
        List<Finding> fiscal = planted(set(baotou(), FISCAL, "closing", "general", "5", "closing", "total", "5"));
        assertThat(fiscal).filteredOn(f -> f.check() == Check.DISCLOSURE_BALANCE_MISMATCH)
                .extracting(Finding::table, Finding::row, Finding::location, Finding::expected, Finding::found).containsExactly(
                        tuple("财政拨款收入支出决算总表", "年末财政拨款结转和结余", "决算数·合计", "0.00", "5.00"),
                        tuple("财政拨款收入支出决算总表", "年末财政拨款结转和结余", "决算数·一般公共预算财政拨款", "0.00", "5.00"));

        // 政府性基金: by row, 年初 + 收入 − 支出 = 年末; and the 财政拨款总表's 政府性基金 column disagrees
        List<Finding> fund = planted(set(baotou(), StandardTable.FUND, "total", "closing", "3"));
        assertThat(fund).extracting(Finding::check, Finding::table, Finding::location, Finding::expected, Finding::found).containsExactly(
                tuple(Check.DISCLOSURE_BALANCE_MISMATCH, "政府性基金预算财政拨款收入支出决算表", "年末结转和结余", "0.00", "3.00"),
                tuple(Check.DISCLOSURE_FIGURE_DISAGREES, "政府性基金预算财政拨款收入支出决算表", "年末结转和结余", "0.00", "3.00"));
    }

    @Test
    void statedRatesAreRecomputedWithinTheirPrecision() {
        assertThat(planted(set(baotou(), GENERAL, "2080505", "rate", "109.05")))
                .extracting(Finding::check, Finding::row, Finding::location, Finding::expected, Finding::found)
                .containsExactly(tuple(Check.DISCLOSURE_RATE_MISMATCH, "2080505 机关事业单位基本养老保险缴费支出", "完成年初预算（%）", "109.50", "109.05"));
        assertThat(planted(set(baotou(), OTHER, "smeShare", "accounts", "22.35")))
                .extracting(Finding::check, Finding::row, Finding::expected, Finding::found)
                .containsExactly(tuple(Check.DISCLOSURE_RATE_MISMATCH, "授予中小企业合同金额占政府采购支出总额的比例（%）", "20.27", "22.35"));
        // 17.18 % for 3.62 ÷ 21.05 (17.197…) is within what the cents allow: not reported (the Baotou tables carry it)
        assertThat(planted(set(baotou(), OTHER, "smeServicesShare", "accounts", "17.22"))).isEmpty();
        assertThat(planted(set(baotou(), OTHER, "smeServicesShare", "accounts", "17.25"))).isNotEmpty();
        // 0 of 0 is 0 %
        assertThat(planted(set(baotou(), OTHER, "smeWorksShare", "accounts", "100")))
                .extracting(Finding::expected, Finding::found).containsExactly(tuple("0.00", "100.00"));
    }

    @Test
    void theSameFigureMustAgreeWhereverItAppears() {
        // 一般公共预算财政拨款 in the 总表 and the 财政拨款总表
        assertThat(planted(set(baotou(), FISCAL, "income", "general", "527.68", "income", "total", "527.68", "incomeTotal", "general", "527.68",
                "incomeTotal", "total", "527.68")))
                .extracting(Finding::check, Finding::table, Finding::row, Finding::location, Finding::expected, Finding::found)
                .contains(tuple(Check.DISCLOSURE_FIGURE_DISAGREES, "财政拨款收入支出决算总表", "本年收入", "决算数·一般公共预算财政拨款", "528.68",
                        "527.68"));
        // a 类 of the 支出决算表 against the 总表
        assertThat(planted(set(baotou(), EXPENDITURE, "210", "total", "17.90", "210", "basic", "17.90", "21011", "total", "17.90",
                "21011", "basic", "17.90", "2101102", "total", "17.90", "2101102", "basic", "17.90", "total", "total", "551.07", "total", "basic",
                "489.17")))
                .extracting(Finding::check, Finding::row, Finding::expected, Finding::found).containsExactly(
                        tuple(Check.DISCLOSURE_FIGURE_DISAGREES, "合计", "550.07", "551.07"),
                        tuple(Check.DISCLOSURE_FIGURE_DISAGREES, "210 卫生健康支出", "16.90", "17.90"));
        // 基本支出 of the 一般公共预算 table against its economic detail
        assertThat(planted(set(baotou(), BASIC, "total", "total", "498.17", "total", "personnel", "476.31", "301", "total", "432.70",
                "301", "personnel", "432.70", "30101", "total", "152.83", "30101", "personnel", "152.83")))
                .extracting(Finding::check, Finding::table, Finding::row, Finding::expected, Finding::found).containsExactly(
                        tuple(Check.DISCLOSURE_FIGURE_DISAGREES, "一般公共预算财政拨款基本支出决算明细表", "合计", "488.17", "498.17"));
        // 机关运行经费 against 公用经费
        assertThat(planted(set(baotou(), OTHER, "running", "accounts", "23.41")))
                .extracting(Finding::check, Finding::row, Finding::expected, Finding::found)
                .containsExactly(tuple(Check.DISCLOSURE_FIGURE_DISAGREES, "机关运行经费支出", "21.86", "23.41"));
    }

    @Test
    void threeCostsAgainstTheirEconomicSectionsAreAWarning() {
        List<Finding> findings = planted(set(baotou(), THREE, "running", "accounts", "2.45", "vehicles", "accounts", "2.45", "total",
                "accounts", "2.45"));

        assertThat(findings).extracting(Finding::check, Finding::severity, Finding::row, Finding::expected, Finding::found)
                .containsExactly(tuple(Check.DISCLOSURE_FIGURE_DISAGREES, Severity.WARNING, "其中：公务用车运行费", "2.35", "2.45"));
        assertThat(findings.get(0).message()).contains("30231", "政府性基金");
    }

    @Test
    void aPartAboveItsWholeIsAWarning() {
        assertThat(planted(set(baotou(), OTHER, "small", "accounts", "5.05")))
                .extracting(Finding::check, Finding::severity, Finding::row, Finding::expected, Finding::found)
                .containsExactly(
                        tuple(Check.DISCLOSURE_RATE_MISMATCH, Severity.ERROR, "授予小微企业合同金额占政府采购支出总额的比例（%）", "23.10", "18.53"),
                        tuple(Check.DISCLOSURE_PART_EXCEEDS_WHOLE, Severity.WARNING, "其中：授予小微企业合同金额", "4.43", "5.05"));
    }

    @Test
    void codesAreCheckedAgainstTheYearsClassification() {
        // an unknown code, written with separators
        DisclosureTables unknown = Planted.addRow(baotou(), GENERAL,
                DisclosureTable.builder(GENERAL, org.jixiao.core.number.MoneyUnit.WAN_YUAN).code("205-99-98", "某支出").build().rows().get(0));
        assertThat(planted(unknown)).extracting(Finding::check, Finding::severity, Finding::row, Finding::found)
                .containsExactly(tuple(Check.DISCLOSURE_UNKNOWN_CODE, Severity.WARNING, "2059998 某支出", "2059998"));

        // a name that is another entry's
        assertThat(planted(Planted.rename(baotou(), GENERAL, "2080502", "事业单位医疗")))
                .extracting(Finding::check, Finding::expected, Finding::found)
                .containsExactly(tuple(Check.DISCLOSURE_CODE_NAME_MISMATCH, "事业单位离退休", "事业单位医疗"));

        // name variants the lookups tolerate: spaces, half-width brackets, an alias, a level suffix
        DisclosureTables variants = Planted.rename(Planted.rename(Planted.rename(Planted.rename(baotou(), GENERAL, "2050299", "其他普通 教育支出"),
                StandardTable.GENERAL_PROJECT, "30213", "维修(护)费"), BASIC, "31002", "办公设备购置费"), GENERAL, "20599", "其他教育支出（款）");
        assertThat(planted(variants)).isEmpty();

        // a 项 whose 款 is not listed
        assertThat(planted(Planted.removeRow(baotou(), GENERAL, "20805")))
                .extracting(Finding::check, Finding::row, Finding::expected)
                .containsExactly(
                        tuple(Check.DISCLOSURE_PARENT_ROW_MISSING, "2080502 事业单位离退休", "20805"),
                        tuple(Check.DISCLOSURE_PARENT_ROW_MISSING, "2080505 机关事业单位基本养老保险缴费支出", "20805"));

        // a year without a shipped classification: said once per table, nothing else invented
        DisclosureTables later = new DisclosureTables("包头市电化教育馆", 2030, UnitKind.INSTITUTION, baotou().tables());
        assertThat(planted(later)).extracting(Finding::check, Finding::severity).containsOnly(tuple(Check.DISCLOSURE_UNKNOWN_CODE, Severity.INFO))
                .hasSize(7);
    }

    @Test
    void tablesInYuanAreComparedWithTablesInWanYuan() {
        // in 元 the shares are known far more precisely: 36200.00 ÷ 210500.00 is 17.20 %, not 17.18 %
        DisclosureTables yuan = set(Planted.inYuan(Planted.inYuan(baotou(), THREE), OTHER), OTHER, "smeServicesShare", "accounts", "17.20");
        assertThat(planted(yuan)).isEmpty();
        assertThat(planted(set(yuan, OTHER, "running", "accounts", "218700")))
                .extracting(Finding::check, Finding::expected, Finding::found)
                .containsExactly(tuple(Check.DISCLOSURE_FIGURE_DISAGREES, "218600.00", "218700.00"));
    }

    @Test
    void blanksStateNothing() {
        // a blank total is not checked; a blank part among filled ones counts as 0
        assertThat(planted(set(baotou(), EXPENDITURE, "total", "total", null))).isEmpty();
        assertThat(planted(set(baotou(), EXPENDITURE, "total", "basic", null)))
                .extracting(Finding::check, Finding::location, Finding::expected).containsExactly(
                        tuple(Check.DISCLOSURE_TOTAL_MISMATCH, "本年支出合计", "61.89"));
        assertThat(planted(set(baotou(), SUMMARY, "other", "accounts", null)))
                .extracting(Finding::check, Finding::row, Finding::expected, Finding::found)
                .containsExactly(tuple(Check.DISCLOSURE_TOTAL_MISMATCH, "本年收入合计", "528.68", "550.07"));
        // a table left out is not compared
        assertThat(planted(Planted.without(baotou(), FISCAL))).isEmpty();
        assertThat(check(new DisclosureTables("空", 2024, UnitKind.ADMINISTRATIVE, List.of()))).isEmpty();
    }

    @Test
    void findingsPointAtTheRowTheyWereReadFrom() {
        DisclosureTable t = baotou().table(SUMMARY).orElseThrow();
        DisclosureTable read = new DisclosureTable(SUMMARY, t.unit(), t.rows().stream()
                .map(r -> r.key().equals("income") ? new DisclosureRow("income", "", Map.of("accounts", new java.math.BigDecimal("551.07")),
                        "第13行") : r).toList());
        assertThat(planted(Planted.replace(baotou(), read))).first().extracting(Finding::location).isEqualTo("第13行·决算数");
    }
}
