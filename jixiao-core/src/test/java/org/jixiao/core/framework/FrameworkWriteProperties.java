package org.jixiao.core.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.jixiao.core.framework.internal.FrameworkParser;
import org.jixiao.core.funds.AmountRow;
import org.jixiao.core.funds.AmountTable;
import org.jixiao.core.grade.Grade;
import org.jixiao.core.grade.GradeScale;
import org.jixiao.core.measure.Comparison;
import org.jixiao.core.measure.TargetValue;
import org.jixiao.core.measure.ValueText;
import org.jixiao.core.number.Amount;
import org.jixiao.core.number.MoneyUnit;
import org.jixiao.core.number.RoundingPolicy;
import org.jixiao.core.number.Score;
import org.jixiao.core.rule.Qualitative;
import org.jixiao.core.rule.ScoringRule;

/**
 * Any framework the text can say is written so that it reads back the same: random trees of groups
 * and indicators, with random weights, targets, half-year targets, units, natures, directions,
 * every kind of rule (stated, or left to the template default), bonus groups, and amount tables.
 */
class FrameworkWriteProperties {

    @StatisticsReport(onFailureOnly = true)
    @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
    void aWrittenFrameworkReadsBackTheSame(@ForAll("frameworks") Framework framework) {
        framework.indicators().forEach(i -> Statistics.label("rule").collect(i.ruleStated() ? i.rule().kind() : "default"));

        String text = FrameworkFormat.write(framework);
        FrameworkParser.Result read = FrameworkParser.parse("p", text);
        Framework back = read.framework().orElseThrow();

        assertThat(read.problems()).as(text).isEmpty();

        assertThat(FrameworkFormat.sameContent(back, framework)).as(text).isTrue();
        assertThat(FrameworkFormat.write(back)).isEqualTo(text);
    }

    /** A valid written framework also loads through {@link FrameworkFormat#read}, problems and all. */
    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void aValidFrameworkLoadsFromItsText(@ForAll("frameworks") Framework framework) {
        String text = FrameworkFormat.write(framework);
        FrameworkLoad load = FrameworkFormat.read("p", text);

        load.framework().ifPresent(f -> assertThat(FrameworkFormat.sameContent(f, framework)).isTrue());
        assertThat(load.errors()).allSatisfy(p -> assertThat(p.code()).isNotIn("SYNTAX", "INDENT", "UNKNOWN_KEY",
                "DUPLICATE_KEY", "BAD_VALUE", "RULE_INVALID", "DUPLICATE_CODE", "MISSING_HEADER"));
    }

    // ------------------------------------------------------------------ generators

    private static final String WORD_CHARS = "规范合理有效健全完成公开满意度指标资金项目线上教育平台abcXYZ0123456789";

    @Provide
    Arbitrary<Framework> frameworks() {
        Arbitrary<Qualitative> bands = Arbitraries.of(Qualitative.NATIONAL,
                new Qualitative(List.of(new BigDecimal("80"), new BigDecimal("50"))),
                new Qualitative(List.of(new BigDecimal("90.5"), new BigDecimal("70"), new BigDecimal("30"))));
        return bands.flatMap(b -> Combinators.combine(
                Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-").ofMinLength(3).ofMaxLength(20),
                text(1, 30), Arbitraries.integers().between(2000, 2100), Arbitraries.of(FrameworkKind.class),
                score(), rounding(), grades(), Arbitraries.of(true, false))
                .flatAs((id, title, year, kind, fullMark, rounding, grades, template) -> Combinators.combine(
                        nodes("", 1, b), tables())
                        .as((nodes, tables) -> new Framework(id, title, year, kind, fullMark, rounding, grades, nodes, tables,
                                template, "generated"))));
    }

    private Arbitrary<List<Node>> nodes(String prefix, int level, Qualitative bands) {
        int max = level == 1 ? 4 : level > 3 ? 0 : 3;
        return Arbitraries.integers().between(level == 1 ? 1 : 0, max).flatMap(n -> {
            List<Arbitrary<Node>> children = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                children.add(node(prefix + i, level, bands));
            }
            return Combinators.combine(children).as(List::copyOf);
        });
    }

    private Arbitrary<Node> node(String code, int level, Qualitative bands) {
        Arbitrary<Node> group = Combinators.combine(text(1, 12), score().optional(), nodes(code + ".", level + 1, bands),
                        score().optional())
                .as((name, weight, children, cap) -> new Group(code, name, weight, level, children,
                        children.isEmpty() ? Optional.empty() : cap, level));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(level <= 3 ? 2 : 0, group),
                net.jqwik.api.Tuple.of(3, indicator(code, level, bands)));
    }

    private Arbitrary<Node> indicator(String code, int level, Qualitative bands) {
        Arbitrary<String> unit = Arbitraries.of("", "%", "个", "万元", "人次", "节");
        return Combinators.combine(text(1, 16), score().optional(), Arbitraries.of(Nature.class),
                        Arbitraries.of(Direction.class).optional(), targetText(), targetText(),
                        unit.optional(), Arbitraries.of(true, false))
                .flatAs((name, weight, nature, direction, target, halfYear, ownUnit, stated) -> {
                    TargetValue raw = ValueText.target(target);
                    Direction dir = direction.orElse(raw instanceof TargetValue.Dated ? Direction.BY_DATE : Direction.AT_LEAST);
                    TargetValue read = raw instanceof TargetValue.Numeric n
                            ? n.withDefaultComparison(dir.comparison().orElse(Comparison.AT_LEAST)) : raw;
                    String unitOfMeasure = ownUnit.orElse(read instanceof TargetValue.Numeric n ? n.quantity().unit() : "");
                    Arbitrary<ScoringRule> rule = stated ? RuleArbitraries.any()
                            : Arbitraries.just(DefaultRules.forIndicator(nature, dir, raw, bands));
                    return Combinators.combine(rule, text(0, 40), text(0, 20))
                            .as((r, method, notes) -> (Node) new Indicator(code, name, weight, level, nature, dir, read,
                                    ValueText.target(halfYear), unitOfMeasure, r, stated, method, notes, level));
                });
    }

    private Arbitrary<String> targetText() {
        Arbitrary<String> numeric = Combinators.combine(Arbitraries.of("", "≥", "≤", "=", ">", "<", "不低于"),
                        decimal(0, 100_000, 2), Arbitraries.of("", "%", "个", "万元", "人次", "份"))
                .as((sign, value, unit) -> sign + value.toPlainString() + unit);
        Arbitrary<String> fixed = Arbitraries.of("", "规范", "健全", "2024年12月底前", "2024年1月份至2月份", "有效减少",
                "≥95%", "=1份", "按月", "——", "1项以上");
        return Arbitraries.oneOf(numeric, fixed, text(1, 10));
    }

    private Arbitrary<List<AmountTable>> tables() {
        Arbitrary<AmountTable> table = Combinators.combine(Arbitraries.strings().withChars("收入支出资金ab").ofMinLength(1).ofMaxLength(6),
                        Arbitraries.of(MoneyUnit.class),
                        Arbitraries.of(List.of("全年预算数"), List.of("半年计划执行数", "全年预算数"), List.of("a", "b", "c")))
                .flatAs((name, unit, columns) -> rows(unit, columns, 2).list().ofMaxSize(4)
                        .map(rows -> new AmountTable(name, unit, columns, rows)));
        return table.list().ofMaxSize(2);
    }

    private Arbitrary<AmountRow> rows(MoneyUnit unit, List<String> columns, int depth) {
        Arbitrary<List<AmountRow>> children = depth == 0 ? Arbitraries.just(List.of())
                : Arbitraries.lazy(() -> rows(unit, columns, depth - 1)).list().ofMaxSize(3);
        Arbitrary<List<Optional<BigDecimal>>> cells = decimal(-1000, 100_000, 4).optional().list()
                .ofSize(columns.size());
        // a line starting with # is a comment, so no label can start with one
        return Combinators.combine(text(0, 20).filter(l -> !l.startsWith("#")), cells, children).as((label, values, kids) -> {
            java.util.Map<String, Amount> map = new java.util.LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                int column = c;
                values.get(c).ifPresent(v -> map.put(columns.get(column), new Amount(v, unit)));
            }
            return new AmountRow(label, map, kids, 0);
        });
    }

    private Arbitrary<RoundingPolicy> rounding() {
        return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 4),
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.of(RoundingMode.HALF_UP, RoundingMode.DOWN, RoundingMode.HALF_EVEN), Arbitraries.of(true, false))
                .as(RoundingPolicy::new);
    }

    private Arbitrary<GradeScale> grades() {
        Arbitrary<GradeScale> own = Combinators.combine(Arbitraries.of(List.of("优", "良", "合格", "差"), List.of("A", "B")),
                        Arbitraries.of(true, false), decimal(1, 30, 1))
                .as((names, whole, step) -> {
                    List<GradeScale.Band> bands = new ArrayList<>();
                    for (int i = 0; i < names.size(); i++) {
                        bands.add(new GradeScale.Band(new Grade(names.get(i)),
                                new BigDecimal("95").subtract(step.multiply(BigDecimal.valueOf(i)))));
                    }
                    return new GradeScale(bands, whole);
                });
        return Arbitraries.oneOf(Arbitraries.of(GradeScale.NATIONAL, GradeScale.WHOLE_POINTS), own);
    }

    // ------------------------------------------------------------------ shared with Rules

    /** Text a cell may hold: any characters but line breaks and "|", without blanks at either end. */
    static Arbitrary<String> text(int min, int max) {
        return Arbitraries.strings().withChars(WORD_CHARS + " :#=/%（）“”,.;-<>[]")
                .ofMinLength(min).ofMaxLength(max).map(String::strip)
                .filter(s -> s.length() >= min);
    }

    /** A word of a label or an item (no blank, no "/"). */
    static Arbitrary<String> word() {
        return Arbitraries.strings().withChars(WORD_CHARS).ofMinLength(1).ofMaxLength(6);
    }

    static Arbitrary<Score> score() {
        return decimal(0, 200, 2).map(Score::of);
    }

    /** A decimal in [low, high] with up to {@code scale} decimals, its scale as written (2.50 stays 2.50). */
    static Arbitrary<BigDecimal> decimal(long low, long high, int scale) {
        return Combinators.combine(Arbitraries.longs().between(low, high), Arbitraries.integers().between(0, scale),
                        Arbitraries.integers().between(0, 99))
                .as((whole, decimals, fraction) -> new BigDecimal(whole).add(new BigDecimal(fraction).movePointLeft(2))
                        .setScale(decimals, RoundingMode.DOWN));
    }
}
