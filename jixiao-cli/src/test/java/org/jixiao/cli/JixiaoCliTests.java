package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: arguments in, text or JSON and an exit status out. */
class JixiaoCliTests {

    @TempDir
    Path dir;

    private static Path example() {
        // Tests run in jixiao-cli/; the example lives at the repository root.
        return Path.of("..", "examples", "baotou-2024-sanxiang-gaige.tsv");
    }

    @Test
    void helpListsTheCommands() {
        Cli run = Cli.run("--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("framework", "score");
    }

    @Test
    void frameworkListJsonNamesEveryShippedFramework() {
        Cli run = Cli.run("framework", "list", "--format", "json");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("\"id\": \"nanjing-department\"", "\"kind\": \"TARGET_TABLE\"", "\"fullMark\": \"100\"");
    }

    @Test
    void scoringTheBaotouExampleGives80_46AndGradeLiang() {
        Cli run = Cli.run("score", "baotou-2024-sanxiang-gaige", example().toString(), "--format", "json");

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("\"total\": \"80.46\"", "\"grade\": \"良\"", "\"complete\": true",
                "\"exact\": \"4.7916666666", "\"reason\": \"ZERO_ACTUAL\"");
    }

    @Test
    void anEvaluationWithUndecidedRowsExitsWithOneAndNamesThem() throws IOException {
        Path file = dir.resolve("partial.tsv");
        Files.writeString(file, "actual\t1.4.1\t0\nactual\t1.1.1\t82\n", StandardCharsets.UTF_8);

        Cli run = Cli.run("score", "baotou-2024-sanxiang-gaige", file.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("待人工判断", "1.4.1", "暂不评定等级");
    }

    @Test
    void everyBadLineOfAnEvaluationFileIsReportedAndNothingIsScored() throws IOException {
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, String.join("\n",
                "actual\t9.9.9\t1",                 // line 1: no such indicator
                "judge\t1.4.1\t7\t理由",             // line 2: more than the weight of 5
                "judge\t1.4.2\t0\t ",               // line 3: no justification
                "whatever\tx",                       // line 4: unknown record
                "funds\t年度资金总额\t1\t二十\t1"), StandardCharsets.UTF_8); // line 5: not a number

        Cli run = Cli.run("score", "baotou-2024-sanxiang-gaige", file.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("5 处错误", "第1行", "9.9.9", "第2行", "超出范围", "第3行", "理由", "第4行 EVAL_SYNTAX",
                "第5行", "二十");
    }

    @Test
    void checkingABrokenFrameworkListsEveryProblemWithItsLine() throws IOException {
        Path file = dir.resolve("broken.jxf");
        Files.writeString(file, String.join("\n",
                "framework: broken",
                "title: 有问题的指标体系",
                "year: 2024",
                "kind: department-evaluation",
                "indicators:",
                "A | 决策 | 60",
                "  A1 | 规范性 | 5",
                "    nature: 定性",
                "    rule: proportional",
                "A | 重复编码 | 40",
                "  nature: 定量",
                "  target: ≥1",
                "B | 管理 | 10",
                "  nature: 定量",
                "  target: ≥1"), StandardCharsets.UTF_8);

        Cli run = Cli.run("framework", "check", file.toString(), "--format", "json");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("\"ok\": false", "\"code\": \"DUPLICATE_CODE\"", "\"line\": 10");
        Cli text = Cli.run("framework", "check", file.toString());
        assertThat(text.out()).contains("第10行", "DUPLICATE_CODE");
    }

    @Test
    void aShippedFrameworkChecksClean() {
        Cli run = Cli.run("framework", "check", "nanjing-department");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("未发现问题");
    }

    @Test
    void anUnknownFrameworkIsAUsageError() {
        Cli run = Cli.run("framework", "show", "no-such-framework");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("既不是内置指标体系");
    }

    @Test
    void showPrintsTheTreeWithRules() {
        Cli run = Cli.run("framework", "show", "shenzhen-department", "--format", "json");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("\"kind\": \"formula\"", "\"expression\": \"q1/25", "\"kind\": \"checklist\"");
    }
}
