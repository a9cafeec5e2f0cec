package org.jixiao.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reviewer's checks on small documents built by hand, each able to fail. */
class ReviewerTests {

    private static PublishedDocument.Paragraph p(int line, String text) {
        return new PublishedDocument.Paragraph(line, text);
    }

    private static PublishedTable.Row row(int line, String... cells) {
        return new PublishedTable.Row(line, List.of(cells));
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    private static Review prose(String... paragraphs) {
        List<PublishedDocument.Paragraph> ps = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            ps.add(p(i + 1, paragraphs[i]));
        }
        return Reviewer.review(new PublishedDocument("t", List.of(), ps, List.of()), 2024);
    }

    @Test
    void aRateThatOnlyRoundingCanExplainIsNotReported() {
        // 2.35 ÷ 2.50 = 94.00 %, but 2.35 stands for anything in [2.345, 2.355): 93.8 %–94.2 %; 94.03 % is possible.
        assertThat(prose("“三公”经费全年预算 2.50 万元，支出决算 2.35 万元，完成预算的 94.03%。").findings()).isEmpty();
        // 94.5 % is not.
        assertThat(codes(prose("“三公”经费全年预算 2.50 万元，支出决算 2.35 万元，完成预算的 94.50%。").findings()))
                .containsExactly("NARRATIVE_RATE_MISMATCH");
    }

    @Test
    void aChangeRateIsMeasuredFromTheBaseTheChangeImplies() {
        // 793.53 → 550.07 is −243.46, −30.68 %: right.
        assertThat(prose("收支总计均为 550.07 万元。与上年决算相比，收、支总计各减少 243.46 万元，下降 30.68%。").findings()).isEmpty();
        Review wrong = prose("收支总计均为 550.07 万元。与年初预算相比，收、支总计各增加 100.91 万元，增长 22.35%。");
        assertThat(codes(wrong.findings())).containsExactly("NARRATIVE_CHANGE_MISMATCH");
        assertThat(wrong.findings().get(0).expected()).isEqualTo("22.47");
    }

    @Test
    void sharesAreOfTheWholeAnnouncedBeforeTheList() {
        Review review = prose(
                "本年收入决算合计 550.07 万元，其中：",
                "本年一般公共预算财政拨款收入 528.68 万元，占 96.11%；",
                "本年其他收入 21.39 万元，占 4.89%。");
        // 21.39 ÷ 550.07 = 3.89 %, not 4.89 %.
        assertThat(codes(review.findings())).containsExactly("NARRATIVE_SHARE_MISMATCH");
        assertThat(review.findings().get(0).expected()).isEqualTo("3.89");
        assertThat(review.findings().get(0).location()).isEqualTo("第3行");
    }

    @Test
    void aCategoryChangeMustFollowFromItsItems() {
        Review review = prose(
                "（三）卫生健康支出（类）",
                "卫生健康支出（类）决算数为 16.90 万元，与年初预算相比增加 0.78 万元。其中：",
                "1. 行政事业单位医疗（款）事业单位医疗（项）。年初预算 15.3 万元，支出决算 16.9 万元，完成年初预算的 110.46%。",
                "（四）住房保障支出（类）");
        assertThat(codes(review.findings())).containsExactly("NARRATIVE_CHANGE_MISMATCH");
        assertThat(review.findings().get(0).expected()).isEqualTo("1.6");
    }

    @Test
    void aSentenceCutByAPageBreakIsReadWhole() {
        // "完成年" | "初预算的 109.5%": 41.13 ÷ 37.56 = 109.50 %.
        assertThat(prose("机关事业单位基本养老保险缴费支出（项）。年初预算 37.56 万元，支出决算 41.13 万元，完成年",
                "初预算的 119.5%。").findings()).extracting(Finding::code).containsExactly("NARRATIVE_RATE_MISMATCH");
    }

    @Test
    void aTargetTablesHalfYearValueMayNotExceedItsFullYearValue() {
        PublishedTable table = new PublishedTable("目标表", 1, List.of(
                row(1, "一级指标", "二级指标", "三级指标", "半年指标值", "全年指标值"),
                row(2, "产出", "数量", "培训人次", "≥600人", "≥500人"),
                row(3, "", "", "运维事故", "≤3次", "≤6次")));

        Review review = Reviewer.review(new PublishedDocument("t", List.of(table), List.of(), List.of()), 2024);

        assertThat(review.tables().get(0).kind()).isEqualTo(TableKind.TARGET_TABLE);
        assertThat(codes(review.tables().get(0).findings())).containsExactly("HALF_YEAR_EXCEEDS_FULL");
        assertThat(review.tables().get(0).findings().get(0).row()).isEqualTo("培训人次");
    }

    @Test
    void aProjectTableWithAWrongTotalWeightsAndExecutionIsCaught() {
        PublishedTable table = new PublishedTable("项目支出绩效自评表", 1, List.of(
                row(1, "项目名称", "测试项目"),
                row(2, "项目资金", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
                row(3, "", "年度资金总额", "10", "10", "9", "10", "95", "9.5"),
                row(4, "", "其中：财政拨款", "8", "8", "9", "—", "", "—"),
                row(5, "绩效指标", "一级指标", "二级指标", "三级指标", "指标性质", "年度指标值", "实际完成值", "计量单位", "分值", "得分", "偏差原因分析及改进措施"),
                row(6, "绩效指标", "产出指标", "数量指标", "培训人数", "正向", "100", "80", "人", "50", "50", ""),
                row(7, "绩效指标", "效益指标", "社会效益指标", "覆盖学校", "正向", "10", "10", "所", "30", "24", ""),
                row(8, "总分", "", "", "", "", "", "", "", "100", "85")));

        Review review = Reviewer.review(new PublishedDocument("t", List.of(table), List.of(), List.of()), 2024);

        ReviewedTable reviewed = review.tables().get(0);
        // 9 ÷ 10 = 90 %, stated 95 %; 10 × 90 % = 9, stated 9.5; sources 8 ≠ 10 and 9 = 9;
        // 培训人数 80 of 100 scored a full 50 (50 × 0.8 = 40); 覆盖学校 met yet 24 of 30, no reason;
        // items 9.5 + 50 + 24 = 83.5, stated 85; weights 10 + 50 + 30 = 90, stated 100.
        assertThat(codes(reviewed.findings())).containsExactly(
                "AMOUNT_SUM_MISMATCH", "AMOUNT_SUM_MISMATCH", "EXECUTION_RATE_MISMATCH", "EXECUTION_SCORE_MISMATCH",
                "FULL_SCORE_TARGET_MISSED", "PARTIAL_SCORE_TARGET_MET", "DEVIATION_REASON_MISSING",
                "TOTAL_MISMATCH", "WEIGHT_SUM");
        assertThat(reviewed.itemsTotal()).contains(org.jixiao.core.number.Score.of("83.5"));
    }

    @Test
    void aStatedGradeMustBeTheGradeOfItsScore() {
        assertThat(prose("南京市电化教育馆2024年绩效评价自评得分为97.9分,评价等级为优。").findings()).isEmpty();
        Review wrong = prose("此次绩效自评得分为 88.5 分,整体评价为“优”。");
        assertThat(codes(wrong.findings())).containsExactly("GRADE_MISMATCH");
        assertThat(wrong.findings().get(0).expected()).isEqualTo("良");
    }

    @Test
    void aScatteredScoreTableIsCheckedByItsTotal() {
        PublishedTable table = new PublishedTable("框架", 1, List.of(
                row(1, "一级指标", "二级指标", "三级指标", "参考评分标准", "分数"),
                row(2, "部门决策", "20", "预算编制", "10", "预算编制合理性 5 j", "1. …(1分); 2. …(1分)", "5"),
                row(3, "", "", "", "对照有关制度文件,根据实际情况评分。", ""),
                row(4, "", "绩效目标完整性", "…", "3"),
                row(5, "总分", "100", "100", "", "9")));

        ReviewedTable reviewed = Reviewer.review(new PublishedDocument("t", List.of(table), List.of(), List.of()), 2024).tables().get(0);

        // 5 + 3 = 8, stated 9.
        assertThat(reviewed.kind()).isEqualTo(TableKind.DEPARTMENT_EVALUATION);
        assertThat(codes(reviewed.findings())).containsExactly("TOTAL_MISMATCH");
        assertThat(reviewed.itemsTotal()).contains(org.jixiao.core.number.Score.of(8));
    }

    @Test
    void aSubtotalStatedOnACategoryRowMustBeTheSumOfItsItems() {
        PublishedTable table = new PublishedTable("得分表", 1, List.of(
                row(1, "一级指标", "二级指标", "三级指标", "标准值", "完成值", "权值", "得分", "评分办法"),
                row(2, "A决策", "", "", "", "", "4", "3.5", ""),
                row(3, "", "A1机制", "A11制度规范性", "规范", "规范", "2", "2", "评价为\"规范\"得2分,\"较规范\"得1分,\"不规范\"得0分"),
                row(4, "", "", "A12流程科学性", "科学", "较科学", "2", "1", "评价为\"科学\"得2分,\"较科学\"得1分,\"不科学\"得0分"),
                row(5, "合计", "", "", "", "", "4", "3", "")));

        ReviewedTable reviewed = Reviewer.review(new PublishedDocument("t", List.of(table), List.of(), List.of()), 2024).tables().get(0);

        // A决策 states 3.5; its items are 2 + 1 = 3. The total 3 is right; A12 较科学 → 1 is right.
        assertThat(codes(reviewed.findings())).containsExactly("SUBTOTAL_MISMATCH");
        assertThat(reviewed.findings().get(0).row()).isEqualTo("A决策");
        assertThat(reviewed.findings().get(0).expected()).isEqualTo("3");
    }

    @Test
    void anAccountsTableAddsUpByClassificationCode() {
        // Baotou's 一般公共预算财政拨款支出决算表 as its narrative states it (section 五), with 208 altered.
        PublishedTable table = new PublishedTable("一般公共预算财政拨款支出决算表", 1, List.of(
                row(1, "科目编码", "科目名称", "年初预算数", "决算数"),
                row(2, "205", "教育支出", "353.00", "424.24"),
                row(3, "20502", "普通教育", "2.25", "2.25"),
                row(4, "2050299", "其他普通教育支出", "2.25", "2.25"),
                row(5, "20599", "其他教育支出", "350.75", "421.99"),
                row(6, "2059999", "其他教育支出", "350.75", "421.99"),
                row(7, "208", "社会保障和就业支出", "54.18", "57.04"),
                row(8, "20805", "行政事业单位养老支出", "54.18", "56.04"),
                row(9, "2080502", "事业单位离退休", "16.62", "14.91"),
                row(10, "2080505", "机关事业单位基本养老保险缴费支出", "37.56", "41.13"),
                row(11, "合计", "", "407.18", "481.28")));

        Review review = Reviewer.review(new PublishedDocument("t", List.of(table), List.of(), List.of()), 2024);
        ReviewedTable reviewed = review.tables().get(0);

        // 208 states 57.04 where 20805 is 56.04; the 合计 481.28 = 424.24 + 57.04 follows the wrong 208.
        assertThat(reviewed.kind()).isEqualTo(TableKind.AMOUNT_TABLE);
        assertThat(codes(reviewed.findings())).containsExactly("AMOUNT_SUM_MISMATCH");
        assertThat(reviewed.findings().get(0).row()).isEqualTo("208 社会保障和就业支出");
        assertThat(reviewed.findings().get(0).expected()).isEqualTo("56.04");
    }

    @Test
    void aScatteredTableFollowingAShippedFrameworkHasEachScoreCheckedAgainstItsWeight() {
        // Rows as Shenzhen's converter scattered them: names with weights fused in, OCR damage ("才务合规性"),
        // long criteria cells mentioning other indicators ("资金支出规范性(1分)").
        PublishedTable table = new PublishedTable("部门整体支出绩效评价共性指标体系框架", 1, List.of(
                row(1, "-", "一级指标", "-", "二级指标", "三级指标", "示", "", "指标说明", "参考评分标准", "分数"),
                row(2, "部门决策", "20", "预算编制", "10", "预算编制合理性 5 j", "部门预算的合理性…", "1. …(1分); 2. …(1分)", "5"),
                row(3, "", "", "", "", "预算编制规范性", "", "部门预算编制是否符合…", "", "5"),
                row(4, "", "", "", "", "", "", "", "", "", "绩效目标完整性", "", "是否按要求编报…", "…", "3"),
                row(5, "", "", "目标设置", "10", "绩效指标明确性", "7", "否清晰、细化、可量化…", "1. …(2分)", "7"),
                row(6, "财", "才务合规性 3", "1. 资金支出规范性(1分)。资金管理、费用标准、支付符合有关制度规定，按事项完成进度支付资金的，得1分", "3.5"),
                row(7, "总分", "100", "100", "", "23.5")));

        ReviewedTable reviewed = Reviewer.review(new PublishedDocument("t", List.of(table), List.of(), List.of()), 2024).tables().get(0);

        // 5 + 5 + 3 + 7 + 3.5 = 23.5 = 总分; but 财务合规性 is worth 3 in the Shenzhen framework.
        assertThat(codes(reviewed.findings())).containsExactly("SCORE_OVER_WEIGHT");
        assertThat(reviewed.findings().get(0).row()).isEqualTo("财务合规性");
        assertThat(reviewed.findings().get(0).expected()).isEqualTo("3");
    }
}
