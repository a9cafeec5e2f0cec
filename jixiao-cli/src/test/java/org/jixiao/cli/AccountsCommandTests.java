package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao accounts}: the Baotou narrative regenerated beside the published one. */
class AccountsCommandTests {

    @TempDir
    Path dir;

    private static String baotou() {
        return Path.of("..", "jixiao-formats", "src", "main", "resources", "seeds",
                "baotou-2024-final-accounts-and-project-self-evaluations.md").toString();
    }

    @Test
    void textShowsPublishedBesideGeneratedAndMarksTheDifferences() {
        Cli run = Cli.run("accounts", baotou());

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("重算 59 句，3 句与公开文本有差异；变动原因 23 处留待单位填写",
                "✗ 差异 收入、支出决算总计·与年初预算相比（第163行）",
                "    公开：与年初预算相比，收、支总计各增加 100.91 万元，增长 22.35%",
                "    重算：与年初预算相比，收、支总计各增加 100.91 万元，增长 22.47%",
                "    审核：NARRATIVE_CHANGE_MISMATCH",
                "✗ 差异 卫生健康支出（类）（第253行）",
                "✓ 一致 本年其他收入（第199行）",
                "… 待填",
                "    重算：变动原因：〔由单位填写〕");
        assertThat(run.out().split("✗ 差异", -1)).hasSize(4);
    }

    @Test
    void jsonListsEverySentenceWithPublishedGeneratedDiffersAndFindings() {
        Cli run = Cli.run("accounts", baotou(), "--format", "json");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).startsWith("{").contains("\"sentences\": [",
                "\"published\": \"住房保障支出（类）决算数为 31.50 万元，与年初预算相比增加 0.86 万元\"",
                "\"generated\": \"住房保障支出（类）决算数为 31.50 万元，与年初预算相比增加 2.48 万元\"",
                "\"differs\": true", "\"differs\": false", "\"findings\": [\n        \"NARRATIVE_CHANGE_MISMATCH\"\n      ]", "\"findings\": []",
                "\"placeholder\": true");
    }

    @Test
    void aNarrativeWithRightFiguresExitsWithZero() throws IOException {
        Path file = dir.resolve("ok.md");
        Files.writeString(file, String.join("\n", "第二部分单位决算情况说明", "", "二、收入决算情况说明", "",
                "某单位 2024 年度本年收入决算合计 100.00 万元，其中：", "",
                "本年一般公共预算财政拨款收入 80.00 万元，占 80.00%；", "", "本年其他收入 20.00 万元，占 20.00%。", ""),
                StandardCharsets.UTF_8);

        Cli run = Cli.run("accounts", file.toString(), "--format", "json");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("\"generated\": \"本年其他收入 20.00 万元，占 20.00%\"").doesNotContain("\"differs\": true");
    }

    @Test
    void usageAndUnreadableInputExitWithTwo() throws IOException {
        assertThat(Cli.run("accounts").status()).isEqualTo(2);
        assertThat(Cli.run("accounts", dir.resolve("missing.md").toString()).status()).isEqualTo(2);
        Path prose = dir.resolve("prose.md");
        Files.writeString(prose, "没有决算说明的文字。\n", StandardCharsets.UTF_8);
        Cli run = Cli.run("accounts", prose.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("没有找到");
        assertThat(Cli.run("accounts", baotou(), "--format", "xml").status()).isEqualTo(2);
    }

    private Path baotouTables() throws IOException {
        Path tables = dir.resolve("baotou-tables.xlsx");
        try (java.io.OutputStream out = Files.newOutputStream(tables)) {
            org.jixiao.formats.accounts.DisclosureTablesXlsx.write(org.jixiao.core.accounts.tables.DemoTables.baotou2024(), out);
        }
        return tables;
    }

    @Test
    void tablesWorkbookRegeneratesTheNarrativeThatDiffersFromThePublishedOneWhereItIsWrong() throws IOException {
        Cli run = Cli.run("accounts", baotouTables().toString(), "--published", baotou(), "--format", "json");

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isEqualTo(1);
        // the three published errors, regenerated from the tables instead of the text
        assertThat(run.out().split("\"differs\": true", -1)).hasSize(4);
        assertThat(run.out()).contains("增长 22.47%", "\"published\": \"与年初预算相比，收、支总计各增加 100.91 万元，增长 22.35%\"",
                "\"code\": \"DISCLOSURE_PART_EXCEEDS_WHOLE\"");
    }

    @Test
    void tablesWorkbookAloneGivesTheGeneratedNarrativeAndExportsWord() throws IOException {
        Path docx = dir.resolve("决算公开.docx");
        Cli run = Cli.run("accounts", baotouTables().toString(), "-o", docx.toString());

        assertThat(run.out()).contains("· 生成", "增长 22.47%", "变动原因：〔由单位填写〕");
        assertThat(run.out()).doesNotContain("✗ 差异");
        try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(docx));
             org.apache.poi.xwpf.extractor.XWPFWordExtractor text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            assertThat(text.getText()).contains("增长 22.47%", "一般公共预算财政拨款支出决算表");
            assertThat(document.getAllPictures()).as("图1 and 图2").hasSize(2);
        }
    }

    @Test
    void tablesWorkbookExportsAPdfThatPopplerReadsBack() throws Exception {
        Path pdf = dir.resolve("决算公开.pdf");
        Cli run = Cli.run("accounts", baotouTables().toString(), "-o", pdf.toString());
        assertThat(run.err()).contains("已写出");

        Process pdftotext = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true).start();
        String text = new String(pdftotext.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s+", "");
        assertThat(pdftotext.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(text).contains("增长22.47%", "图1", "图2");
    }

    @Test
    void aBlankTemplateIsWrittenAndABrokenWorkbookIsRefused() throws IOException {
        Path template = dir.resolve("决算表.xlsx");
        Cli made = Cli.run("accounts", "--template", "-o", template.toString(), "--unit", "某单位", "--year", "2025", "--kind", "行政单位");
        assertThat(made.status()).as(made.err()).isZero();
        assertThat(made.out()).contains("已写出决算表模板", "行政单位");

        Path broken = dir.resolve("broken.xlsx");
        Files.write(broken, java.util.Arrays.copyOf(Files.readAllBytes(template), 900));
        Cli refused = Cli.run("accounts", broken.toString());
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("［CORRUPT］");
    }

    @Test
    void aPublishedReportWithItsTablesIsRegeneratedFromThemAndTheTablesAreChecked() throws IOException {
        Path docx = dir.resolve("决算公开.docx");
        assertThat(Cli.run("accounts", baotouTables().toString(), "-o", docx.toString()).err()).contains("已写出");

        Cli run = Cli.run("accounts", docx.toString(), "--format", "json");

        assertThat(run.err()).isEmpty();
        // the narrative was written from these very tables: nothing differs; the one table finding is a warning
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("\"tablesFrom\": \"report\"", "\"code\": \"DISCLOSURE_PART_EXCEEDS_WHOLE\"",
                "\"tableProblems\": []").doesNotContain("\"differs\": true");
    }

    @Test
    void aTypoInAPublishedTableIsFoundWithItsLine() {
        String excerpt = Path.of("..", "jixiao-formats", "src", "test", "resources", "accounts", "baotou-2024-tables-excerpt.md").toString();

        Cli run = Cli.run("accounts", excerpt);

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("DISCLOSURE_TOTAL_MISMATCH");
    }
}
