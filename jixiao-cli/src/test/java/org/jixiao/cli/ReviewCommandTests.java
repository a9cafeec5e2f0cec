package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Test
    void officeFilesAreRefusedWithAClearMessageForNow() throws IOException {
        Path docx = dir.resolve("report.docx");
        Files.write(docx, new byte[] {0x50, 0x4b, 0x03, 0x04});

        Cli run = Cli.run("review", docx.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains(".docx");
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
