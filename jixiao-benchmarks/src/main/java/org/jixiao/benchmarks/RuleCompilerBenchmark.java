package org.jixiao.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jixiao.core.method.CompileContext;
import org.jixiao.core.method.CompiledRule;
import org.jixiao.core.method.RuleCompiler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * 评分办法 texts compiled per second on one thread: the 59 cells of the shared seeds
 * (jixiao-core/src/test/resources/method/seed-cells.txt, read from the repository root where
 * {@code bench/run} starts), normalised per text with {@link OperationsPerInvocation}; and two single
 * texts, the commonest phrasing and the longest formula.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class RuleCompilerBenchmark {

    private static final int CELLS = 59;

    private static final String QUARTERLY = "1. 一季度预算执行率得分=(一季度部门预算支出进度/序时进度 25%) ×1 分 "
            + "2. 二季度预算执行率得分=(二季度部门预算支出进度/序时进度 50%) ×1 分 "
            + "3. 三季度预算执行率得分=(三季度部门预算支出进度/序时进度 75%) ×1 分 "
            + "4. 四季度预算执行率得分=(四季度部门预算支出进度/序时进度 100%) ×1 分 "
            + "5. 全年平均支出进度得分=全年平均执行率×2 分其中:全年平均执行率=Σ(每个季度的执行率)÷4";

    private final List<String> texts = new ArrayList<>();
    private final List<CompileContext> contexts = new ArrayList<>();
    private CompileContext two;
    private CompileContext six;

    @Setup
    public void setUp() throws IOException {
        Path corpus = Path.of(System.getProperty("jixiao.corpus", "jixiao-core/src/test/resources/method/seed-cells.txt"));
        if (!Files.isRegularFile(corpus)) {
            throw new IllegalStateException("run from the repository root (bench/run does), or set -Djixiao.corpus=PATH: " + corpus);
        }
        for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            texts.add(f[0]);
            contexts.add(CompileContext.of(f.length > 1 ? f[1] : "", f.length > 2 ? f[2] : ""));
        }
        if (texts.size() != CELLS) {
            throw new IllegalStateException("the corpus has " + texts.size() + " texts: update @OperationsPerInvocation");
        }
        two = CompileContext.of("2", "90%");
        six = CompileContext.of("6", "");
    }

    @Benchmark
    @OperationsPerInvocation(CELLS)
    public void seedCells(Blackhole blackhole) {
        for (int i = 0; i < CELLS; i++) {
            blackhole.consume(RuleCompiler.compile(texts.get(i), contexts.get(i)));
        }
    }

    @Benchmark
    public CompiledRule proportionalText() {
        return RuleCompiler.compile("达到90%得2分,未达到根据 完成度得分", two);
    }

    @Benchmark
    public CompiledRule quarterlyFormula() {
        return RuleCompiler.compile(QUARTERLY, six);
    }
}
