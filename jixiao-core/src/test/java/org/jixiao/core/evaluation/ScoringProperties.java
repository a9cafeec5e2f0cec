package org.jixiao.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.FrameworkFormat;
import org.jixiao.core.framework.Group;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.framework.Node;
import org.jixiao.core.framework.ShippedFrameworks;
import org.jixiao.core.number.Score;

/**
 * Rows that do not apply are dropped and the rest rescaled to the full mark: with every
 * applicable row at full marks the total is the full mark, and with every row at half its weight
 * it is half the full mark, whichever rows were dropped and however the framework rounds.
 */
class ScoringProperties {

    private static final Score HALF = Score.of(new BigDecimal("0.5"));

    /** A framework and the rows of it that do not apply. */
    record Setup(Framework framework, Set<String> notApplicable) {
        @Override
        public String toString() {
            return framework.id() + " rounding=" + framework.rounding() + " full-mark=" + framework.fullMark()
                    + " N/A=" + notApplicable;
        }
    }

    // ------------------------------------------------------------------ properties

    /** 4a. Every applicable row at full marks: the total is the full mark, whatever was marked not applicable. */
    @StatisticsReport(onFailureOnly = true)
    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void fullMarksOnTheApplicableRowsMakeTheFullMark(@ForAll("setups") Setup setup) {
        Framework framework = setup.framework();
        collectStatistics(setup);
        ScoreSheet sheet = Scorer.score(framework, evaluation(setup, Score.of(1)));

        assertThat(sheet.isComplete()).isTrue();
        assertThat(notApplicableRows(sheet)).isEqualTo(setup.notApplicable());
        assertThat(sheet.total().compareTo(framework.fullMark()))
                .as("total %s, full mark %s (%s)", sheet.total(), framework.fullMark(), setup)
                .isZero();
    }

    /**
     * 4b. Every applicable row at half its weight: the total is half the full mark, whatever was
     * marked not applicable. Only frameworks whose halved weights are exact at the total's scale are
     * used, so no group subtotal is rounded and the exact expected value is half the full mark.
     */
    @StatisticsReport(onFailureOnly = true)
    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void halfMarksEverywhereMakeHalfTheFullMark(@ForAll("setups") Setup setup) {
        Framework framework = setup.framework();
        for (Indicator indicator : framework.indicators()) {
            BigDecimal half = indicator.weightOrZero().times(HALF.points()).points();
            assertThat(half.scale()).as("%s: half of %s is exact at the total's scale", indicator.code(), indicator.weightOrZero())
                    .isLessThanOrEqualTo(framework.rounding().totalScale());
        }
        collectStatistics(setup);
        ScoreSheet sheet = Scorer.score(framework, evaluation(setup, HALF));

        BigDecimal expected = framework.fullMark().points().divide(BigDecimal.valueOf(2));
        assertThat(sheet.isComplete()).isTrue();
        assertThat(sheet.total().points().compareTo(expected))
                .as("total %s, expected %s (%s)", sheet.total(), expected.toPlainString(), setup)
                .isZero();
    }

    private static void collectStatistics(Setup setup) {
        String id = setup.framework().id();
        Statistics.label("framework").collect(id.startsWith("generated-") ? "generated" : id);
        Statistics.label("rounding").collect(setup.framework().rounding().mode());
        Statistics.label("rows not applicable").collect(setup.notApplicable().isEmpty() ? "none" : "some");
    }

    // ------------------------------------------------------------------ evaluation

    /**
     * Every row judged at {@code fraction} of its weight; rows in a bonus group at 0. Rows that do
     * not apply are judged too, at the same fraction: a scorer that counted them would overshoot.
     */
    private static Evaluation evaluation(Setup setup, Score fraction) {
        Framework framework = setup.framework();
        Set<String> bonusRows = bonusRows(framework);
        Evaluation.Builder builder = Evaluation.of(framework);
        for (Indicator indicator : framework.indicators()) {
            Score score = bonusRows.contains(indicator.code())
                    ? Score.ZERO
                    : indicator.weightOrZero().times(fraction.points());
            builder.judge(indicator.code(), new Judgement(score, "test", ""));
            if (setup.notApplicable().contains(indicator.code())) {
                builder.notApplicable(indicator.code(), "本年度未发生该项业务");
            }
        }
        return builder.build();
    }

    private static Set<String> notApplicableRows(ScoreSheet sheet) {
        Set<String> out = new TreeSet<>();
        for (RowScore row : sheet.rows()) {
            if (row.decision() == RowScore.Decision.NOT_APPLICABLE) {
                out.add(row.code());
            }
        }
        return out;
    }

    private static Set<String> bonusRows(Framework framework) {
        Set<String> out = new TreeSet<>();
        for (Node node : framework.nodes()) {
            if (node instanceof Group group && group.isBonus()) {
                collect(group, out);
            }
        }
        return out;
    }

    private static void collect(Node node, Set<String> out) {
        if (node instanceof Indicator indicator) {
            out.add(indicator.code());
        } else {
            for (Node child : ((Group) node).children()) {
                collect(child, out);
            }
        }
    }

    // ------------------------------------------------------------------ frameworks

    @Provide
    Arbitrary<Setup> setups() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(shippedScored())),
                Tuple.of(2, generatedFrameworks()))
                .flatMap(framework -> {
                    List<String> codes = framework.indicators().stream().map(Indicator::code).toList();
                    Set<String> bonus = bonusRows(framework);
                    return Arbitraries.subsetOf(codes)
                            // At least one row of the base (not bonus) must still apply.
                            .filter(na -> codes.stream().anyMatch(c -> !bonus.contains(c) && !na.contains(c)))
                            .map(na -> new Setup(framework, new TreeSet<>(na)));
                });
    }

    private static List<Framework> shippedScored() {
        return ShippedFrameworks.all().stream().filter(f -> f.kind().isScored() && !f.template()).toList();
    }

    private static final List<RoundingMode> MODES = List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN,
            RoundingMode.HALF_DOWN, RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR);

    /**
     * A framework written in the text format: one to five top-level categories, each with indicators
     * and perhaps a sub-category, weights in tenths of a point adding up to the full mark, perhaps a
     * funds row and a bonus group, rounded in any mode.
     */
    static Arbitrary<Framework> generatedFrameworks() {
        Arbitrary<Integer> fullMark = Arbitraries.of(100, 100, 100, 10, 60, 120);
        Arbitrary<String> rounding = Combinators.combine(
                        Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(2, 4), Arbitraries.of(MODES), Arbitraries.of("yes", "no"))
                .as((indicator, funds, total, mode, rows) ->
                        "indicator=" + indicator + " funds=" + funds + " total=" + total + " mode=" + mode + " rows=" + rows);
        // The shape: for each top-level category, how many indicators sit directly under it and how many in a sub-category.
        Arbitrary<List<int[]>> shape = Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(0, 3))
                .as((direct, nested) -> new int[] {direct, nested})
                .list().ofMinSize(1).ofMaxSize(5);
        return Combinators.combine(fullMark, rounding, shape, Arbitraries.of(true, false), Arbitraries.of(true, false),
                        Arbitraries.randoms())
                .as((mark, round, categories, funds, bonus, random) -> {
                    int rows = categories.stream().mapToInt(c -> c[0] + c[1]).sum() + (funds ? 1 : 0);
                    List<Integer> tenths = partition(mark * 10, rows, random);
                    return text(mark, round, categories, funds, bonus, tenths);
                })
                .map(text -> FrameworkFormat.read("generated.jxf", text).orThrow());
    }

    /** {@code total} split into {@code parts} positive integers. */
    private static List<Integer> partition(int total, int parts, java.util.Random random) {
        TreeSet<Integer> cuts = new TreeSet<>();
        while (cuts.size() < parts - 1) {
            cuts.add(1 + random.nextInt(total - 1));
        }
        List<Integer> out = new ArrayList<>();
        int previous = 0;
        for (int cut : cuts) {
            out.add(cut - previous);
            previous = cut;
        }
        out.add(total - previous);
        return out;
    }

    private static String text(int fullMark, String rounding, List<int[]> categories, boolean funds, boolean bonus,
                               List<Integer> tenths) {
        StringBuilder out = new StringBuilder();
        out.append("framework: generated-").append(Math.abs(tenths.hashCode())).append('\n')
                .append("title: 生成的指标体系\n")
                .append("year: 2024\n")
                .append("kind: department-evaluation\n")
                .append("full-mark: ").append(fullMark).append('\n')
                .append("rounding: ").append(rounding).append('\n')
                .append("grades: 优>=90 良>=80 中>=60 差>=0\n\n")
                .append("indicators:\n");
        int next = 0;
        if (funds) {
            out.append("FUNDS | 预算执行率 | ").append(points(tenths.get(next++))).append('\n')
                    .append("  nature: 定量\n  rule: execution-rate\n");
        }
        for (int c = 0; c < categories.size(); c++) {
            int direct = categories.get(c)[0];
            int nested = categories.get(c)[1];
            String code = String.valueOf(c + 1);
            List<String> lines = new ArrayList<>();
            int sum = 0;
            for (int i = 1; i <= direct; i++) {
                int w = tenths.get(next++);
                sum += w;
                indicator(lines, "  ", code + "." + i, w);
            }
            if (nested > 0) {
                List<String> inner = new ArrayList<>();
                int innerSum = 0;
                for (int i = 1; i <= nested; i++) {
                    int w = tenths.get(next++);
                    innerSum += w;
                    indicator(inner, "    ", code + "." + (direct + 1) + "." + i, w);
                }
                lines.add("  " + code + "." + (direct + 1) + " | 子类" + code + " | " + points(innerSum));
                lines.addAll(inner);
                sum += innerSum;
            }
            out.append(code).append(" | 类别").append(code).append(" | ").append(points(sum)).append('\n');
            lines.forEach(line -> out.append(line).append('\n'));
        }
        if (bonus) {
            out.append("B | 加减分项 | 5\n")
                    .append("  bonus-cap: 5\n")
                    .append("  B1 | 本年度收到表彰 | 5\n")
                    .append("    nature: 定性\n")
                    .append("    rule: bonus cap=5 国务院嘉奖=3 省级嘉奖=2\n")
                    .append("  B2 | 本年度违法违纪 | 0\n")
                    .append("    nature: 定性\n")
                    .append("    rule: penalty cap=5\n");
        }
        return out.toString();
    }

    private static void indicator(List<String> lines, String indent, String code, int tenths) {
        lines.add(indent + code + " | 指标" + code + " | " + points(tenths));
        lines.add(indent + "  nature: 定性");
        lines.add(indent + "  rule: manual 由评价人判断");
    }

    private static String points(int tenths) {
        return BigDecimal.valueOf(tenths, 1).stripTrailingZeros().toPlainString();
    }
}
