package org.jixiao.benchmarks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.evaluation.Scorer;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.ShippedFrameworks;
import org.jixiao.core.funds.FundsBlock;
import org.jixiao.core.funds.FundsLine;
import org.jixiao.core.measure.Actual;
import org.jixiao.core.measure.ValueText;
import org.jixiao.core.number.Score;
import org.jixiao.core.rule.Proportional;
import org.jixiao.core.rule.RuleInput;
import org.jixiao.core.rule.RuleOutcome;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Scoring throughput on one thread, counted in indicator scorings per second: a single
 * proportional rule, and whole evaluations of the Nanjing (38 rows) and Shenzhen (25 rows)
 * frameworks, normalised per row with {@link OperationsPerInvocation}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class ScoringBenchmark {

    private RuleInput proportionalInput;
    private Proportional proportional;
    private Framework nanjing;
    private Evaluation nanjingEvaluation;
    private Framework shenzhen;
    private Evaluation shenzhenEvaluation;
    private Framework baotou;
    private Evaluation baotouEvaluation;

    @Setup
    public void setUp() {
        proportional = new Proportional(ValueText.quantity("90%"));
        proportionalInput = new RuleInput(Score.of(2), ValueText.target("90%"), new Actual.Reading("88%"));

        nanjing = ShippedFrameworks.get("nanjing-department");
        Evaluation.Builder n = Evaluation.of(nanjing);
        n.actual("A11", "规范").actual("A12", "科学").actual("A13", "有").actual("A21", "有").actual("A22", "匹配")
                .actual("A31", "有").actual("A32", "匹配").actual("A41", "科学").actual("A42", "匹配")
                .actual("B11", "93%").actual("B12", "88%").actual("B13", "不超支").actual("B14", "是")
                .actual("B21", "健全").actual("B22", "是").actual("B31", "健全").actual("B32", "是")
                .actual("B41", "健全").actual("B42", "是").actual("B51", "健全").actual("B52", "是")
                .actual("B61", "是").actual("B62", "是").actual("B63", "有")
                .actual("B71", "是").actual("B72", "科学开展").actual("B73", "是")
                .actual("C11", "14个").actual("C21", "1份").actual("C31", "3.3万人次").actual("C41", "199条")
                .actual("D11", "优秀").actual("D21", "60%").actual("D31", "180万人次").actual("D41", "19万次")
                .actual("E11", "95%").actual("F11", "1项以上").actual("F21", "0");
        nanjingEvaluation = n.build();

        shenzhen = ShippedFrameworks.get("shenzhen-department");
        shenzhenEvaluation = Evaluation.of(shenzhen)
                .actual("1.1.1", "全部").actual("1.2.2", "全部").actual("2.1.2.2", "4.86%")
                .actual("2.1.3.1", "按要求公开").actual("2.1.3.2", "按要求公开")
                .actual("2.2.1", "1,2").actual("2.2.2", "全部").actual("2.3.1", "全部")
                .actual("2.3.2", "70%").actual("2.4.1", "98%").actual("2.4.2", "6%")
                .actual("3.1.1.1", "85%").actual("3.1.1.2", "95%")
                .actual("3.2.1", new Actual.Variables(Map.of("q1", new BigDecimal("7.73"), "q2", new BigDecimal("38.09"),
                        "q3", new BigDecimal("72.71"), "q4", new BigDecimal("97.29"))))
                .actual("3.2.2", "0")
                .actual("3.2.3", new Actual.Variables(Map.of("done", BigDecimal.valueOf(31), "planned", BigDecimal.valueOf(32))))
                .actual("3.4.1", "全部").actual("3.4.2", "96%")
                .build();

        baotou = ShippedFrameworks.get("baotou-2024-mingshi-shijie");
        baotouEvaluation = Evaluation.of(baotou)
                .funds(new FundsBlock(FundsLine.wan("年度资金总额", "20", "20", "19.35"),
                        List.of(FundsLine.wan("其中：财政拨款", "20", "20", "19.35"))))
                .actual("1.1.1", "174.00").actual("1.1.2", "82.00").actual("1.1.3", "92.00")
                .actual("1.2.1", "99.00").actual("1.2.2", "99.00")
                .actual("1.3.1", "我单位寒假“名师视界”直播课1-2月份已完成174节播放量")
                .actual("1.3.2", "我单位其他各类教育教学视频课已播放82节")
                .actual("1.3.3", "我单位暑假“名师”视界直播课截止7月份已完成92节播放量")
                .actual("1.4.1", "19.35").actual("1.4.2", "98.00")
                .actual("2.1.1", "显著").actual("2.1.2", "有效减少").actual("2.2.1", "长期")
                .actual("3.1.1", "95.00")
                .build();
        if (nanjing.indicators().size() != 38 || shenzhen.indicators().size() != 25 || baotou.indicators().size() != 15) {
            throw new IllegalStateException("row counts changed: update @OperationsPerInvocation");
        }
    }

    @Benchmark
    public RuleOutcome proportionalRule() {
        return proportional.apply(proportionalInput);
    }

    @Benchmark
    @OperationsPerInvocation(38)
    public ScoreSheet nanjingDepartment() {
        return Scorer.score(nanjing, nanjingEvaluation);
    }

    @Benchmark
    @OperationsPerInvocation(25)
    public ScoreSheet shenzhenDepartment() {
        return Scorer.score(shenzhen, shenzhenEvaluation);
    }

    @Benchmark
    @OperationsPerInvocation(15)
    public ScoreSheet baotouProject() {
        return Scorer.score(baotou, baotouEvaluation);
    }
}
