package org.jixiao.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.core.evaluation.RowScore.Decision;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.Group;
import org.jixiao.core.framework.ShippedFrameworks;
import org.jixiao.core.grade.Grade;
import org.jixiao.core.measure.Actual;
import org.jixiao.core.number.Score;
import org.junit.jupiter.api.Test;

/** Nanjing's A–F framework, fed with the standard and actual values of its published table. */
class NanjingScoringTests {

    private static final String AS_PUBLISHED = "按公开的得分表认定";

    /** Every row's 完成值 as published (the table has no 评价 column beyond it). */
    private static Evaluation.Builder published(Framework framework) {
        Evaluation.Builder b = Evaluation.of(framework);
        for (String code : List.of("A11")) {
            b.actual(code, "规范");
        }
        b.actual("A12", "科学").actual("A13", "有").actual("A21", "有").actual("A22", "匹配")
                .actual("A31", "有").actual("A32", "匹配").actual("A41", "科学").actual("A42", "匹配");
        b.actual("B11", "93%").actual("B12", "88%").actual("B13", "不超支").actual("B14", "是")
                .actual("B21", "健全").actual("B22", "是").actual("B31", "健全").actual("B32", "是")
                .actual("B41", "健全").actual("B42", "是").actual("B51", "健全").actual("B52", "是")
                .actual("B61", "是").actual("B62", "是").actual("B63", "有")
                .actual("B71", "是").actual("B72", "科学开展").actual("B73", "是");
        b.actual("C11", "14个").actual("C21", "1份").actual("C31", "3.3万人次").actual("C41", "199条");
        b.actual("D11", "优秀").actual("D21", "60%").actual("D31", "180万人次").actual("D41", "19万次");
        b.actual("E11", "95%");
        b.actual("F11", "1项以上").actual("F21", "0");
        return b;
    }

    @Test
    void weightsTotal105WithFAsABonusCappedAt5() {
        Framework framework = ShippedFrameworks.get("nanjing-department");

        assertThat(framework.declaredWeights()).isEqualTo(Score.of(105));
        assertThat(framework.fullMark()).isEqualTo(Score.of(100));
        Group f = (Group) framework.node("F").orElseThrow();
        assertThat(f.bonusCap()).contains(Score.of(5));
    }

    @Test
    void b12IsOne96ByTheProportionalRuleWhereTheTableSaysOne9() {
        Framework framework = ShippedFrameworks.get("nanjing-department");
        ScoreSheet sheet = Scorer.score(framework, published(framework).reported("B12", "1.9").build());

        // 2 × 88 ÷ 90 = 1.9555… → 1.96
        assertThat(sheet.row("B12").score()).contains(Score.of("1.96"));
        assertThat(sheet.row("B12").reported()).contains(Score.of("1.9"));
    }

    @Test
    void rowsWithoutAPublishedScoreAreScoredByTheirRules() {
        Framework framework = ShippedFrameworks.get("nanjing-department");
        ScoreSheet sheet = Scorer.score(framework, published(framework).build());

        // C31, D11, D31, D41 have no score in the table, only the category subtotals (30 and 30).
        assertThat(sheet.row("C31").score()).contains(Score.of(7)); // 3.3万人次 ≥ 3万人次
        assertThat(sheet.row("D11").score()).contains(Score.of(8)); // 优秀
        assertThat(sheet.row("D31").score()).contains(Score.of(7)); // 180万人次 ≥ 150万人次
        assertThat(sheet.row("D41").score()).contains(Score.of(8)); // 19万次 ≥ 12万次
        assertThat(sheet.subtotal("C")).contains(Score.of(30));
        assertThat(sheet.subtotal("D")).contains(Score.of(30));
        // "1项以上" names no distinction: the bonus needs a person.
        assertThat(sheet.row("F11").decision()).isEqualTo(Decision.PENDING);
    }

    @Test
    void fedWithItsJudgementsTheFrameworkTotals97_9() {
        Framework framework = ShippedFrameworks.get("nanjing-department");
        Evaluation evaluation = published(framework)
                // The table's own scores where they differ from its stated results (健全/是 yet 0.5).
                .judge("B12", "1.9", AS_PUBLISHED)
                .judge("B31", "0.5", AS_PUBLISHED).judge("B32", "0.5", AS_PUBLISHED)
                .judge("B41", "0.5", AS_PUBLISHED).judge("B51", "0.5", AS_PUBLISHED)
                .judge("B61", "0.5", AS_PUBLISHED).judge("B62", "0.5", AS_PUBLISHED)
                // 加减分项得分为1分 (report, section 三(六)).
                .judge("F11", "1", "报告写明加减分项得分为1分（全市网络安全等级保护和信息通报工作先进单位等）")
                .build();

        ScoreSheet sheet = Scorer.score(framework, evaluation);

        assertThat(sheet.subtotal("A")).contains(Score.of(15));
        assertThat(sheet.subtotal("B")).contains(Score.of("16.9"));
        assertThat(sheet.subtotal("F")).contains(Score.of(1));
        assertThat(sheet.rows().stream().filter(RowScore::isOverride).map(RowScore::code))
                .containsExactly("B12", "B31", "B32", "B41", "B51", "B61", "B62");
        assertThat(sheet.total()).isEqualTo(Score.of("97.9"));
        assertThat(sheet.grade()).contains(new Grade("优"));
    }

    @Test
    void bonusAboveTheCapCountsOnlyUpToFive() {
        Framework framework = ShippedFrameworks.get("nanjing-department");
        Evaluation evaluation = published(framework)
                .actual("F11", new Actual.Items(List.of("国务院嘉奖", "省级嘉奖", "市级考核一等奖")))
                .build();

        ScoreSheet sheet = Scorer.score(framework, evaluation);

        assertThat(sheet.row("F11").score()).contains(Score.of(5)); // 3 + 2 + 1 = 6, capped at 5
        assertThat(sheet.subtotal("F")).contains(Score.of(5));
    }
}
