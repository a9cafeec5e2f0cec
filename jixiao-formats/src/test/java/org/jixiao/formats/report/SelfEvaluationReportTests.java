package org.jixiao.formats.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jixiao.formats.report.ReportFixtures.paragraphs;
import static org.jixiao.formats.report.ReportFixtures.scoreTable;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Judgement;
import org.jixiao.core.evaluation.RowScore;
import org.jixiao.core.framework.FrameworkKind;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.framework.ShippedFrameworks;
import org.jixiao.core.funds.FundsBlock;
import org.jixiao.core.funds.FundsLine;
import org.jixiao.core.grade.Grade;
import org.jixiao.core.number.Score;
import org.jixiao.formats.report.ReportFixtures.Case;
import org.junit.jupiter.api.Test;

/** The report model, built from the seeds' evaluations: sections, sentences and table say the same numbers. */
class SelfEvaluationReportTests {

    private static final int SCORE = 6;
    private static final int REASON = 7;

    @Test
    void baotouIsAProjectReportScoring80_46Good() {
        Case c = ReportFixtures.baotou();

        assertThat(c.sheet().total()).isEqualTo(Score.of("80.46"));
        assertThat(c.sheet().grade()).contains(new Grade("良"));
        Report report = c.report();
        assertThat(c.framework().kind()).isEqualTo(FrameworkKind.PROJECT_SELF_EVALUATION);
        assertThat(report.title()).isEqualTo("包头市电化教育馆2024年度教育三项改革资金项目支出绩效自评报告");
        assertThat(report.sections()).extracting(Report.Section::heading).containsExactly("一、基本情况", "二、绩效目标及实现情况",
                "三、项目支出绩效自评表（2024年度）", "四、偏差原因分析及改进措施", "五、存在问题", "六、评价结论");
        assertThat(paragraphs(report, "一、")).anySatisfy(p -> assertThat(p)
                .contains("年初预算数2.25万元，全年预算数34.25万元，全年执行数2.25万元，预算执行率为6.57%"));
        assertThat(paragraphs(report, "六、")).first().asString()
                .isEqualTo("包头市电化教育馆教育三项改革资金项目2024年度绩效自评得分80.46分，评价等级为“良”。");
    }

    @Test
    void theTableShowsTheSheetsScoresAndAddsUpToItsTotal() {
        for (Case c : List.of(ReportFixtures.baotou(), ReportFixtures.nanjing())) {
            Report.Table table = scoreTable(c.report());
            List<Report.Row> rows = table.rows().stream().filter(r -> r.style() == Report.RowStyle.NORMAL).toList();
            List<Indicator> indicators = c.framework().indicators();
            assertThat(rows).hasSize(indicators.size());
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < rows.size(); i++) {
                RowScore row = c.sheet().row(indicators.get(i).code());
                BigDecimal shown = new BigDecimal(rows.get(i).cells().get(SCORE));
                assertThat(shown).as(row.code()).isEqualByComparingTo(row.score().orElseThrow().points());
                sum = sum.add(shown);
            }
            Report.Row total = table.rows().get(table.rows().size() - 1);
            assertThat(total.style()).isEqualTo(Report.RowStyle.TOTAL);
            assertThat(total.cells().get(SCORE)).isEqualTo(c.sheet().total().points().setScale(2).toPlainString());
            // rows rounded before they are added (rows=yes) and nothing rescaled: the shown rows add up to the shown total
            assertThat(sum).isEqualByComparingTo(c.sheet().total().points());
        }
    }

    @Test
    void everySentenceStatesTheScoreItsTableRowShows() {
        for (Case c : List.of(ReportFixtures.baotou(), ReportFixtures.nanjing())) {
            List<Report.Row> rows = scoreTable(c.report()).rows().stream().filter(r -> r.style() == Report.RowStyle.NORMAL).toList();
            List<String> sentences = paragraphs(c.report(), "二、");
            List<Indicator> indicators = c.framework().indicators();
            for (int i = 0; i < indicators.size(); i++) {
                Indicator indicator = indicators.get(i);
                String prefix = indicator.isFundsRow() ? indicator.name() + "：" : indicator.code() + " " + indicator.name() + "：";
                String sentence = sentences.stream().filter(s -> s.startsWith(prefix)).findFirst().orElseThrow(() ->
                        new AssertionError("no sentence for " + prefix));
                String score = rows.get(i).cells().get(SCORE);
                assertThat(sentence).as(indicator.code()).containsPattern("(得分|计)" + java.util.regex.Pattern.quote(score) + "分");
                if (!indicator.isFundsRow() && !indicator.target().text().isBlank()) {
                    assertThat(sentence).contains("指标值为" + rows.get(i).cells().get(3));
                }
            }
        }
    }

    @Test
    void lostPointsWithoutAReasonGetTheVisiblePlaceholder() {
        Case c = ReportFixtures.baotou();
        List<Report.Row> rows = scoreTable(c.report()).rows();

        // 预算执行率 lost 9.34 and has no reason: placeholder in the table and in section 四
        Report.Row funds = rows.get(0);
        assertThat(funds.cells().get(0)).isEqualTo("预算执行率");
        assertThat(funds.cells().get(REASON)).isEqualTo(Report.PLACEHOLDER);
        assertThat(paragraphs(c.report(), "四、")).anySatisfy(p -> assertThat(p)
                .startsWith("1. 预算执行率：预算执行率为6.57%，得分0.66分（分值10分），扣9.34分。").endsWith(Report.PLACEHOLDER));
        // 1.1.3 lost 0.2 with the published reason: the reason, no placeholder
        Report.Row summer = rows.stream().filter(r -> r.cells().get(2).equals("暑假名师视界直播课节数")).findFirst().orElseThrow();
        assertThat(summer.cells().get(SCORE)).isEqualTo("4.8");
        assertThat(summer.cells().get(REASON)).isEqualTo("教研室根据假期长度合理安排的原因");
        assertThat(paragraphs(c.report(), "四、")).anySatisfy(p -> assertThat(p)
                .contains("1.1.3 暑假名师视界直播课节数：指标值为96节，实际完成值为92.00节，得分4.8分（分值5分），扣0.2分。"));
        // rows at full marks have nothing to explain
        assertThat(rows.stream().filter(r -> r.cells().get(2).equals("寒假名师视界直播课节数")).findFirst().orElseThrow()
                .cells().get(REASON)).isEmpty();
    }

    @Test
    void rowsStillToJudgeLeaveTheGradeOpenAndAreListedAsProblems() {
        Case c = ReportFixtures.baotouUnjudged();

        assertThat(c.sheet().grade()).isEmpty();
        assertThat(paragraphs(c.report(), "六、")).first().asString()
                .contains("尚有2项指标待人工认定（1.4.1、1.4.2）").contains("已有得分的指标合计80.46分").doesNotContain("评价等级为");
        assertThat(scoreTable(c.report()).rows()).filteredOn(r -> r.cells().get(SCORE).equals("待认定")).hasSize(2);
        List<String> problems = paragraphs(c.report(), "五、");
        assertThat(problems).filteredOn(p -> p.contains("需人工认定")).hasSize(2)
                .allSatisfy(p -> assertThat(p).contains("［须处理］").contains("实际成本填为0，但项目全年执行数为2.25万元"));
    }

    @Test
    void nanjingIsAUnitReportWithItsBonusAndSevenReasonsToWrite() {
        Case c = ReportFixtures.nanjing();
        Report report = c.report();

        assertThat(c.framework().kind()).isEqualTo(FrameworkKind.DEPARTMENT_EVALUATION);
        assertThat(report.title()).isEqualTo("南京市电化教育馆(南京市教育信息化中心)2024年度部门整体支出绩效自评报告");
        assertThat(report.sections().get(2).heading()).isEqualTo("三、部门整体支出绩效自评表（2024年度）");
        assertThat(paragraphs(report, "一、")).contains("本次自评未填报资金情况。");
        assertThat(paragraphs(report, "六、")).first().asString()
                .isEqualTo("南京市电化教育馆(南京市教育信息化中心)2024年度绩效自评得分97.90分，评价等级为“优”。其中“加减分项”计1.00分。");
        // B12 (1.9 of 2) and the six rows scored 0.5 of 1 state no reason
        assertThat(scoreTable(report).rows()).filteredOn(r -> r.cells().get(REASON).equals(Report.PLACEHOLDER)).hasSize(7);
        assertThat(paragraphs(report, "四、")).first().asString().isEqualTo("共7项指标扣分，合计扣3.10分，逐项说明如下。");
        assertThat(paragraphs(report, "五、")).anySatisfy(p -> assertThat(p)
                .isEqualTo("1. ［须处理］指标B12：“项目资金执行率”得分1.90分（分值2分），扣0.10分，尚未填写偏差原因分析及改进措施。"));
        Report.Row bonus = scoreTable(report).rows().stream().filter(r -> r.cells().get(1).startsWith("小计（加减分")).findFirst()
                .orElseThrow();
        assertThat(bonus.cells().get(SCORE)).isEqualTo("1.00");
    }

    @Test
    void shenzhensTableStatesNoValuesSoItsReportListsTheRowsToFillIn() {
        Case c = ReportFixtures.shenzhen();
        Report report = c.report();

        assertThat(c.sheet().pending()).hasSize(c.framework().indicators().size());
        assertThat(scoreTable(report).rows()).filteredOn(r -> r.style() == Report.RowStyle.NORMAL)
                .allSatisfy(r -> assertThat(r.cells().get(SCORE)).isEqualTo("未填报"));
        // the parts of a nested indicator are named under it
        assertThat(scoreTable(report).rows()).anySatisfy(r -> assertThat(r.cells().subList(0, 3))
                .containsExactly("部门管理", "资金管理", "财务合规性（资金支出规范性）"));
        assertThat(paragraphs(report, "六、")).first().asString()
                .startsWith("深圳市教育信息技术中心2024年度绩效尚有25项指标未填报实际完成值（1.1.1、1.1.2、")
                .contains("已有得分的指标合计0.00分").doesNotContain("评价等级为");
        assertThat(paragraphs(report, "五、")).filteredOn(p -> p.contains("尚未填写实际完成值")).hasSize(25);
    }

    @Test
    void aRowThatDoesNotApplyIsSaidAndTheTotalRescaled() {
        Case judged = ReportFixtures.baotou();
        Evaluation e = judged.evaluation();
        Evaluation withoutSatisfaction = new Evaluation(e.frameworkId(), e.unit(), e.funds(), e.actuals(), e.judgements(),
                e.deviationReasons(), Map.of("3.1.1", "本年度未开展满意度调查"), e.reportedScores());
        Case c = Case.of(judged.framework(), withoutSatisfaction);

        assertThat(c.sheet().rescale()).isNotEqualByComparingTo(BigDecimal.ONE);
        assertThat(scoreTable(c.report()).rows()).anySatisfy(r -> assertThat(r.cells().get(SCORE)).isEqualTo("不适用"));
        assertThat(paragraphs(c.report(), "二、")).anySatisfy(p -> assertThat(p).contains("3.1.1 全市师生家长满意度")
                .contains("本年度不适用（本年度未开展满意度调查）"));
        assertThat(paragraphs(c.report(), "六、")).anySatisfy(p -> assertThat(p).isEqualTo("因1项指标本年度不适用，总分已按适用指标的分值折算至满分100分。"));
        assertThat(paragraphs(c.report(), "六、").get(0)).contains("自评得分" + c.sheet().total().points().setScale(2).toPlainString() + "分");
    }

    @Test
    void aPerfectEvaluationHasNothingToExplain() {
        var framework = ShippedFrameworks.get("baotou-2024-sanxiang-gaige");
        Evaluation e = ReportFixtures.judged(ReportFixtures.baotou().evaluation(), Map.of(
                "1.1.3", Judgement.of("5", "复核后认定完成"), "1.4.1", Judgement.of("5", "按合同支付"),
                "1.4.2", Judgement.of("5", "按合同支付")));
        Evaluation full = new Evaluation(e.frameworkId(), e.unit(), Optional.of(new FundsBlock(
                FundsLine.wan("年度资金总额", "34.25", "34.25", "34.25"), List.of())),
                e.actuals(), e.judgements(), Map.of(), Map.of(), Map.of());
        Case c = Case.of(framework, full);

        assertThat(c.sheet().total()).isEqualTo(Score.of(100));
        assertThat(paragraphs(c.report(), "四、")).containsExactly("各项指标均获满分，无扣分偏差。");
        assertThat(paragraphs(c.report(), "五、")).containsExactly("经系统核对，自评数据完整，未发现需要说明的问题。");
        assertThat(c.report().texts()).noneMatch(t -> t.contains(Report.PLACEHOLDER));
        assertThat(paragraphs(c.report(), "六、").get(0)).endsWith("自评得分100.00分，评价等级为“优”。");
    }

    @Test
    void aSheetOfAnotherFrameworkIsRefused() {
        Case baotou = ReportFixtures.baotou();
        Case nanjing = ReportFixtures.nanjing();

        assertThatThrownBy(() -> SelfEvaluationReport.build(ReportTitle.of(baotou.framework(), baotou.evaluation()),
                baotou.evaluation(), nanjing.sheet())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nanjing-department").hasMessageContaining("baotou-2024-sanxiang-gaige");
    }

    @Test
    void theTitleComesFromTheData() {
        Case c = ReportFixtures.baotou();
        assertThat(ReportTitle.of(c.framework(), c.evaluation())).isEqualTo(new ReportTitle("包头市电化教育馆", "教育三项改革资金", 2024));
        assertThat(ReportTitle.of(ReportFixtures.nanjing().framework(), ReportFixtures.nanjing().evaluation()).project()).isEmpty();
        assertThatThrownBy(() -> new ReportTitle("单位", "", 24)).hasMessageContaining("四位年份");
    }
}
