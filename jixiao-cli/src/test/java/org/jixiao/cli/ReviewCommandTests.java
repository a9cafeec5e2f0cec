package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jixiao.core.review.PublishedDocument;
import org.jixiao.core.review.PublishedTable;
import org.jixiao.formats.published.PublishedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao review} on the published seeds and on bad input. */
class ReviewCommandTests {

    @TempDir
    Path dir;

    /** The seed copies kept with the formats module's tests. */
    private static String seed(String name) {
        return Path.of("..", "jixiao-formats", "src", "main", "resources", "seeds", name).toString();
    }

    @Test
    void baotouReviewedAsJsonHasItsErrorsAndExitsWithOne() {
        Cli run = Cli.run("review", seed("baotou-2024-final-accounts-and-project-self-evaluations.md"), "--format", "json");

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains(
                "\"kind\": \"PROJECT_SELF_EVALUATION\"",
                "\"itemsTotal\": \"80.46\"", "\"recomputedTotal\": \"80.45\"",
                "\"code\": \"FULL_SCORE_TARGET_MISSED\"", "\"severity\": \"error\"",
                "\"code\": \"NARRATIVE_CHANGE_MISMATCH\"", "\"expected\": \"22.47\"", "\"found\": \"22.35\"",
                "\"location\": \"第163行\"");
    }

    @Test
    void theTextReportGroupsByTableWithErrorsFirst() {
        Cli run = Cli.run("review", seed("baotou-2024-final-accounts-and-project-self-evaluations.md"));

        assertThat(run.status()).isEqualTo(1);
        String out = run.out();
        assertThat(out).contains("教师培训专项", "表中总分 98.95，各项合计 98.95，按规则重算 88.95（良）", "［文字说明］");
        int error = out.indexOf("错误 第460行 FULL_SCORE_TARGET_MISSED");
        int info = out.indexOf("提示 第437行");
        assertThat(error).isPositive();
        assertThat(info).isGreaterThan(error);
    }

    @Test
    void aReportWithoutErrorsExitsWithZero() {
        Cli run = Cli.run("review", seed("shenzhen-2024-department-self-evaluation.md"));

        assertThat(run.status()).isZero();
    }

    @Test
    void aFileThatIsNotUtf8OrMissingIsAUsageError() throws IOException {
        Path gbk = dir.resolve("gbk.txt");
        Files.write(gbk, "绩效".getBytes("GBK"));

        assertThat(Cli.run("review", gbk.toString()).status()).isEqualTo(2);
        assertThat(Cli.run("review", gbk.toString()).err()).contains("不是 UTF-8");
        assertThat(Cli.run("review", dir.resolve("none.md").toString()).err()).contains("找不到文件");
    }

    /** Baotou's seed, read as text and written as a Word document: its paragraphs and tables in order. */
    private Path baotouAsDocx(String name) throws IOException {
        String seed = seed("baotou-2024-final-accounts-and-project-self-evaluations.md");
        PublishedDocument text = PublishedText.read(seed, Files.readString(Path.of(seed)));
        TreeMap<Integer, Object> blocks = new TreeMap<>();
        text.paragraphs().forEach(p -> blocks.put(p.line(), p.text()));
        text.tables().forEach(t -> blocks.put(t.line(), t));
        Path file = dir.resolve(name);
        try (XWPFDocument docx = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (Object block : blocks.values()) {
                if (block instanceof PublishedTable table) {
                    XWPFTable t = docx.createTable();
                    t.removeRow(0);
                    for (int r = 0; r < table.rows().size(); r++) {
                        XWPFTableRow row = t.insertNewTableRow(r);
                        for (String cell : table.rows().get(r).cells()) {
                            row.addNewTableCell().setText(cell);
                        }
                    }
                    docx.createParagraph();
                } else {
                    docx.createParagraph().createRun().setText((String) block);
                }
            }
            docx.write(out);
        }
        return file;
    }

    private static List<String> codes(String json) {
        Matcher m = Pattern.compile("\"code\": \"([A-Z_]+)\"").matcher(json);
        List<String> codes = new ArrayList<>();
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    @Test
    void aWordReportIsReviewedLikeItsText() throws IOException {
        Path docx = baotouAsDocx("baotou.docx");

        Cli fromDocx = Cli.run("review", docx.toString(), "--format", "json");
        Cli fromText = Cli.run("review", seed("baotou-2024-final-accounts-and-project-self-evaluations.md"), "--format", "json");

        assertThat(fromDocx.err()).isEmpty();
        assertThat(fromDocx.status()).isEqualTo(1);
        assertThat(fromDocx.out()).contains("\"recomputedTotal\": \"80.45\"", "\"code\": \"NARRATIVE_CHANGE_MISMATCH\"",
                "\"expected\": \"22.47\"");
        // The year is found in the Word document too: "2023年7-8月" is outside 2024.
        assertThat(codes(fromDocx.out())).contains("DATE_OUTSIDE_YEAR").isEqualTo(codes(fromText.out()));
    }

    @Test
    void aWordReportIsRecognisedByItsContentWhateverItsName() throws IOException {
        Path renamed = baotouAsDocx("baotou.md");

        Cli run = Cli.run("review", renamed.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("教师培训专项", "按规则重算 88.95（良）");
    }

    @Test
    void badOfficeFilesExitWithTwoAndAChineseMessageWithItsCode() throws IOException {
        Path truncated = dir.resolve("report.docx");
        Files.write(truncated, new byte[] {0x50, 0x4b, 0x03, 0x04});
        Path text = dir.resolve("notes.docx");
        Files.writeString(text, "这不是 Word 文档", StandardCharsets.UTF_8);
        Path workbook = dir.resolve("targets.xlsx");
        try (XSSFWorkbook xlsx = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(workbook)) {
            xlsx.createSheet("目标");
            xlsx.write(out);
        }

        Cli corrupt = Cli.run("review", truncated.toString());
        Cli notDocx = Cli.run("review", text.toString());
        Cli xlsx = Cli.run("review", workbook.toString());

        assertThat(corrupt.status()).isEqualTo(2);
        assertThat(corrupt.err()).contains("错误：文件“" + truncated + "”", "［CORRUPT］");
        assertThat(corrupt.out()).isEmpty();
        assertThat(notDocx.status()).isEqualTo(2);
        assertThat(notDocx.err()).contains("不是 Word 文档", "［NOT_DOCX］");
        assertThat(xlsx.status()).isEqualTo(2);
        assertThat(xlsx.err()).contains("Excel 工作簿（.xlsx）", "导入", "［UNSUPPORTED］");
    }

    @Test
    void theYearIsTakenFromTheReport() throws IOException {
        Path file = dir.resolve("r.md");
        Files.writeString(file, "某单位 2023 年度 决算\n\n收入决算总计 110 万元，与上年决算相比，增加 10 万元，增长 10%。\n", StandardCharsets.UTF_8);

        Cli run = Cli.run("review", file.toString(), "--format", "json");

        // 110 − 10 = 100; 10 ÷ 100 = 10 %: right.
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("\"findings\": []");
    }
}
