package org.jixiao.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Judgement;
import org.jixiao.core.evaluation.RowScore;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.evaluation.Scorer;
import org.jixiao.core.framework.ShippedFrameworks;
import org.jixiao.core.measure.Actual;
import org.jixiao.core.number.Score;
import org.junit.jupiter.api.Test;

/**
 * Evaluations recovered from the published seeds against the shipped frameworks. Scored, they give
 * what the hand-entered evaluations of BaotouScoringTests and NanjingScoringTests give, once the same
 * judgements are applied; without them, exactly the rows those tests judge are pending.
 */
class ReadEvaluationsTests {

    private static final String AS_PUBLISHED = "按公开的自评表认定";

    private static List<ReadEvaluation> read(String seed) {
        return Reviewer.readEvaluations(SeedDocuments.read(seed), 2024, ShippedFrameworks.all());
    }

    /** The evaluation with these judgements added: the recovered one carries none. */
    private static Evaluation judged(Evaluation e, String... codeAndScore) {
        Map<String, Judgement> judgements = new LinkedHashMap<>();
        for (int i = 0; i < codeAndScore.length; i += 2) {
            judgements.put(codeAndScore[i], Judgement.of(codeAndScore[i + 1], AS_PUBLISHED));
        }
        return new Evaluation(e.frameworkId(), e.unit(), e.funds(), e.actuals(), judgements, e.deviationReasons(),
                e.notApplicable(), e.reportedScores());
    }

    private static List<String> pending(ScoreSheet sheet) {
        return sheet.pending().stream().map(RowScore::code).toList();
    }

    /** Rows the rule decided whose score differs from the one the table reports. */
    private static List<String> ruleAgainstTable(ScoreSheet sheet) {
        return sheet.rows().stream().filter(r -> r.decision() == RowScore.Decision.RULE)
                .filter(r -> !r.score().equals(r.reported())).map(RowScore::code).toList();
    }

    @Test
    void baotouYieldsItsThreeProjectsEachMatchedWhole() {
        List<ReadEvaluation> read = read(SeedDocuments.BAOTOU);

        assertThat(read).extracting(r -> r.framework().id()).containsExactly(
                "baotou-2024-mingshi-shijie", "baotou-2024-sanxiang-gaige", "baotou-2024-jiaoshi-peixun");
        assertThat(read).allMatch(r -> r.unmatched().isEmpty());
        assertThat(read).allMatch(r -> r.table().kind() == TableKind.PROJECT_SELF_EVALUATION);
        assertThat(read).extracting(r -> r.evaluation().unit()).containsOnly("包头市电化教育馆");
        // Every indicator of each framework has its actual value and reported score, the funds row its score.
        for (ReadEvaluation r : read) {
            int indicators = r.framework().indicators().size();
            assertThat(r.evaluation().actuals()).hasSize(indicators - 1);
            assertThat(r.evaluation().reportedScores()).hasSize(indicators);
        }
    }

    @Test
    void mingshiShijieIs99_68OnceTheDaysAreJudged() {
        ReadEvaluation r = read(SeedDocuments.BAOTOU).get(0);
        ScoreSheet unjudged = Scorer.score(r.framework(), r.evaluation());

        // "每周日" against "已播放82节": only this row needs a person; its 3 points are not yet counted.
        assertThat(pending(unjudged)).containsExactly("1.3.2");
        assertThat(unjudged.total()).isEqualTo(Score.of("96.68"));
        assertThat(ruleAgainstTable(unjudged)).isEmpty();
        // 19.35 of 20 executed: 9.675 → 9.68, as published.
        assertThat(unjudged.row("FUNDS").score()).contains(Score.of("9.68"));
        assertThat(r.evaluation().actual("1.3.1")).isEqualTo(new Actual.Reading("我单位寒假“名师视界”直播课1-2月份已完成174节播放量"));

        assertThat(Scorer.score(r.framework(), judged(r.evaluation(), "1.3.2", "3")).total()).isEqualTo(Score.of("99.68"));
    }

    @Test
    void sanxiangGaigeIs80_46WithTheCostRowsJudgedZero() {
        ReadEvaluation r = read(SeedDocuments.BAOTOU).get(1);
        ScoreSheet unjudged = Scorer.score(r.framework(), r.evaluation());

        // The two cost rows with actual 0 are pending; they scored 0 in the table, so the total is already 80.46.
        assertThat(pending(unjudged)).containsExactly("1.4.1", "1.4.2");
        assertThat(unjudged.total()).isEqualTo(Score.of("80.46"));
        assertThat(ruleAgainstTable(unjudged)).isEmpty();
        assertThat(unjudged.row("FUNDS").score()).contains(Score.of("0.66"));
        assertThat(r.evaluation().funds().orElseThrow().total().adjustedBudget().orElseThrow().value()).isEqualByComparingTo("34.25");
        assertThat(r.evaluation().deviationReasons()).containsEntry("1.1.3", "教研室根据假期长度合理安排的原因")
                .containsKeys("1.4.1", "1.4.2").hasSize(3);
        assertThat(r.evaluation().actual("1.3.2"))
                .isEqualTo(new Actual.Reading("我单位 暑假 “名师 视界” 直播课 截止 7 月份已 完成 92 节播放 量"));

        ScoreSheet judged = Scorer.score(r.framework(), judged(r.evaluation(), "1.4.1", "0", "1.4.2", "0"));
        assertThat(judged.total()).isEqualTo(Score.of("80.46"));
        assertThat(judged.missingDeviationReasons()).isEmpty();
        // As read, the form would refuse it until the two cost rows are judged; then it could be submitted.
        assertThat(Reviewer.checkEntry(unjudged, r.evaluation())).extracting(f -> f.code() + " " + f.row())
                .containsExactly("NEEDS_JUDGEMENT 1.4.1", "NEEDS_JUDGEMENT 1.4.2");
        Evaluation withJudgements = judged(r.evaluation(), "1.4.1", "0", "1.4.2", "0");
        assertThat(Reviewer.checkEntry(Scorer.score(r.framework(), withJudgements), withJudgements)).isEmpty();
    }

    @Test
    void jiaoshiPeixunIs98_95WithTheTablesJudgements() {
        ReadEvaluation r = read(SeedDocuments.BAOTOU).get(2);
        ScoreSheet unjudged = Scorer.score(r.framework(), r.evaluation());

        // Qualitative results in words and cost actuals of 0: the rows BaotouScoringTests judges.
        assertThat(pending(unjudged)).containsExactly("1.2.1", "1.2.2", "1.2.3", "1.2.4", "1.2.5",
                "1.4.1", "1.4.2", "1.4.3", "1.4.4", "1.4.5", "2.1.1", "2.1.2", "2.2.1", "2.2.2", "2.3.1");
        // Satisfaction 0 % against 98 %: the rule gives 0, the table 10. 98.95 − 15 − 10 − 20 − 9 − 10 = 34.95.
        assertThat(ruleAgainstTable(unjudged)).containsExactly("3.1.1");
        assertThat(unjudged.total()).isEqualTo(Score.of("34.95"));
        // The course names recur under 数量, 质量 and 成本: each row found its own indicator.
        assertThat(r.evaluation().actual("1.1.1")).isEqualTo(new Actual.Reading("365.00"));
        assertThat(r.evaluation().actual("1.4.1")).isEqualTo(new Actual.Reading("0"));
        assertThat(r.evaluation().reportedScores()).containsEntry("1.2.1", Score.of(3)).containsEntry("1.4.1", Score.of(2));

        Evaluation judged = judged(r.evaluation(), "1.2.1", "3", "1.2.2", "3", "1.2.3", "3", "1.2.4", "3", "1.2.5", "3",
                "1.4.1", "2", "1.4.2", "2", "1.4.3", "2", "1.4.4", "2", "1.4.5", "2",
                "2.1.1", "5", "2.1.2", "5", "2.2.1", "5", "2.2.2", "5", "2.3.1", "9", "3.1.1", "10");
        ScoreSheet sheet = Scorer.score(r.framework(), judged);
        assertThat(sheet.total()).isEqualTo(Score.of("98.95"));
        assertThat(sheet.missingDeviationReasons()).extracting(RowScore::code).containsExactly("2.3.1");
    }

    @Test
    void nanjingsTableIsMatchedToItsFrameworkWithValuesAndScores() {
        List<ReadEvaluation> read = read(SeedDocuments.NANJING);

        assertThat(read).hasSize(1);
        ReadEvaluation r = read.get(0);
        assertThat(r.framework().id()).isEqualTo("nanjing-department");
        assertThat(r.unmatched()).isEmpty();
        assertThat(r.table().kind()).isEqualTo(TableKind.DEPARTMENT_EVALUATION);
        assertThat(r.evaluation().unit()).isEqualTo("南京市电化教育馆(南京市教育信息化中心)");
        Evaluation e = r.evaluation();
        // Every one of the 38 indicators has its 完成值; 32 have a score (C31, D11, D31, D41, F11, F21 have none).
        assertThat(e.actuals()).hasSize(38);
        assertThat(e.reportedScores()).hasSize(32).doesNotContainKeys("C31", "D11", "D31", "D41", "F11", "F21");
        assertThat(e.actual("B12")).isEqualTo(new Actual.Reading("88%"));
        assertThat(e.actual("C11")).isEqualTo(new Actual.Reading("14个"));
        assertThat(e.actual("F11")).isEqualTo(new Actual.Reading("1项以上"));
        assertThat(e.reportedScores()).containsEntry("B12", Score.of("1.9")).containsEntry("B31", Score.of("0.5"));

        // With NanjingScoringTests' judgements: 97.9.
        Evaluation judged = judged(e, "B12", "1.9", "B31", "0.5", "B32", "0.5", "B41", "0.5", "B51", "0.5",
                "B61", "0.5", "B62", "0.5", "F11", "1");
        assertThat(Scorer.score(r.framework(), judged).total()).isEqualTo(Score.of("97.9"));
    }

    @Test
    void shenzhensScatteredTableGivesReportedScoresOnly() {
        List<ReadEvaluation> read = read(SeedDocuments.SHENZHEN);

        assertThat(read).hasSize(1);
        ReadEvaluation r = read.get(0);
        assertThat(r.framework().id()).isEqualTo("shenzhen-department");
        assertThat(r.evaluation().unit()).isEqualTo("深圳市教育信息技术中心");
        assertThat(r.evaluation().actuals()).isEmpty();
        assertThat(r.evaluation().reportedScores()).hasSize(18)
                .containsEntry("3.2.1", Score.of("4.52")).containsEntry("3.3.1", Score.of(25));
        // Rows scoring a nested indicator as a whole: the framework scores their parts, which the table does not give.
        assertThat(r.unmatched()).containsExactly("第140行 财务合规性（分项指标，表中只有合计得分）",
                "第141行 预决算信息公开（分项指标，表中只有合计得分）", "第153行 公用经费控制率（分项指标，表中只有合计得分）");
    }

    @Test
    void aTargetTableIsNotAnEvaluation() {
        assertThat(read(SeedDocuments.SUZHOU)).isEmpty();
    }

    @Test
    void aTableNamingNoCandidateIsLeftOut() {
        // Only the national templates and Nanjing: Baotou's projects name none of them.
        assertThat(Reviewer.readEvaluations(SeedDocuments.read(SeedDocuments.BAOTOU), 2024,
                List.of(ShippedFrameworks.get("national-project"), ShippedFrameworks.get("nanjing-department")))).isEmpty();
    }

    @Test
    void aRowNamingNoIndicatorIsListedAndTheRestStillRead() {
        PublishedDocument baotou = SeedDocuments.read(SeedDocuments.BAOTOU);
        PublishedTable sanxiang = baotou.tables().get(2);
        List<PublishedTable.Row> rows = sanxiang.rows().stream()
                .map(row -> row.cells().stream().anyMatch(c -> c.contains("降低家")) ? renamed(row, "降低家", "提高家") : row)
                .toList();
        PublishedDocument changed = new PublishedDocument("t", List.of(new PublishedTable(sanxiang.title(), sanxiang.line(), rows)),
                baotou.paragraphs(), List.of());

        ReadEvaluation r = Reviewer.readEvaluations(changed, 2024, ShippedFrameworks.all()).get(0);

        assertThat(r.framework().id()).isEqualTo("baotou-2024-sanxiang-gaige");
        assertThat(r.unmatched()).containsExactly("第409行 提高家长教育子女成本");
        assertThat(r.evaluation().actuals()).doesNotContainKey("2.2.1").hasSize(13);
    }

    private static PublishedTable.Row renamed(PublishedTable.Row row, String from, String to) {
        return new PublishedTable.Row(row.line(), row.cells().stream().map(c -> c.replace(from, to)).toList());
    }
}
