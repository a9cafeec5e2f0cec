package org.jixiao.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.jixiao.core.evaluation.RowScore.Decision;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.ShippedFrameworks;
import org.jixiao.core.grade.Grade;
import org.jixiao.core.measure.Actual;
import org.jixiao.core.number.Score;
import org.junit.jupiter.api.Test;

/** Shenzhen's department framework fed with what its table and report state. */
class ShenzhenScoringTests {

    private static final String AS_PUBLISHED = "按公开的评分表认定";

    private static Actual quarters() {
        // 一至四季度部门预算支出进度, from the report's 存在问题 section.
        return new Actual.Variables(Map.of(
                "q1", new BigDecimal("7.73"), "q2", new BigDecimal("38.09"),
                "q3", new BigDecimal("72.71"), "q4", new BigDecimal("97.29")));
    }

    @Test
    void budgetExecutionFormulaGives4_52() {
        Framework framework = ShippedFrameworks.get("shenzhen-department");
        ScoreSheet sheet = Scorer.score(framework, Evaluation.of(framework).actual("3.2.1", quarters()).build());

        // 7.73/25 + 38.09/50 + 72.71/75 + 97.29/100 = 0.3092 + 0.7618 + 0.969466… + 0.9729 = 3.013366…;
        // plus the average × 2 = 1.506683…; in all 4.52005 → 4.52
        RowScore row = sheet.row("3.2.1");
        assertThat(row.exact().orElseThrow().points()).isBetween(new BigDecimal("4.52004"), new BigDecimal("4.52006"));
        assertThat(row.score()).contains(Score.of("4.52"));
    }

    @Test
    void frameworkFedWithTheTablesJudgementsTotals97_83() {
        Framework framework = ShippedFrameworks.get("shenzhen-department");
        Evaluation evaluation = Evaluation.of(framework)
                .actual("1.1.1", "全部")
                .judge("1.1.2", "5", AS_PUBLISHED)
                .judge("1.2.1", "3", AS_PUBLISHED)
                .actual("1.2.2", "全部")
                .judge("2.1.1", "2", AS_PUBLISHED)
                .judge("2.1.2.1", "1", AS_PUBLISHED)
                // 预算资金调整调剂率为4.86% (report, 部门预算调整情况): within 10 %, no deduction.
                .actual("2.1.2.2", "4.86%")
                .judge("2.1.2.3", "1", AS_PUBLISHED)
                .actual("2.1.3.1", "按要求公开").actual("2.1.3.2", "按要求公开")
                .actual("2.2.1", "1,2").actual("2.2.2", "1、2")
                .actual("2.3.1", "全部")
                // The rates behind these rows are not published; the table's points are recorded.
                .judge("2.3.2", "1", AS_PUBLISHED)
                .judge("2.4.1", "1", AS_PUBLISHED)
                .judge("2.4.2", "0.5", AS_PUBLISHED)
                .judge("2.5.1", "3", AS_PUBLISHED)
                .judge("3.1.1.1", "3", AS_PUBLISHED)
                .judge("3.1.1.2", "3", AS_PUBLISHED)
                .actual("3.2.1", quarters())
                .actual("3.2.2", "0")
                // 已完成项目数 / 计划完成项目总数 are not published; 5.81 is the table's result.
                .judge("3.2.3", "5.81", AS_PUBLISHED)
                .judge("3.3.1", "25", AS_PUBLISHED)
                .actual("3.4.1", "全部")
                .judge("3.4.2", "6", AS_PUBLISHED)
                .build();

        ScoreSheet sheet = Scorer.score(framework, evaluation);

        assertThat(sheet.isComplete()).isTrue();
        assertThat(sheet.row("2.1.2.2").decision()).isEqualTo(Decision.RULE);
        assertThat(sheet.row("2.1.2.2").score()).contains(Score.of(1));
        // The nested indicators count once: 财务合规性 3 = 1 + 1 + 1, 公用经费控制率 6 = 3 + 3.
        assertThat(sheet.subtotal("2.1.2")).contains(Score.of(3));
        assertThat(sheet.subtotal("3.1.1")).contains(Score.of(6));
        assertThat(sheet.subtotal("1")).contains(Score.of(20));
        assertThat(sheet.subtotal("2")).contains(Score.of("19.5"));
        assertThat(sheet.subtotal("3")).contains(Score.of("58.33"));
        assertThat(sheet.total()).isEqualTo(Score.of("97.83"));
        assertThat(sheet.grade()).contains(new Grade("优"));
    }

    @Test
    void projectTimelinessFormulaScoresWhenTheCountsAreKnown() {
        Framework framework = ShippedFrameworks.get("shenzhen-department");
        Evaluation evaluation = Evaluation.of(framework)
                .actual("3.2.3", new Actual.Variables(Map.of("done", BigDecimal.valueOf(31), "planned", BigDecimal.valueOf(32))))
                .build();

        // 31 ÷ 32 × 6 = 5.8125 → 5.81
        assertThat(Scorer.score(framework, evaluation).row("3.2.3").score()).contains(Score.of("5.81"));
    }

    @Test
    void keyWorkDeductionFloorsAtZero() {
        Framework framework = ShippedFrameworks.get("shenzhen-department");
        ScoreSheet one = Scorer.score(framework, Evaluation.of(framework).actual("3.2.2", "1").build());
        ScoreSheet three = Scorer.score(framework, Evaluation.of(framework).actual("3.2.2", "3").build());

        assertThat(one.row("3.2.2").score()).contains(Score.of(4));
        assertThat(three.row("3.2.2").score()).contains(Score.ZERO);
    }
}
