package org.jixiao.formats.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jixiao.core.accounts.tables.ColumnRole;
import org.jixiao.core.accounts.tables.DemoTables;
import org.jixiao.core.accounts.tables.DisclosureChecks;
import org.jixiao.core.accounts.tables.DisclosureRow;
import org.jixiao.core.accounts.tables.DisclosureTable;
import org.jixiao.core.accounts.tables.DisclosureTables;
import org.jixiao.core.accounts.tables.PublishedTableProblem;
import org.jixiao.core.accounts.tables.PublishedTableProblem.Code;
import org.jixiao.core.accounts.tables.PublishedTablesReader;
import org.jixiao.core.accounts.tables.PublishedTablesReading;
import org.jixiao.core.accounts.tables.StandardTable;
import org.jixiao.core.accounts.tables.UnitKind;
import org.jixiao.core.number.MoneyUnit;
import org.jixiao.core.review.Check;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.PublishedDocument;
import org.jixiao.core.review.PublishedTable;
import org.jixiao.formats.docx.DocxReader;
import org.jixiao.formats.published.DemoReports;
import org.jixiao.formats.published.PublishedText;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Disclosure tables read from a published report (issue #7): the disclosure this project writes, read back
 * by the Word reader; a hand-written Markdown excerpt (codes over 类/款/项, a table in 元 with thousands
 * separators, a 行次 column, a 栏次 row, a typo in a total); and the problems a published table can have.
 */
class PublishedDisclosureTablesTests {

    private static final DisclosureTables BAOTOU = DemoTables.baotou2024();

    @TempDir
    Path dir;

    // ---- (a) the exported Word report ----------------------------------------------------------

    @Test
    void theExportedWordReportReadsBackAsTheSameElevenTablesAndTheSameFindings() throws IOException {
        Path file = dir.resolve("baotou-disclosure.docx");
        try (OutputStream out = Files.newOutputStream(file)) {
            DisclosureExport.docx(BAOTOU, out);
        }
        PublishedDocument document = DocxReader.read(file);

        PublishedTablesReading reading = PublishedTablesReader.read(document);

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.complete()).isTrue();
        DisclosureTables back = reading.tables().orElseThrow();
        assertThat(back.tables()).hasSize(11);
        assertThat(back.unit()).isEqualTo("包头市电化教育馆");
        assertThat(back.year()).isEqualTo(2024);
        assertThat(back.kind()).isEqualTo(UnitKind.INSTITUTION); // "公用经费支出决算 21.86 万元" in 十一
        for (DisclosureTable t : BAOTOU.tables()) {
            assertThat(back.table(t.table())).as(t.table().title()).contains(t);
        }
        assertThat(back).isEqualTo(BAOTOU);

        // each row knows the line of the .docx it was read from: the row of the published table holding its code
        PublishedTable general = document.tables().stream().filter(t -> t.title().equals("五、一般公共预算财政拨款支出决算表")).findFirst()
                .orElseThrow();
        int line = general.rows().stream().filter(r -> r.cell(0).equals("2059999")).findFirst().orElseThrow().line();
        assertThat(back.table(StandardTable.GENERAL_EXPENDITURE).orElseThrow().row("2059999").orElseThrow().origin())
                .isEqualTo("第" + line + "行");

        List<Finding> findings = DisclosureChecks.check(back);
        List<Finding> expected = DisclosureChecks.check(BAOTOU);
        assertThat(findings).isNotEmpty();
        assertThat(findings).extracting(Finding::check, Finding::severity, Finding::table, Finding::row, Finding::expected, Finding::found)
                .containsExactlyElementsOf(expected.stream()
                        .map(f -> tuple(f.check(), f.severity(), f.table(), f.row(), f.expected(), f.found())).toList());
        // Baotou's one finding: the 财政拨款 年初预算 above the whole's, now with the line of the .docx it is on
        int fiscalTotal = lineOf(document, "四、财政拨款收入支出决算总表", "收入总计");
        assertThat(findings).singleElement().extracting(Finding::check, Finding::location)
                .containsExactly(Check.DISCLOSURE_PART_EXCEEDS_WHOLE, "第" + fiscalTotal + "行·年初预算数");
    }

    @Test
    void theReportSavedAgainByLibreOfficeReadsBackTheSame() throws IOException {
        Path soffice = tool("soffice", "libreoffice-writer-nogui");
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Path file = in.resolve("baotou-disclosure.docx");
        try (OutputStream o = Files.newOutputStream(file)) {
            DisclosureExport.docx(BAOTOU, o);
        }
        // LibreOffice writes the tables' merges (gridSpan, vMerge) and paragraphs its own way
        run(soffice.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--convert-to", "docx:MS Word 2007 XML", "--outdir", out.toString(), file.toString());

        PublishedTablesReading reading = PublishedTablesReader.read(DocxReader.read(out.resolve("baotou-disclosure.docx")));

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.tables()).contains(BAOTOU);
    }

    // ---- (b) a Markdown rendering ----------------------------------------------------------------

    @Test
    void aMarkdownExcerptReadsAsTheSameTablesAndItsTypoIsFound() throws IOException {
        PublishedDocument document = markdownFixture();

        PublishedTablesReading reading = PublishedTablesReader.read(document);

        assertThat(reading.problems()).isEmpty();
        DisclosureTables read = reading.tables().orElseThrow();
        assertThat(read.unit()).isEqualTo("包头市电化教育馆");
        assertThat(read.year()).isEqualTo(2024);
        assertThat(read.kind()).isEqualTo(UnitKind.INSTITUTION);
        // absent tables are absent, not errors
        assertThat(reading.found()).containsExactly(StandardTable.SUMMARY, StandardTable.GENERAL_EXPENDITURE, StandardTable.THREE_COSTS);
        assertThat(read.tables()).extracting(DisclosureTable::table)
                .containsExactly(StandardTable.SUMMARY, StandardTable.GENERAL_EXPENDITURE, StandardTable.THREE_COSTS);
        // "表1", 行次 column, "-" for blank, codes written before the names in the 项目 column
        assertThat(read.table(StandardTable.SUMMARY)).contains(BAOTOU.table(StandardTable.SUMMARY).orElseThrow());
        // "附表3-2", 金额单位：元, thousands separators, codes over 类/款/项 (a 款 or 项 without its 类 takes the one above), 栏次
        DisclosureTable general = read.table(StandardTable.GENERAL_EXPENDITURE).orElseThrow();
        assertThat(general.unit()).isEqualTo(MoneyUnit.YUAN);
        // in 元 a figure stands for ± half a fen, so Baotou's 488.17 万元 (Σ 488.18, rounding in 万元) would differ:
        // the excerpt publishes the 合计 基本支出 that adds up, 4,881,800.00 元
        assertThat(general).isEqualTo(inYuan(BAOTOU.table(StandardTable.GENERAL_EXPENDITURE).orElseThrow(), "total", "basic", "4881800"));
        assertThat(general.value("2080505", "total")).contains(new BigDecimal("411300"));
        // "表 10 …（单位：万元）", "1." numbering, "其中：" — and 合计 决算数 typed 3.25 for 2.35
        DisclosureTable three = read.table(StandardTable.THREE_COSTS).orElseThrow();
        assertThat(three).isEqualTo(DisclosureTable.builder(StandardTable.THREE_COSTS, MoneyUnit.WAN_YUAN)
                .line("total", "2.50", "3.25", "2.34")
                .line("abroad", "0", "0", "0")
                .line("vehicles", "2.50", "2.35", "2.34")
                .line("purchase", "0", "0", "0")
                .line("running", "2.50", "2.35", "2.34")
                .line("reception", "0", "0", "0")
                .build());

        List<Finding> findings = DisclosureChecks.check(read);
        int typo = fixtureLine("| 合计 | 2.50 | 3.25 | 2.34 |");
        assertThat(findings).extracting(Finding::check, Finding::table, Finding::row, Finding::location, Finding::expected, Finding::found)
                .containsExactly(tuple(Check.DISCLOSURE_TOTAL_MISMATCH, StandardTable.THREE_COSTS.title(), "合计",
                        "第" + typo + "行·决算数", "2.35", "3.25"));
    }

    // ---- (c) problems, each with its place ---------------------------------------------------------

    private static final String PROBLEMS = """
            包头市电化教育馆2024年度单位决算
            单位性质：事业单位

            一、收入支出决算总表
            单位：万元

            | 科目编码 | 项目 | 决算数 | 调整预算数 | 年初预算数 | 上年决算数 |
            |---|---|---|---|---|---|
            | 本年收入合计 | | 五百五十 | 1.00 | | 793.53 |
            | 2050299 | 其他普通教育支出 | 2.25 | | | |
            | 205 | 教育支出 | 445.63 | | 353.00 | |
            """;

    @Test
    void aTextInAnAmountCellAnUnknownColumnAndACodeTheTableDoesNotListAreReportedWhereTheyAre() {
        PublishedDocument document = PublishedText.read("problems.md", PROBLEMS);

        PublishedTablesReading reading = PublishedTablesReader.read(document);

        String title = StandardTable.SUMMARY.title();
        assertThat(reading.problems()).extracting(PublishedTableProblem::line, PublishedTableProblem::table, PublishedTableProblem::row,
                PublishedTableProblem::column, PublishedTableProblem::header, PublishedTableProblem::code).containsExactly(
                tuple(7, title, "", 4, "调整预算数", Code.UNKNOWN_COLUMN),
                tuple(9, title, "本年收入合计", 3, "决算数", Code.NOT_A_NUMBER),
                tuple(10, title, "2050299 其他普通教育支出", 0, "", Code.CODE_NOT_IN_TABLE));
        assertThat(reading.problems()).extracting(PublishedTableProblem::message).containsExactly(
                "第7行“收入支出决算总表”第4列（调整预算数）：“调整预算数”不是本表的列（本表的列：决算数、年初预算数、上年决算数），这一列的 1 个数未读取",
                "第9行“收入支出决算总表”“本年收入合计”行第3列（决算数）：应为金额，写的是“五百五十”",
                "第10行“收入支出决算总表”“2050299 其他普通教育支出”行：本表按支出功能分类列示到类，科目编码“2050299”（7 位）不是本表列示的级次；这一行未读取");
        assertThat(reading.complete()).isFalse();
        // the rest is taken: the cell that could not be is blank, the row that could not be is left out
        DisclosureTable summary = reading.tables().orElseThrow().table(StandardTable.SUMMARY).orElseThrow();
        assertThat(summary.rows()).extracting(DisclosureRow::key, DisclosureRow::origin)
                .containsExactly(tuple("income", "第9行"), tuple("205", "第11行"));
        assertThat(summary.row("income").orElseThrow().values()).isEqualTo(Map.of("previous", new BigDecimal("793.53")));
        assertThat(summary.value("205", "budget")).contains(new BigDecimal("353"));
    }

    @Test
    void aReportWithoutAYearGivesNoTablesUnlessTheYearIsGiven() {
        String text = PROBLEMS.replace("包头市电化教育馆2024年度单位决算", "包头市电化教育馆单位决算");
        PublishedDocument document = PublishedText.read("no-year.md", text);

        PublishedTablesReading reading = PublishedTablesReader.read(document);
        assertThat(reading.tables()).isEmpty();
        assertThat(reading.problems()).extracting(PublishedTableProblem::code).startsWith(Code.YEAR_MISSING);
        assertThat(reading.problems().get(0).message()).isEqualTo("标题“包头市电化教育馆单位决算”没有写明年度，无法确定决算年度；请指定年度");

        PublishedTablesReading given = PublishedTablesReader.read(document, 2024);
        assertThat(given.tables().orElseThrow().year()).isEqualTo(2024);
        assertThat(given.tables().orElseThrow().unit()).isEqualTo("包头市电化教育馆");
        assertThat(given.problems()).extracting(PublishedTableProblem::code).doesNotContain(Code.YEAR_MISSING);

        PublishedTablesReading other = PublishedTablesReader.read(PublishedText.read("p.md", PROBLEMS), 2025);
        assertThat(other.tables().orElseThrow().year()).isEqualTo(2025);
        assertThat(other.problems().get(0)).extracting(PublishedTableProblem::line, PublishedTableProblem::code)
                .containsExactly(1, Code.YEAR_MISMATCH);
    }

    @Test
    void otherProblemsOfPublishedTables() {
        String text = """
                2024年度某局部门决算

                表4 财政拨款收入支出决算总表
                单位：千元

                | 项目 | 决算数 | 年初预算数 | 上年决算数 |
                |---|---|---|---|
                | 本年收入 | 1.00 | | |

                三、支出决算表

                | 科目编码 | 项目 | 本年支出合计 | 基本支出 | 项目支出 | 上缴上级支出 | 经营支出 | 对附属单位补助支出 |
                |---|---|---|---|---|---|---|---|
                | 合计 | | 2.00 | 2.00 | | | | |
                | 2O5 | 教育支出 | 2.00 | 2.00 | | | | |
                | 205 | 教育支出 | 2.00 | 2.00 | | | | |
                | 205 | 教育支出 | 2.00 | 2.00 | | | | |
                | 其他 | | 1.00 | | | | | |
                | 其他收支情况 | | | | | | | |

                十一、机关运行经费支出、国有资产占用情况及政府采购支出信息表

                | 项目 | 决算数（数量） |
                |---|---|
                | 车辆合计 | 1.5 |
                | 机关运行经费支出 | 21.86 |

                三、支出决算表

                | 科目编码 | 项目 | 本年支出合计 |
                |---|---|---|
                | 合计 | | 9.00 |
                """;
        PublishedTablesReading reading = PublishedTablesReader.read(PublishedText.read("other.md", text));

        assertThat(reading.problems()).extracting(PublishedTableProblem::line, PublishedTableProblem::code).containsExactly(
                tuple(0, Code.UNIT_KIND_NOT_STATED),
                tuple(4, Code.BAD_MONEY_UNIT),
                tuple(12, Code.MONEY_UNIT_MISSING),
                tuple(15, Code.BAD_CODE),
                tuple(17, Code.DUPLICATE_ROW),
                tuple(18, Code.UNKNOWN_ROW),
                tuple(23, Code.MONEY_UNIT_MISSING),
                tuple(23, Code.MISSING_COLUMN),
                tuple(25, Code.NOT_A_WHOLE_NUMBER),
                tuple(30, Code.DUPLICATE_TABLE));
        DisclosureTables tables = reading.tables().orElseThrow();
        assertThat(tables.unit()).isEqualTo("某局");
        assertThat(tables.kind()).isEqualTo(UnitKind.ADMINISTRATIVE);
        // the table in 千元 is found but not read; the others are read as far as they go
        assertThat(reading.found()).containsExactly(StandardTable.EXPENDITURE, StandardTable.FISCAL_SUMMARY, StandardTable.OTHER);
        assertThat(tables.tables()).extracting(DisclosureTable::table).containsExactly(StandardTable.EXPENDITURE, StandardTable.OTHER);
        assertThat(tables.table(StandardTable.EXPENDITURE).orElseThrow().rows()).extracting(DisclosureRow::key).containsExactly("total", "205");
        assertThat(tables.table(StandardTable.OTHER).orElseThrow().value("running", "accounts")).contains(new BigDecimal("21.86"));
        assertThat(tables.table(StandardTable.OTHER).orElseThrow().value("vehicles", "accounts")).isEmpty();
        assertThat(reading.problems().get(1).message()).isEqualTo("第4行“财政拨款收入支出决算总表”：金额单位应为“万元”或“元”，写的是“千元”；本表未读取");
        assertThat(reading.problems().get(3).message())
                .isEqualTo("第15行“支出决算表”“2O5 教育支出”行：“2O5”不是科目编码（应为 3、5 或 7 位数字，可带空格或短横线）；这一行未读取");
    }

    @Test
    void theFourSeedsPublishNoDisclosureTablesAndNothingIsReported() {
        for (String name : DemoReports.NAMES) {
            PublishedTablesReading reading = PublishedTablesReader.read(PublishedText.read(name, DemoReports.text(name)));
            assertThat(reading.found()).as(name).isEmpty();
            assertThat(reading.problems()).as(name).isEmpty();
        }
        // Baotou's title and narrative still give the unit, the year and the kind ("2024 年度包头市电化教育馆 决算公开报告")
        String baotou = DemoReports.NAMES.get(0);
        DisclosureTables tables = PublishedTablesReader.read(PublishedText.read(baotou, DemoReports.text(baotou))).tables().orElseThrow();
        assertThat(tables).isEqualTo(new DisclosureTables("包头市电化教育馆", 2024, UnitKind.INSTITUTION, List.of()));
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static final String FIXTURE = "/accounts/baotou-2024-tables-excerpt.md";

    private static PublishedDocument markdownFixture() throws IOException {
        try (InputStream in = PublishedDisclosureTablesTests.class.getResourceAsStream(FIXTURE)) {
            return PublishedText.read("baotou-2024-tables-excerpt.md", in);
        }
    }

    private static int fixtureLine(String text) throws IOException {
        try (InputStream in = PublishedDisclosureTablesTests.class.getResourceAsStream(FIXTURE)) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            int at = lines.indexOf(text);
            assertThat(at).as(text).isNotNegative();
            return at + 1;
        }
    }

    private static Path tool(String name, String debianPackage) {
        String path = System.getenv("PATH");
        Optional<Path> found = path == null ? Optional.empty() : Arrays.stream(path.split(File.pathSeparator))
                .map(d -> Path.of(d, name)).filter(Files::isExecutable).findFirst();
        if (found.isEmpty() && "true".equals(System.getenv("CI"))) {
            throw new AssertionError(name + " is not on the PATH: install " + debianPackage);
        }
        Assumptions.assumeTrue(found.isPresent(), name + " is not on the PATH (" + debianPackage + ")");
        return found.get();
    }

    private void run(String... command) throws IOException {
        Path log = Files.createTempFile(dir, "out", ".txt");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + String.join(" ", command));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        assertThat(p.exitValue()).as(String.join(" ", command) + ":\n" + Files.readString(log, StandardCharsets.UTF_8)).isZero();
    }

    private static int lineOf(PublishedDocument document, String title, String firstCell) {
        return document.tables().stream().filter(t -> t.title().equals(title)).flatMap(t -> t.rows().stream())
                .filter(r -> r.cell(0).equals(firstCell)).findFirst().orElseThrow().line();
    }

    /** The same table in 元 (money × 10,000, rates as they are), with one figure replaced. */
    private static DisclosureTable inYuan(DisclosureTable t, String key, String column, String replaced) {
        DisclosureTable.Builder b = DisclosureTable.builder(t.table(), MoneyUnit.YUAN);
        for (DisclosureRow r : t.rows()) {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            r.values().forEach((c, v) -> values.put(c,
                    t.layout().column(c).orElseThrow().role() == ColumnRole.RATE ? v : v.multiply(MoneyUnit.WAN_YUAN.inYuan())));
            if (r.key().equals(key)) {
                values.put(column, new BigDecimal(replaced));
            }
            b.row(new DisclosureRow(r.key(), r.name(), values, ""));
        }
        return b.build();
    }
}
