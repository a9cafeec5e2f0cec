package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code template}, {@code import}, {@code export} and {@code report} from the command line, as a
 * finance officer would chain them: a template, Baotou's published evaluation exported and imported
 * back, its report as Word and PDF (read back by POI and poppler), and each refusal with exit 2.
 */
class WorkbookCommandsTests {

    private static final String BAOTOU = "baotou-2024-sanxiang-gaige";
    private static final String EXAMPLE = Path.of("..", "examples", BAOTOU + ".tsv").toString();

    @TempDir
    Path dir;

    @Test
    void templateIsImportedBackByItsMarkerWithNothingFilledIn() {
        Path template = dir.resolve("模板.xlsx");
        Cli made = Cli.run("template", BAOTOU, "-o", template.toString(), "--unit", "包头市电化教育馆");
        assertThat(made.status()).as(made.err()).isZero();
        assertThat(made.out()).contains("已写出模板", "15 个指标");

        Cli imported = Cli.run("import", template.toString(), "--format", "json");
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("\"imported\": true", "\"matchedBy\": \"marker\"", "\"framework\": \"" + BAOTOU + "\"",
                "\"unit\": \"包头市电化教育馆\"", "\"code\": \"VALUE_MISSING\"");
    }

    @Test
    void aTemplateIsNotWrittenOverAnExistingFileUnlessForced() throws IOException {
        Path template = dir.resolve("t.xlsx");
        Files.writeString(template, "keep me");
        Cli refused = Cli.run("template", BAOTOU, "-o", template.toString());
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("已存在", "--force");
        assertThat(Files.readString(template)).isEqualTo("keep me");

        assertThat(Cli.run("template", BAOTOU, "-o", template.toString(), "--force").status()).isZero();
        assertThat(Files.readAllBytes(template)).startsWith('P', 'K');
    }

    @Test
    void exportedEvaluationImportsBackWithTheSameScore() {
        Path exported = dir.resolve("baotou.xlsx");
        Cli export = Cli.run("export", EXAMPLE, "--framework", BAOTOU, "-o", exported.toString());
        assertThat(export.status()).as(export.err()).isZero();
        assertThat(export.out()).contains("总分 80.46，等级 良");

        Cli imported = Cli.run("import", exported.toString(), "--format", "json");
        assertThat(imported.out()).contains("\"total\": \"80.46\"", "\"grade\": \"良\"", "\"unit\": \"包头市电化教育馆\"");
        Cli text = Cli.run("import", exported.toString());
        assertThat(text.out()).contains("按模板标记识别", "总分 80.46，等级 良");
    }

    @Test
    void aWorkbookOfAnotherFrameworkIsRefusedWithItsProblemsAndExitTwo() {
        Path exported = dir.resolve("baotou.xlsx");
        assertThat(Cli.run("export", EXAMPLE, "--framework", BAOTOU, "-o", exported.toString()).status()).isZero();

        Cli json = Cli.run("import", exported.toString(), "--framework", "nanjing-department", "--format", "json");
        assertThat(json.status()).isEqualTo(2);
        assertThat(json.out()).contains("\"imported\": false", "\"code\": \"FRAMEWORK_UNKNOWN\"", "\"severity\": \"error\"");
        Cli text = Cli.run("import", exported.toString(), "--framework", "nanjing-department");
        assertThat(text.err()).contains("未导入", "FRAMEWORK_UNKNOWN");
    }

    @Test
    void aTextFileNamedXlsxIsRefusedWithItsStableCode() throws IOException {
        Path fake = dir.resolve("fake.xlsx");
        Files.writeString(fake, "指标\t实际完成值\n", StandardCharsets.UTF_8);
        Cli run = Cli.run("import", fake.toString(), "--format", "json");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).contains("\"imported\": false", "\"unreadable\": {", "\"code\": \"NOT_XLSX\"");
    }

    @Test
    void wordReportStatesTheScoredTotalAndGrade() throws IOException {
        Path docx = dir.resolve("report.docx");
        Cli run = Cli.run("report", EXAMPLE, "--framework", BAOTOU, "-o", docx.toString());
        assertThat(run.status()).as(run.err()).isZero();
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx));
             XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            assertThat(text.getText()).contains("包头市电化教育馆", "教育三项改革资金", "80.46", "良", "基本情况", "评价结论");
        }
    }

    @Test
    void pdfReportFromAnImportedWorkbookReadsBackWithPoppler() throws Exception {
        Path exported = dir.resolve("baotou.xlsx");
        assertThat(Cli.run("export", EXAMPLE, "--framework", BAOTOU, "-o", exported.toString()).status()).isZero();
        Path pdf = dir.resolve("report.pdf");
        Cli run = Cli.run("report", exported.toString(), "-o", pdf.toString());
        assertThat(run.status()).as(run.err()).isZero();

        Process pdftotext = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true).start();
        String text = new String(pdftotext.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(pdftotext.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(text.replaceAll("\\s+", "")).contains("包头市电化教育馆", "自评得分80.46分，评价等级为“良”");
    }

    @Test
    void reportRefusesAnUnknownExtensionAndATargetTableWritesNothing() {
        Path out = dir.resolve("report.txt");
        Cli run = Cli.run("report", EXAMPLE, "--framework", BAOTOU, "-o", out.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains(".docx 或 .pdf");
        assertThat(out).doesNotExist();

        Path template = dir.resolve("目标表.xlsx");
        assertThat(Cli.run("template", "suzhou-target-table", "-o", template.toString()).status()).isZero();
        Path docx = dir.resolve("target.docx");
        Cli target = Cli.run("report", template.toString(), "-o", docx.toString());
        assertThat(target.status()).isEqualTo(2);
        assertThat(target.err()).contains("绩效目标表，不评分");
        assertThat(docx).doesNotExist();
    }
}
