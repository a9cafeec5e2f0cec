package org.jixiao.core.method;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.core.framework.internal.RuleSpec;
import org.jixiao.core.measure.ValueText;
import org.jixiao.core.number.RoundingPolicy;
import org.jixiao.core.number.Score;
import org.jixiao.core.rule.Checklist;
import org.jixiao.core.rule.Formula;
import org.jixiao.core.rule.RuleInput;
import org.jixiao.core.rule.RuleOutcome;
import org.jixiao.core.rule.ScoringRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every 评分办法 cell of the shared seeds (src/test/resources/method/seed-cells.tsv), verbatim with its
 * OCR damage: it compiles to the rule the shipped frameworks state by hand (in their rule notation), or
 * to a manual rule whose reason names what is missing; on the seed's values the rule gives the seed's
 * score, or the documented difference.
 */
class SeedCellsTests {

    record Cell(String source, String code, String weight, String target, String actual, String reported, String score,
                String expected, String note, String text) {

        CompileContext context() {
            return CompileContext.of(weight, target);
        }

        @Override
        public String toString() {
            return source + " " + code;
        }
    }

    static List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        for (String line : lines("seed-cells.tsv")) {
            String[] f = line.split("\t", -1);
            assertThat(f).as(line).hasSize(10);
            cells.add(new Cell(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9]));
        }
        return cells;
    }

    static List<String> lines(String resource) {
        try (InputStream in = SeedCellsTests.class.getResourceAsStream("/method/" + resource)) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return all.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Cell> cellStream() {
        return cells().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cellStream")
    void compilesToTheExpectedRule(Cell cell) {
        CompiledRule compiled = RuleCompiler.compile(cell.text(), cell.context());
        ScoringRule rule = compiled.rule();

        if (cell.expected().startsWith("manual:")) {
            assertThat(compiled.manual()).as(compiled.toString()).isTrue();
            assertThat(compiled.reason()).contains(cell.expected().substring("manual:".length()));
            return;
        }
        assertThat(compiled.manual()).as(compiled.reason()).isFalse();
        assertThat(compiled.reason()).isEmpty();
        assertThat(compiled.spans()).isNotEmpty();
        if (cell.expected().startsWith("checklist")) {
            assertThat(rule).isInstanceOf(Checklist.class);
            List<Score> points = ((Checklist) rule).items().stream().map(Checklist.Item::points).toList();
            List<Score> expected = Stream.of(cell.expected().substring("checklist".length()).trim().split(" "))
                    .map(Score::of).toList();
            assertThat(points).isEqualTo(expected);
        } else if (cell.expected().equals("formula")) {
            assertThat(rule).isInstanceOf(Formula.class);
        } else {
            assertThat(rule).isEqualTo(RuleSpec.parse(cell.expected(), List.of()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cellStream")
    void givesTheSeedsScoreOnTheSeedsValueOrTheDocumentedDifference(Cell cell) {
        CompiledRule compiled = RuleCompiler.compile(cell.text(), cell.context());
        if (cell.actual().isEmpty() || compiled.manual()) {
            assertThat(cell.score()).as("a score needs a value and a rule").isEmpty();
            return;
        }
        RuleOutcome outcome = compiled.rule().apply(new RuleInput(Score.of(cell.weight()), ValueText.target(cell.target()),
                TypedValues.actual(cell.actual(), compiled.rule())));

        assertThat(outcome).as(outcome.toString()).isInstanceOf(RuleOutcome.Scored.class);
        Score rounded = RoundingPolicy.STANDARD.indicatorRow(((RuleOutcome.Scored) outcome).score());
        assertThat(rounded).isEqualTo(Score.of(cell.score()));
        if (!cell.reported().isEmpty()) {
            if (cell.note().isEmpty()) {
                assertThat(rounded).as("same as the table").isEqualTo(Score.of(cell.reported()));
            } else if (!rounded.equals(Score.of(cell.reported()))) {
                assertThat(cell.note()).as("a difference from the table is documented").isNotBlank();
            }
        }
    }

    @Test
    void b12EarnsOne96WhereTheTableSaysOne9() {
        Cell b12 = cells().stream().filter(c -> c.code().equals("B12")).findFirst().orElseThrow();
        CompiledRule compiled = RuleCompiler.compile(b12.text(), b12.context());
        RuleOutcome outcome = compiled.rule().apply(new RuleInput(Score.of(2), ValueText.target("90%"),
                TypedValues.actual("88%", compiled.rule())));

        // 2 × 88 ÷ 90 = 1.9555…; the table shows 1.9.
        assertThat(((RuleOutcome.Scored) outcome).score().points().toPlainString()).startsWith("1.9555");
        assertThat(b12.reported()).isEqualTo("1.9");
    }

    /** The coverage figure in docs/rules.md; change both together. */
    @Test
    void coverageIs47Of59CellsWithEveryManualCellExplained() {
        List<Cell> cells = cells();
        long nanjing = cells.stream().filter(c -> c.source().equals("nanjing")).count();
        long shenzhen = cells.stream().filter(c -> c.source().equals("shenzhen")).count();
        long nanjingCompiled = cells.stream().filter(c -> c.source().equals("nanjing"))
                .filter(c -> !RuleCompiler.compile(c.text(), c.context()).manual()).count();
        long shenzhenCompiled = cells.stream().filter(c -> c.source().equals("shenzhen"))
                .filter(c -> !RuleCompiler.compile(c.text(), c.context()).manual()).count();

        assertThat(nanjing).isEqualTo(38);
        assertThat(shenzhen).isEqualTo(21);
        assertThat(nanjingCompiled).isEqualTo(36);
        assertThat(shenzhenCompiled).isEqualTo(11);
        for (Cell c : cells) {
            CompiledRule compiled = RuleCompiler.compile(c.text(), c.context());
            if (compiled.manual()) {
                assertThat(compiled.reason()).as(c.code()).isNotBlank().doesNotContain("编译出错");
            }
        }
    }

    /** seed-cells.txt (for `jixiao rule --file`) holds exactly the cells of seed-cells.tsv. */
    @Test
    void theTextFileForTheCommandLineHoldsTheSameCells() {
        List<String> expected = cells().stream().map(c -> c.text() + "\t" + c.weight() + "\t" + c.target()).toList();

        assertThat(lines("seed-cells.txt")).isEqualTo(expected);
    }
}
