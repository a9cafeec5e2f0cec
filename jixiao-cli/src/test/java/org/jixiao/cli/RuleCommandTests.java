package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao rule}: compile 评分办法 text, show it back, try values; a file of texts with its coverage. */
class RuleCommandTests {

    @TempDir
    Path dir;

    /** Tests run in jixiao-cli/; the seed corpus lives in the core's test resources. */
    private static Path seedCells() {
        return Path.of("..", "jixiao-core", "src", "test", "resources", "method", "seed-cells.txt");
    }

    @Test
    void helpListsTheRuleCommand() {
        assertThat(Cli.run("--help").out()).contains("rule");
    }

    @Test
    void compilesShowsThePartsAndScoresEachValue() {
        Cli run = Cli.run("rule", "达到90%得2分,未达到根据 完成度得分", "--weight", "2", "--eval", "88%", "--eval", "93%");

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("规则：proportional", "规范文本：达到90%得2分，未达到根据完成度得分",
                "target", "[0,5) 达到90%", "试算 88% → 1.96分", "试算 93% → 2.00分");
    }

    @Test
    void theJsonIsTheDocumentedContract() {
        Cli run = Cli.run("rule", "评价为\"规范\"得2分,\"较规 范\"得1分,\"不规范\"得0分", "--weight", "2", "--target", "规范",
                "--eval", "较规范", "--eval", "优秀", "--format", "json");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("\"kind\": \"labels\"", "\"manual\": false", "\"reason\": null",
                "\"canonicalText\": \"评价为“规范”得2分，“较规范”得1分，“不规范”得0分\"", "\"parameters\": {", "\"grades\": [",
                "\"spans\": [", "\"part\": \"grade\"", "\"start\": 11", "\"text\": \"\\\"较规 范\\\"得1分\"",
                "\"evaluations\": [", "\"value\": \"较规范\"", "\"score\": \"1.00\"", "\"value\": \"优秀\"", "\"score\": null",
                "\"reason\": \"UNKNOWN_LABEL\"");
    }

    @Test
    void aManualRuleSaysWhy() {
        Cli run = Cli.run("rule", "酌情扣分", "--format", "json");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("\"kind\": \"manual\"", "\"manual\": true", "\"reason\": \"评分办法要求人工判断（“酌情扣分”）");
    }

    @Test
    void formulaInputsAreNamedValues() {
        Cli run = Cli.run("rule", "本指标得分=已完成项目数/计划完成项目总数×6分", "--weight", "6",
                "--eval", "已完成项目数=31;计划完成项目总数=32");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("规则：formula", "→ 5.81分");
    }

    @Test
    void theFootnoteNeedsTheNatureOrDirection() {
        String footnote = "定性指标按100-80%、80-60%、60-0%三档计分；正向指标得分=实际值/指标值×分值；反向指标得分=指标值/实际值×分值";

        assertThat(Cli.run("rule", footnote, "--weight", "10").out()).contains("人工评分", "方向");
        assertThat(Cli.run("rule", footnote, "--weight", "10", "--nature", "定性").out()).contains("规则：qualitative");
        assertThat(Cli.run("rule", footnote, "--weight", "10", "--direction", "反向").out()).contains("规则：reverse");
    }

    @Test
    void theSeedCorpusEndsWithItsCoverage() {
        Cli run = Cli.run("rule", "--file", seedCells().toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(run.out().lines().toList()).hasSize(60);
        assertThat(run.out().strip()).endsWith("合计 59 条：编译为可执行规则 47 条（79.7%），人工评分 12 条");
    }

    @Test
    void theFileJsonHasOneResultPerLineAndASummary() throws IOException {
        Path file = dir.resolve("rules.txt");
        Files.writeString(file, String.join("\n",
                "# a comment",
                "达到90%得2分,未达到根据完成度得分\t2\t≥90%",
                "",
                "酌情扣分",
                "有机制得1分,无机制得0分\t1\t有"), StandardCharsets.UTF_8);

        Cli run = Cli.run("rule", "--file", file.toString(), "--format", "json");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("\"line\": 2", "\"line\": 4", "\"line\": 5", "\"kind\": \"yes-no\"",
                "\"summary\": {", "\"total\": 3", "\"compiled\": 2", "\"manual\": 1", "\"coverage\": \"66.7\"");
    }

    @Test
    void usageErrorsExitWithTwo() throws IOException {
        assertThat(Cli.run("rule").status()).isEqualTo(2);
        assertThat(Cli.run("rule", "达到90%得2分", "--file", "x.txt").status()).isEqualTo(2);
        assertThat(Cli.run("rule", "达到90%得2分", "--weight", "两分").err()).contains("分值应为非负数");
        assertThat(Cli.run("rule", "--file", dir.resolve("missing.txt").toString()).err()).contains("找不到规则文件");
        assertThat(Cli.run("rule", "--file", seedCells().toString(), "--eval", "1").status()).isEqualTo(2);
        assertThat(Cli.run("rule", "一项重点工作没有完成扣4分,扣完为止", "--eval", "1").err()).contains("--weight");
        assertThat(Cli.run("rule", "达到90%得2分", "--nature", "定额").status()).isEqualTo(2);

        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "达到90%得2分\t两分\n达到90%得2分\t2\t90%\t多余\n", StandardCharsets.UTF_8);
        Cli run = Cli.run("rule", "--file", bad.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("第1行", "第2行");
        assertThat(run.out()).isEmpty();
    }
}
