package org.jixiao.core.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.jixiao.core.measure.Quantity;
import org.jixiao.core.method.internal.Expr;
import org.jixiao.core.number.Decimals;
import org.jixiao.core.number.Score;
import org.jixiao.core.rule.Bands;
import org.jixiao.core.rule.BonusPenalty;
import org.jixiao.core.rule.Checklist;
import org.jixiao.core.rule.Deadline;
import org.jixiao.core.rule.Deduction;
import org.jixiao.core.rule.ExecutionRate;
import org.jixiao.core.rule.Formula;
import org.jixiao.core.rule.GradedLabels;
import org.jixiao.core.rule.Manual;
import org.jixiao.core.rule.Proportional;
import org.jixiao.core.rule.Qualitative;
import org.jixiao.core.rule.Reverse;
import org.jixiao.core.rule.ScoringRule;
import org.jixiao.core.rule.Threshold;
import org.jixiao.core.rule.YesNo;

/**
 * Render then compile gives the same rule, for every kind of rule; compiling any text — arbitrary,
 * garbled, OCR-damaged — never throws, finishes within a bounded time, and gives a rule whose
 * canonical text compiles back to it.
 */
class RuleTextProperties {

    /** Far above the microseconds a text takes; only a runaway (backtracking, a loop) would reach it. */
    private static final long BOUND_NANOS = 1_000_000_000L;

    record Case(ScoringRule rule, Score weight) {
    }

    // ------------------------------------------------------------------ round trip

    @Property(tries = 3000)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void renderThenCompileGivesTheSameRule(@ForAll("rules") Case c) {
        String text = RuleText.render(c.rule(), c.weight());
        CompiledRule compiled = RuleCompiler.compile(text, CompileContext.of(c.weight()));
        Statistics.collect(c.rule().kind());
        // Every kind of rule must have been tried, or the property proves nothing for it.
        Statistics.coverage(checker -> kinds().forEach(kind -> checker.check(kind).count(n -> n > 0)));

        assertThat(compiled.rule()).as("%s → %s (%s)", text, compiled.rule(), compiled.reason()).isEqualTo(c.rule());
        assertThat(compiled.manual()).isEqualTo(c.rule() instanceof Manual);
        assertThat(compiled.canonicalText()).isEqualTo(text);
    }

    @Property(tries = 1500)
    void renderThenCompileWithoutAWeightGivesTheSameRule(@ForAll("rules") Case c) {
        String text = RuleText.render(c.rule());
        CompiledRule compiled = RuleCompiler.compile(text, CompileContext.none());

        assertThat(compiled.rule()).as("%s → %s (%s)", text, compiled.rule(), compiled.reason()).isEqualTo(c.rule());
    }

    // ------------------------------------------------------------------ any text

    @Property(tries = 5000)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void anyTextCompilesWithoutThrowingInBoundedTimeAndItsCanonicalTextIsAFixedPoint(@ForAll("texts") String text,
            @ForAll("weights") Optional<Score> weight) {
        CompileContext context = weight.map(CompileContext::of).orElse(CompileContext.none());
        long start = System.nanoTime();
        CompiledRule[] out = new CompiledRule[1];
        assertThatCode(() -> out[0] = RuleCompiler.compile(text, context)).doesNotThrowAnyException();
        long elapsed = System.nanoTime() - start;
        CompiledRule compiled = out[0];
        Statistics.collect(compiled.manual() ? "manual" : compiled.rule().kind());
        // Garbled text must sometimes still compile, or the fixed-point check below is never exercised.
        Statistics.coverage(checker -> checker.check("labels").count(n -> n > 0));

        assertThat(elapsed).as("compile time").isLessThan(BOUND_NANOS);
        assertThat(compiled.reason()).doesNotContain("编译出错");
        assertThat(compiled.manual()).isEqualTo(!compiled.reason().isEmpty());
        for (Span s : compiled.spans()) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
        CompileContext again = compiled.weight().map(CompileContext::of).orElse(CompileContext.none());
        CompiledRule recompiled = RuleCompiler.compile(compiled.canonicalText(), again);
        assertThat(recompiled.rule()).as("%s ⇒ %s", text, compiled.canonicalText()).isEqualTo(compiled.rule());
    }

    @Property(tries = 400)
    void ocrSpacesAndFullWidthFormsChangeNothing(@ForAll("seedCells") SeedCellsTests.Cell cell, @ForAll long seed) {
        String damaged = damage(cell.text(), new Random(seed));
        CompiledRule clean = RuleCompiler.compile(cell.text(), cell.context());
        CompiledRule typed = RuleCompiler.compile(damaged, cell.context());

        assertThat(typed.rule()).as(damaged).isEqualTo(clean.manual() ? new Manual(damaged.strip()) : clean.rule());
        assertThat(typed.manual()).isEqualTo(clean.manual());
    }

    /** Spaces and line breaks between Chinese characters, and ASCII turned full-width at random. */
    private static String damage(String text, Random random) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x20 && c < 0x7F && c != '"' && c != '\'' && random.nextInt(3) == 0) {
                c = (char) (c + 0xFEE0);
            }
            out.append(c);
            if (i + 1 < text.length() && isHan(c) && isHan(text.charAt(i + 1)) && random.nextInt(6) == 0) {
                out.append(random.nextBoolean() ? " " : "\n");
            }
        }
        return out.toString();
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    // ------------------------------------------------------------------ generators

    @Provide
    Arbitrary<SeedCellsTests.Cell> seedCells() {
        return Arbitraries.of(SeedCellsTests.cells());
    }

    @Provide
    Arbitrary<Optional<Score>> weights() {
        return Arbitraries.oneOf(Arbitraries.just(Optional.empty()), points(1, 20).map(Optional::of));
    }

    private static final List<String> FRAGMENTS = List.of(
            "达到", "90%", "９０％", "得2分", "得 0. 5 分", "未达到", "根据完成度得分", "不得分", "评价为", "“规范”", "\"较规 范\"",
            "「不规范」", "得0分", ",", "，", ";", "；", "。", "1.", "2. ", "(3)", "④", "比率", "<5%", "≥", "≦", "5%≤比率≤10%的",
            "扣4分", "扣完为止", "一项重点工作没有完成", "超出一个百分点扣0.1分", "直至1分扣完为止", "(1分)", "（2分）", "加3分",
            "受到国务院嘉奖", "最高5分", "以5分为限", "酌情扣分", "根据实际情况评分", "本指标得分=", "已完成项目数/计划完成项目总数×6分",
            "Σ(每个季度的执行率)÷4", "=", "(", ")", "实际值/指标值×分值", "指标值÷实际值×分值", "100-80%", "80-60%", "60-0%",
            "定性", "正向", "反向", "20万元", "以内", "及以上", "其他情况", "否则", "按时完成", "人工评分", "注:", "是指", "\n",
            " ", "　", "x", "0", "1", "99999999999999999999", "-", "——", "'", "分", "得", "每", "超出", "10%", "满分", "或");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> fragments = Arbitraries.of(FRAGMENTS).list().ofMaxSize(40).map(l -> String.join("", l));
        Arbitrary<String> anything = Arbitraries.strings().ofMaxLength(120);
        Arbitrary<String> cjk = Arbitraries.strings().withCharRange('\u4e00', '\u4e60').withChars("0123456789.%得分扣加()（）;，")
                .ofMaxLength(80);
        Arbitrary<String> long_ = Arbitraries.of(FRAGMENTS).list().ofMinSize(300).ofMaxSize(700).map(l -> String.join("", l));
        Arbitrary<String> rendered = rules().map(c -> RuleText.render(c.rule(), c.weight()));
        Arbitrary<String> mutated = Combinators.combine(rendered, Arbitraries.integers().between(0, 200),
                Arbitraries.of(FRAGMENTS)).as((t, at, f) -> {
                    int i = Math.min(at, t.length());
                    return t.substring(0, i) + f + t.substring(i);
                });
        Arbitrary<String> truncated = Combinators.combine(rendered, Arbitraries.integers().between(0, 200))
                .as((t, at) -> t.substring(0, Math.min(at, t.length())));
        Arbitrary<String> interleaved = Arbitraries.oneOf(Arbitraries.of(FRAGMENTS),
                Arbitraries.chars().range('\u4e00', '\u4fff').map(String::valueOf)).list().ofMaxSize(30)
                .map(l -> String.join("", l));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, fragments), net.jqwik.api.Tuple.of(2, anything), net.jqwik.api.Tuple.of(2, cjk),
                net.jqwik.api.Tuple.of(1, long_), net.jqwik.api.Tuple.of(2, mutated), net.jqwik.api.Tuple.of(2, truncated),
                net.jqwik.api.Tuple.of(4, interleaved));
    }

    @Provide
    Arbitrary<Case> rules() {
        Arbitrary<Score> weight = points(1, 20);
        return Arbitraries.oneOf(
                Combinators.combine(optionalQuantity(), weight).as((q, w) -> new Case(new Proportional(q), w)),
                Combinators.combine(optionalQuantity(), weight).as((q, w) -> new Case(new Reverse(q), w)),
                Combinators.combine(optionalQuantity(), weight).as((q, w) -> new Case(new Threshold(q), w)),
                weight.map(w -> new Case(new ExecutionRate(), w)),
                weight.map(w -> new Case(new Deadline(), w)),
                yesNo(weight),
                graded(),
                bands(),
                checklist(),
                Combinators.combine(points(1, 5), allowance(), weight).as((p, a, w) -> new Case(new Deduction(p, a), w)),
                formula(weight),
                bonusPenalty(weight),
                qualitative(weight),
                manual(weight));
    }

    private static Arbitrary<Score> points(int min, int max) {
        return Arbitraries.integers().between(min * 2, max * 2).map(n -> Score.of(BigDecimal.valueOf(n).divide(BigDecimal.valueOf(2))));
    }

    private static Arbitrary<BigDecimal> allowance() {
        return Arbitraries.oneOf(Arbitraries.just(BigDecimal.ZERO),
                Arbitraries.integers().between(1, 2000).map(n -> Decimals.canonical(BigDecimal.valueOf(n, 1))));
    }

    private static final List<String> UNITS = List.of("", "%", "个", "万人次", "条", "份", "万元", "元", "次", "人", "小时");

    private static Arbitrary<Optional<Quantity>> optionalQuantity() {
        Arbitrary<Quantity> q = Combinators.combine(Arbitraries.integers().between(1, 100000), Arbitraries.integers().between(0, 2),
                Arbitraries.of(UNITS)).as((n, scale, unit) -> new Quantity(BigDecimal.valueOf(n, scale), unit));
        return Arbitraries.oneOf(Arbitraries.just(Optional.empty()), q.map(Optional::of));
    }

    private static final List<String> LABELS = List.of("规范", "较规范", "不规范", "科学", "较科学", "不科学", "有机制", "无机制",
            "有规划", "规划不完整", "无规划", "健全", "较健全", "不健全", "已公开", "未公开", "优秀", "良好", "合格", "不合格", "匹配",
            "较匹配", "不匹配", "是", "否", "有", "无", "制度已执行", "未充分执行", "未执行", "科学开展", "未开展", "显著", "一般");

    private static Arbitrary<List<List<String>>> nameGroups(int groups) {
        return Arbitraries.of(LABELS).list().ofSize(groups * 2).uniqueElements().flatMap(names ->
                Arbitraries.integers().between(0, (1 << groups) - 1).map(twice -> {
                    List<List<String>> out = new ArrayList<>();
                    for (int g = 0; g < groups; g++) {
                        out.add((twice & (1 << g)) != 0 ? List.of(names.get(2 * g), names.get(2 * g + 1)) : List.of(names.get(2 * g)));
                    }
                    return out;
                }));
    }

    private static Arbitrary<Case> yesNo(Arbitrary<Score> weight) {
        return Combinators.combine(nameGroups(2), weight).as((g, w) -> new Case(new YesNo(g.get(0), g.get(1)), w));
    }

    private static Arbitrary<Case> graded() {
        return Arbitraries.integers().between(1, 5).flatMap(n -> Combinators.combine(nameGroups(n), points(1, 10),
                Arbitraries.integers().between(0, 20).list().ofSize(n)).as((groups, w, cents) -> {
                    List<GradedLabels.Grade> grades = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        Score p = Score.of(w.points().multiply(BigDecimal.valueOf(cents.get(i), 0)).divide(BigDecimal.valueOf(20),
                                java.math.MathContext.DECIMAL64));
                        grades.add(new GradedLabels.Grade(groups.get(i), Score.of(p.points().setScale(2, java.math.RoundingMode.DOWN))));
                    }
                    return new Case(new GradedLabels(grades), w);
                }));
    }

    /** Disjoint bands over sorted boundaries, in any order, perhaps ending with 其他情况. */
    private static Arbitrary<Case> bands() {
        Arbitrary<List<Integer>> bounds = Arbitraries.integers().between(0, 2000).set().ofMinSize(1).ofMaxSize(5)
                .map(s -> new ArrayList<>(new TreeSet<>(s)));
        return Combinators.combine(bounds, Arbitraries.longs(), points(1, 10), Arbitraries.integers().between(0, 3))
                .as((b, seed, w, shape) -> {
                    Random r = new Random(seed);
                    List<BigDecimal> edges = b.stream().map(n -> Decimals.canonical(BigDecimal.valueOf(n, 1))).toList();
                    List<Bands.Band> bands = new ArrayList<>();
                    boolean includeLowest = r.nextBoolean();
                    if (r.nextBoolean()) {
                        bands.add(new Bands.Band(Optional.empty(), false, Optional.of(edges.get(0)), !includeLowest, pick(r, w)));
                    }
                    boolean lowerInclusive = includeLowest;
                    for (int i = 0; i + 1 < edges.size(); i++) {
                        boolean upperInclusive = r.nextBoolean();
                        if (r.nextInt(4) > 0) {
                            bands.add(new Bands.Band(Optional.of(edges.get(i)), lowerInclusive, Optional.of(edges.get(i + 1)),
                                    upperInclusive, pick(r, w)));
                        }
                        lowerInclusive = !upperInclusive;
                    }
                    if (r.nextBoolean() || bands.isEmpty()) {
                        bands.add(new Bands.Band(Optional.of(edges.get(edges.size() - 1)), lowerInclusive, Optional.empty(), false,
                                pick(r, w)));
                    }
                    java.util.Collections.shuffle(bands, r);
                    if (shape == 0) {
                        bands.add(new Bands.Band(Optional.empty(), false, Optional.empty(), false, Score.ZERO));
                    }
                    return new Case(new Bands(bands), w);
                });
    }

    private static Score pick(Random r, Score w) {
        return Score.of(w.points().multiply(BigDecimal.valueOf(r.nextInt(5))).divide(BigDecimal.valueOf(4)));
    }

    private static final List<String> PHRASES = List.of("部门预算编制", "符合本部门职责", "资金合理分配", "专项资金细化",
            "功能分类准确", "未发生频繁调剂", "资产配置合理", "账实相符", "建立监控机制", "执行情况良好", "群众意见办理", "未发生超期");

    private static Arbitrary<Case> checklist() {
        Arbitrary<Checklist.Item> item = Combinators.combine(Arbitraries.of(PHRASES).list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.of("、", ",", ""), points(1, 3)).as((words, joint, p) -> new Checklist.Item(String.join(joint, words), p));
        return item.list().ofMinSize(1).ofMaxSize(6).map(items -> {
            Checklist c = new Checklist(items);
            return new Case(c, c.total());
        });
    }

    private static final List<String> VARIABLES = List.of("a", "b", "q1", "q2", "done", "planned", "已完成项目数", "计划完成项目总数");

    /** Arithmetic over named inputs in the compiler's canonical printing. */
    private static Arbitrary<Case> formula(Arbitrary<Score> weight) {
        return Combinators.combine(Arbitraries.longs(), weight).as((seed, w) -> {
            Random r = new Random(seed);
            Expr e = expression(r, 3);
            if (!(mentionsInput(e))) {
                e = new Expr.Bin('*', new Expr.Var(VARIABLES.get(r.nextInt(VARIABLES.size()))), e);
            }
            return new Case(new Formula(Expr.ascii(e)), w);
        });
    }

    private static Expr expression(Random r, int depth) {
        int pick = r.nextInt(depth <= 0 ? 3 : 6);
        return switch (pick) {
            case 0 -> new Expr.Num(BigDecimal.valueOf(r.nextInt(1000), r.nextInt(3)), false, false);
            case 1 -> new Expr.Var(VARIABLES.get(r.nextInt(VARIABLES.size())));
            case 2 -> new Expr.Var(r.nextInt(4) == 0 ? Expr.WEIGHT : VARIABLES.get(r.nextInt(VARIABLES.size())));
            default -> new Expr.Bin("+-*/".charAt(r.nextInt(4)), expression(r, depth - 1), expression(r, depth - 1));
        };
    }

    private static boolean mentionsInput(Expr e) {
        if (e instanceof Expr.Var v) {
            return !v.name().equals(Expr.WEIGHT);
        }
        return e instanceof Expr.Bin b && (mentionsInput(b.left()) || mentionsInput(b.right()));
    }

    private static final List<String> ITEMS = List.of("国务院嘉奖", "省级嘉奖", "市级考核一等奖", "市级考核二等奖", "省级表彰",
            "重大安全事故", "通报批评", "审计问题", "违纪违法", "先进单位");

    private static Arbitrary<Case> bonusPenalty(Arbitrary<Score> weight) {
        Arbitrary<List<BonusPenalty.Item>> items = Arbitraries.of(ITEMS).list().ofMaxSize(4).uniqueElements()
                .flatMap(names -> points(1, 5).list().ofSize(names.size()).map(ps -> {
                    List<BonusPenalty.Item> out = new ArrayList<>();
                    for (int i = 0; i < names.size(); i++) {
                        out.add(new BonusPenalty.Item(names.get(i), ps.get(i)));
                    }
                    return out;
                }));
        return Combinators.combine(items, points(1, 10), Arbitraries.of(true, false), weight)
                .as((i, cap, penalty, w) -> new Case(new BonusPenalty(i, cap, penalty), w));
    }

    private static Arbitrary<Case> qualitative(Arbitrary<Score> weight) {
        Arbitrary<List<BigDecimal>> floors = Arbitraries.integers().between(1, 199).set().ofMaxSize(4)
                .map(s -> {
                    List<BigDecimal> out = new ArrayList<>();
                    for (int n : new TreeSet<>(s).descendingSet()) {
                        out.add(BigDecimal.valueOf(n, 0).divide(BigDecimal.valueOf(2)).stripTrailingZeros());
                    }
                    return out.stream().map(d -> d.scale() < 0 ? d.setScale(0) : d).toList();
                });
        return Combinators.combine(floors, weight).as((f, w) -> new Case(new Qualitative(f), w));
    }

    private static Arbitrary<Case> manual(Arbitrary<Score> weight) {
        Arbitrary<String> guidance = Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.strings().ofMinLength(1).ofMaxLength(60)
                .map(String::strip), Arbitraries.of(FRAGMENTS).list().ofMaxSize(8).map(l -> String.join("", l).strip()));
        return Combinators.combine(guidance, weight).as((g, w) -> new Case(new Manual(g), w));
    }

    static Set<String> kinds() {
        return Set.of("proportional", "reverse", "threshold", "execution-rate", "labels", "yes-no", "bands", "checklist",
                "deduction", "formula", "bonus", "penalty", "qualitative", "deadline", "manual");
    }
}
