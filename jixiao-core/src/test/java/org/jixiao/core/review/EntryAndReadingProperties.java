package org.jixiao.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.evaluation.Scorer;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.framework.ShippedFrameworks;
import org.jixiao.core.funds.FundsBlock;
import org.jixiao.core.funds.FundsLine;

/**
 * A form calls {@link Reviewer#checkEntry} on every keystroke, and an import calls
 * {@link Reviewer#readEvaluations} on whatever a converter made of a report: neither may throw.
 */
class EntryAndReadingProperties {

    private static final List<String> VALUES = List.of("95", "95.00", "98%", "0", "-3", "1e9", "0.0001", "≥90%", "≤ 20 万元",
            "规范", "较规 范", "不规范", "有", "无", "是", "已公开", "健全", "优秀", "显著", "有效减 少", "2024年11月",
            "2023 年 7- 8 月", "1-2 月份", "3.3万人次", "1项以上", "—", "/", "", " ", "100.5%", "NaN", "%", "，", "（）");

    private static List<Framework> scored() {
        return ShippedFrameworks.all().stream().filter(f -> f.kind().isScored() && !f.template()).toList();
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void checkEntryNeverThrowsOnAnyActualText(@ForAll("frameworks") Framework framework, @ForAll("texts") List<String> texts,
                                              @ForAll("amounts") List<String> amounts) {
        Evaluation.Builder b = Evaluation.of(framework);
        List<Indicator> indicators = framework.indicators();
        for (int i = 0; i < indicators.size() && i < texts.size(); i++) {
            b.actual(indicators.get(i).code(), texts.get(i));
            if (i % 3 == 0) {
                b.deviationReason(indicators.get(i).code(), texts.get(i));
            }
        }
        if (!amounts.isEmpty()) {
            b.funds(new FundsBlock(FundsLine.wan("年度资金总额", amounts.get(0), amounts.get(1), amounts.get(2)),
                    List.of(FundsLine.wan("其中：财政拨款", amounts.get(3), amounts.get(4), amounts.get(5)))));
        }
        Evaluation evaluation = b.build();
        ScoreSheet sheet = Scorer.score(framework, evaluation);

        List<Finding> findings = Reviewer.checkEntry(sheet, evaluation);

        // Every finding names an indicator of the framework (or the funds block), and a form can show it.
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.row().equals("FUNDS") || framework.indicator(f.row()).isPresent()).as(f.row()).isTrue();
            assertThat(f.message()).isNotBlank();
        });
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void readEvaluationsNeverThrowsOnAMutatedSeed(@ForAll("mutatedSeeds") PublishedDocument document) {
        List<ReadEvaluation> read = Reviewer.readEvaluations(document, 2024, ShippedFrameworks.all());

        // What is read can be scored and checked like anything entered by hand.
        for (ReadEvaluation r : read) {
            ScoreSheet sheet = Scorer.score(r.framework(), r.evaluation());
            assertThat(Reviewer.checkEntry(sheet, r.evaluation())).isNotNull();
        }
    }

    @Provide
    Arbitrary<Framework> frameworks() {
        return Arbitraries.of(scored());
    }

    @Provide
    Arbitrary<List<String>> texts() {
        Arbitrary<String> known = Arbitraries.of(VALUES);
        Arbitrary<String> any = Arbitraries.strings().ofMaxLength(40);
        Arbitrary<String> cjk = Arbitraries.strings().withCharRange('\u4e00', '\u4e30').withChars("0123456789.%年月-—（）“”")
                .ofMaxLength(30);
        return Arbitraries.frequencyOf(Tuple.of(4, known), Tuple.of(2, any), Tuple.of(2, cjk)).list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<List<String>> amounts() {
        Arbitrary<String> amount = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just("")), Tuple.of(1, Arbitraries.just("0")),
                Tuple.of(4, Arbitraries.integers().between(0, 100000).map(n -> java.math.BigDecimal.valueOf(n, 2).toPlainString())));
        return Arbitraries.oneOf(Arbitraries.just(List.of()), amount.list().ofSize(6));
    }

    /** A seed with cells rewritten, rows dropped, duplicated or shuffled, tables cut: a converter's worst. */
    @Provide
    Arbitrary<PublishedDocument> mutatedSeeds() {
        Arbitrary<PublishedDocument> seed = Arbitraries.of(SeedDocuments.ALL).map(SeedDocuments::read);
        Arbitrary<List<Tuple.Tuple3<Integer, Integer, String>>> edits = Combinators.combine(
                Arbitraries.integers().between(0, 10000), Arbitraries.integers().between(0, 7),
                Arbitraries.oneOf(Arbitraries.of(VALUES), Arbitraries.strings().ofMaxLength(12),
                        Arbitraries.of("总分", "合计", "三级指标", "得分", "分值", "年度资金总额", "全年执行数", "实际完成值", "项目名称")))
                .as(Tuple::of).list().ofMaxSize(60);
        return Combinators.combine(seed, edits).as(EntryAndReadingProperties::mutate);
    }

    private static PublishedDocument mutate(PublishedDocument document, List<Tuple.Tuple3<Integer, Integer, String>> edits) {
        List<List<PublishedTable.Row>> tables = new ArrayList<>();
        document.tables().forEach(t -> tables.add(new ArrayList<>(t.rows())));
        for (Tuple.Tuple3<Integer, Integer, String> edit : edits) {
            if (tables.isEmpty()) {
                break;
            }
            List<PublishedTable.Row> rows = tables.get(edit.get1() % tables.size());
            if (rows.isEmpty()) {
                continue;
            }
            int at = edit.get1() % rows.size();
            PublishedTable.Row row = rows.get(at);
            switch (edit.get2()) {
                case 0, 1, 2 -> rows.set(at, withCell(row, edit.get1() / 7, edit.get3()));
                case 3 -> rows.remove(at);
                case 4 -> rows.add(at, row);
                case 5 -> rows.add(rows.remove(at));
                case 6 -> rows.set(at, new PublishedTable.Row(row.line(), row.cells().subList(0, row.cells().size() / 2)));
                default -> rows.subList(at, rows.size()).clear();
            }
        }
        List<PublishedTable> out = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            PublishedTable t = document.tables().get(i);
            out.add(new PublishedTable(t.title(), t.line(), tables.get(i)));
        }
        return new PublishedDocument(document.source(), out, document.paragraphs(), List.of());
    }

    private static PublishedTable.Row withCell(PublishedTable.Row row, int index, String text) {
        if (row.cells().isEmpty()) {
            return new PublishedTable.Row(row.line(), List.of(text));
        }
        List<String> cells = new ArrayList<>(row.cells());
        cells.set(index % cells.size(), text);
        return new PublishedTable.Row(row.line(), cells);
    }
}
