package org.jixiao.core.accounts.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jixiao.core.accounts.tables.PublishedTableProblem.Code;
import org.jixiao.core.number.MoneyUnit;
import org.jixiao.core.review.Check;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.PublishedDocument;
import org.jixiao.core.review.PublishedTable;
import org.junit.jupiter.api.Test;

/**
 * The published-tables reader on documents built by hand as the readers give them (the Word, text and
 * Markdown round trips are in jixiao-formats' PublishedDisclosureTablesTests).
 */
class PublishedTablesReaderTests {

    @Test
    void titlesAreRecognisedWithTheirNumberingAndNotes() {
        assertThat(StandardTable.byTitle("表1 收入支出决算总表")).contains(StandardTable.SUMMARY);
        assertThat(StandardTable.byTitle("表 1：收入支出决算总表")).contains(StandardTable.SUMMARY);
        assertThat(StandardTable.byTitle("附表3-2 一般公共预算财政拨款支出决算表")).contains(StandardTable.GENERAL_EXPENDITURE);
        assertThat(StandardTable.byTitle("表五一般公共预算财政拨款支出决算表")).contains(StandardTable.GENERAL_EXPENDITURE);
        assertThat(StandardTable.byTitle("一般公共预算财政拨款支出决算表")).contains(StandardTable.GENERAL_EXPENDITURE);
        assertThat(StandardTable.byTitle("（四）财政拨款收入支出决算总表")).contains(StandardTable.FISCAL_SUMMARY);
        assertThat(StandardTable.byTitle("四、财政拨款收入支出决算总表")).contains(StandardTable.FISCAL_SUMMARY);
        assertThat(StandardTable.byTitle("附件1：表十一 机关运行经费支出、国有资产占用情况及政府采购支出信息表")).contains(StandardTable.OTHER);
        assertThat(StandardTable.byTitle("收入决算表（单位：万元）")).contains(StandardTable.INCOME);
        assertThat(StandardTable.byTitle("收入决算表（续）")).contains(StandardTable.INCOME);
        assertThat(StandardTable.byTitle("财政拨款“三公”经费支出决算表 公开10表")).contains(StandardTable.THREE_COSTS);
        // words before the name are not numbering: not this table (the reader strips a unit's name and a year itself)
        assertThat(StandardTable.byTitle("关于收入决算表")).isEmpty();
        assertThat(StandardTable.byTitle("二、收入决算情况说明")).isEmpty();
        assertThat(StandardTable.byTitle("决算表")).isEmpty();
    }

    @Test
    void mergedHeadingsWrittenEitherWayCodesAnyWayAndTheUnitInATitleRow() {
        PublishedDocument doc = new Doc()
                .p("某市教育局 2025 年度部门决算")
                .p("某市教育局 2025 年度机关运行经费支出决算 12.00 万元，与上年相比持平。")
                .p("某市教育局2025年度一般公共预算财政拨款支出决算表")
                // the converter repeated a merged group over its columns, and 年初预算数 over both heading rows
                .table("",
                        "一般公共预算财政拨款支出决算表 |  |  |  |  |  | 单位：万元",
                        "科目编码 | 项目 | 年初预算数 | 决算数 | 决算数 | 决算数 | 完成年初预算（%）",
                        "科目编码 | 项目 | 年初预算数 | 合计 | 基本支出 | 项目支出 | 完成年初预算（%）",
                        " |  | 1 | 2 | 3 | 4 | 5",
                        "合计 |  | 1,000.00 | 1,000.00 | 800.00 | 200.00 | 100.00%",
                        "２０５ | 教育支出 | 1,000.00 | 1,000.00 | 800.00 | 200.00 | 100%",
                        "205-02 | 普通教育 | 1,000.00 | 1,000.00 | 800.00 | 200.00 | 100",
                        " | 2050201 学前教育 | 1 000.00 | 1000 | 800 | 200 | 100",
                        "2050299\n其他普通教育支出 |  | 0.00 | 0.00 | 0.00 | 0.00 | -",
                        "注：本表金额保留两位小数。")
                .build();

        PublishedTablesReading reading = PublishedTablesReader.read(doc);

        assertThat(reading.problems()).isEmpty();
        DisclosureTables tables = reading.tables().orElseThrow();
        assertThat(tables.unit()).isEqualTo("某市教育局");
        assertThat(tables.year()).isEqualTo(2025);
        assertThat(tables.kind()).isEqualTo(UnitKind.ADMINISTRATIVE);
        DisclosureTable t = tables.table(StandardTable.GENERAL_EXPENDITURE).orElseThrow();
        assertThat(t).isEqualTo(DisclosureTable.builder(StandardTable.GENERAL_EXPENDITURE, MoneyUnit.WAN_YUAN)
                .line("total", "1000", "1000", "800", "200", "100")
                .code("205", "教育支出", "1000", "1000", "800", "200", "100")
                .code("20502", "普通教育", "1000", "1000", "800", "200", "100")
                .code("2050201", "学前教育", "1000", "1000", "800", "200", "100")
                .code("2050299", "其他普通教育支出", "0", "0", "0", "0")
                .build());
        assertThat(t.rows()).extracting(DisclosureRow::origin).containsExactly("第8行", "第9行", "第10行", "第11行", "第12行");
        // the figures add up (2025 has no shipped classification: the codes are only noted as unchecked)
        assertThat(DisclosureChecks.check(tables)).extracting(Finding::check).containsExactly(Check.DISCLOSURE_UNKNOWN_CODE);
        assertThat(DisclosureChecks.check(tables)).noneMatch(Finding::isError);
    }

    @Test
    void codesOverThreeColumnsUnderOneMergedHeading() {
        PublishedDocument doc = new Doc()
                .p("某局2024年部门决算")
                .p("某局 2024 年度机关运行经费支出决算 1.00 万元。")
                .p("表3 支出决算表")
                .p("单位：万元")
                .table("表3 支出决算表",
                        "科目编码 |  |  | 科目名称 | 本年支出合计 | 基本支出 | 项目支出 | 上缴上级支出 | 经营支出 | 对附属单位补助支出",
                        " |  |  | 合计 | 3.00 | 3.00 | - | - | - | -",
                        "205 |  |  | 教育支出 | 3.00 | 3.00 |  |  |  | ",
                        "205 | 02 |  | 普通教育 | 3.00 | 3.00 |  |  |  | ",
                        " |  | 01 | 学前教育 | 1.00 | 1.00 |  |  |  | ",
                        " |  | 02 | 小学教育 | 2.00 | 2.00 |  |  |  | ",
                        "2080505 |  |  | 机关事业单位基本养老保险缴费支出 | 0.00 | 0.00 |  |  |  | ")
                .build();

        PublishedTablesReading reading = PublishedTablesReader.read(doc);

        assertThat(reading.problems()).isEmpty();
        DisclosureTable t = reading.tables().orElseThrow().table(StandardTable.EXPENDITURE).orElseThrow();
        assertThat(t.rows()).extracting(DisclosureRow::key, DisclosureRow::name).containsExactly(
                tuple("total", ""), tuple("205", "教育支出"), tuple("20502", "普通教育"), tuple("2050201", "学前教育"),
                tuple("2050202", "小学教育"), tuple("2080505", "机关事业单位基本养老保险缴费支出"));
        assertThat(t.value("2050202", "basic")).contains(new BigDecimal("2"));
        assertThat(t.row("total").orElseThrow().values()).containsOnlyKeys("total", "basic");
    }

    @Test
    void aTableContinuedUnderItsOwnTitleIsOneTableAndOtherTablesArePassedOver() {
        PublishedDocument doc = new Doc()
                .p("2024年度某中心单位决算")
                .p("单位性质：事业单位")
                .p("项目支出绩效自评表")
                .table("项目支出绩效自评表", "项目名称 | 某项目", "年初预算数 | 10")
                .p("七、一般公共预算财政拨款项目支出决算明细表")
                .p("单位：元")
                .table("七、一般公共预算财政拨款项目支出决算明细表",
                        "经济分类科目编码 | 科目名称 | 决算数",
                        "合计 |  | 12,345.67",
                        "302 | 商品和服务支出 | 12,345.67")
                .p("一般公共预算财政拨款项目支出决算明细表（续）")
                .table("一般公共预算财政拨款项目支出决算明细表（续）",
                        "30201 | 办公费 | 12,345.67",
                        "30202 | 印刷费 | —")
                .build();

        PublishedTablesReading reading = PublishedTablesReader.read(doc);

        assertThat(reading.problems()).isEmpty();
        DisclosureTables tables = reading.tables().orElseThrow();
        assertThat(tables.kind()).isEqualTo(UnitKind.INSTITUTION);
        assertThat(tables.unit()).isEqualTo("某中心");
        assertThat(tables.tables()).extracting(DisclosureTable::table).containsExactly(StandardTable.GENERAL_PROJECT);
        DisclosureTable t = tables.tables().get(0);
        assertThat(t.unit()).isEqualTo(MoneyUnit.YUAN);
        assertThat(t.rows()).extracting(DisclosureRow::key).containsExactly("total", "302", "30201", "30202");
        assertThat(t.value("30201", "total")).contains(new BigDecimal("12345.67"));
        assertThat(t.row("30202").orElseThrow().values()).isEmpty(); // "—" states nothing
    }

    @Test
    void aTableWithoutAHeadingAndAHeadingWithNoneOfTheColumnsAreReported() {
        PublishedDocument doc = new Doc()
                .p("2024年度某局部门决算")
                .p("机关运行经费支出决算 1.00 万元。")
                .p("收入决算表")
                .p("单位：万元")
                .table("收入决算表", "合计 |  | 1.00")
                .p("支出决算表")
                .p("单位：万元")
                .table("支出决算表", "科目编码 | 项目 | 金额", "合计 |  | 1.00")
                .build();

        PublishedTablesReading reading = PublishedTablesReader.read(doc);

        assertThat(reading.problems()).extracting(PublishedTableProblem::line, PublishedTableProblem::table, PublishedTableProblem::code)
                .containsExactly(tuple(5, "收入决算表", Code.HEADER_NOT_FOUND), tuple(8, "支出决算表", Code.HEADER_NOT_FOUND));
        assertThat(reading.problems().get(0).message()).isEqualTo("第5行“收入决算表”：表格第一行不是表头（写的是“合计 |  | 1.00”），分不出各列；本表未读取");
        assertThat(reading.found()).containsExactly(StandardTable.INCOME, StandardTable.EXPENDITURE);
        assertThat(reading.tables().orElseThrow().tables()).isEmpty();
    }

    /** A document as the readers give it: paragraphs and tables numbered line by line. */
    private static final class Doc {
        private int line = 1;
        private final List<PublishedDocument.Paragraph> paragraphs = new ArrayList<>();
        private final List<PublishedTable> tables = new ArrayList<>();

        Doc p(String text) {
            paragraphs.add(new PublishedDocument.Paragraph(line++, text));
            return this;
        }

        /** Rows as "a | b | c" (cells trimmed, blanks kept). */
        Doc table(String title, String... rows) {
            int start = line;
            List<PublishedTable.Row> out = new ArrayList<>();
            for (String r : rows) {
                out.add(new PublishedTable.Row(line++, Arrays.stream(r.split("\\|", -1)).map(String::strip).toList()));
            }
            tables.add(new PublishedTable(title, start, out));
            return this;
        }

        PublishedDocument build() {
            return new PublishedDocument("test", tables, paragraphs, List.of());
        }
    }
}
