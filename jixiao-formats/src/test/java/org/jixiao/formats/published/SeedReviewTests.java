package org.jixiao.formats.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.core.number.Score;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.Review;
import org.jixiao.core.review.ReviewedTable;
import org.jixiao.core.review.Reviewer;
import org.jixiao.core.review.TableKind;
import org.junit.jupiter.api.Test;

/**
 * The reviewer on the four published seeds, exactly: every finding listed (code, row, line), so a
 * regression either way — a finding lost, or one falling on a row the seed gets right — fails.
 * Each expectation carries the arithmetic that makes it true.
 */
class SeedReviewTests {

    private static Review review(String seed) {
        return Reviewer.review(Seeds.read(seed), 2024);
    }

    private static List<String> findings(List<Finding> findings) {
        return findings.stream().map(f -> f.code() + " " + f.row() + " " + f.location()).toList();
    }

    @Test
    void baotouProjectTablesTotal99_68_80_46_98_95() {
        List<ReviewedTable> projects = review(Seeds.BAOTOU).tables().stream()
                .filter(t -> t.kind() == TableKind.PROJECT_SELF_EVALUATION).toList();

        assertThat(projects).extracting(ReviewedTable::title)
                .containsExactly("包头市智慧教育“名师视界”直播运行费", "教育三项改革资金", "教师培训专项");
        assertThat(projects).extracting(t -> t.itemsTotal().orElseThrow())
                .containsExactly(Score.of("99.68"), Score.of("80.46"), Score.of("98.95"));
        assertThat(projects).extracting(t -> t.reportedTotal().orElseThrow())
                .containsExactly(Score.of("99.68"), Score.of("80.46"), Score.of("98.95"));
        // By the rules where they decide: 暑假 4.79 (not 4.8) in project 2; satisfaction 0 (not 10) in project 3.
        assertThat(projects).extracting(t -> t.recomputedTotal().orElseThrow())
                .containsExactly(Score.of("99.68"), Score.of("80.45"), Score.of("88.95"));
        assertThat(projects).extracting(t -> t.recomputedGrade().orElseThrow()).containsExactly("优", "良", "良");
    }

    @Test
    void baotouFindingsAreExactlyTheseAndNoOthers() {
        Review review = review(Seeds.BAOTOU);
        List<ReviewedTable> tables = review.tables();

        // Table at line 87 lists the unit (序号 | 单位名称 | 单位性质): nothing to check.
        assertThat(tables.get(0).kind()).isEqualTo(TableKind.OTHER);
        assertThat(tables.get(0).findings()).isEmpty();

        // Project 1: only the "每周日" time target, whose actual ("已播放82节") says nothing of the days: a person's call.
        assertThat(findings(tables.get(1).findings())).containsExactly(
                "NEEDS_JUDGEMENT 其他各类教育教学视频课播出时间 第365行");

        // Project 2: 5 × 92 ÷ 96 = 4.7917 → 4.79, published 4.8 (rounding only); a 2023 date in a 2024
        // evaluation; the two cost rows with actual 0 (money arrived at year end) need a person.
        assertThat(findings(tables.get(2).findings())).containsExactly(
                "ROUNDING 暑假名师视界直播课节数 第397行",
                "DATE_OUTSIDE_YEAR 暑假名师视界直播时间 第401行",
                "NEEDS_JUDGEMENT 同频互动设备端口服务费 第405行",
                "NEEDS_JUDGEMENT 名师视界录播相关费用 第406行");

        // Project 3: quality and benefit results described in words (a person's judgement); five cost
        // rows with actual 0 while 18.9 万元 were spent, all scored full; 9 of 10 without a reason;
        // satisfaction 0 % against 98 % scored a full 10 (by the rule 10 × 0 ÷ 98 = 0).
        assertThat(findings(tables.get(3).findings())).containsExactly(
                "NEEDS_JUDGEMENT 国家中小学智慧教育平台全域应用培训 第437行",
                "NEEDS_JUDGEMENT 网络安全技术人员培训 第438行",
                "NEEDS_JUDGEMENT 信息科技新教材培训 第439行",
                "NEEDS_JUDGEMENT 校长及培训管理团队数字素养提升培训 第440行",
                "NEEDS_JUDGEMENT 包头市中学实验室教师培训 第444行",
                "NEEDS_JUDGEMENT 国家中小学智慧教育平台全域应用培训 第447行",
                "NEEDS_JUDGEMENT 网络安全技术人员培训 第448行",
                "NEEDS_JUDGEMENT 信息科技新教材培训 第449行",
                "NEEDS_JUDGEMENT 校长及培训管理团队数字素养提升培训 第450行",
                "NEEDS_JUDGEMENT 包头市中学实验室教师培训 第451行",
                "NEEDS_JUDGEMENT 吸引跟多高质量人才子女来包上学 第452行",
                "NEEDS_JUDGEMENT 吸引更多质量人才来包就业 第453行",
                "NEEDS_JUDGEMENT 提升包头教育教学质量 第457行",
                "NEEDS_JUDGEMENT 提升师生创新能力并提供更多创新人才 第458行",
                "NEEDS_JUDGEMENT 包头教育高地高质量发展 第459行",
                "DEVIATION_REASON_MISSING 包头教育高地高质量发展 第459行",
                "FULL_SCORE_TARGET_MISSED 全市师生家长满意 第460行");
        assertThat(tables.get(3).findings()).filteredOn(f -> f.code().equals("NEEDS_JUDGEMENT") && f.message().contains("18.90万元"))
                .hasSize(5);

        // The narrative:
        // 550.07 − 100.91 = 449.16; 100.91 ÷ 449.16 = 22.47 %, stated 22.35 %.
        // 卫生健康支出: its one item went from 15.30 to 16.90, +1.60, stated +0.78.
        // 住房保障支出: its one item went from 29.02 to 31.50, +2.48, stated +0.86.
        assertThat(findings(review.findings())).containsExactly(
                "NARRATIVE_CHANGE_MISMATCH 与年初预算相比,收、支总计各增加100.91万元,增长22.35%,变动原因:本年通过考录招聘新增4人,在职人员职级晋升,人员经费增加 第163行",
                "NARRATIVE_CHANGE_MISMATCH 卫生健康支出（类） 第253行",
                "NARRATIVE_CHANGE_MISMATCH 住房保障支出（类） 第259行");
        assertThat(review.findings().get(0).expected()).isEqualTo("22.47");
        assertThat(review.findings().get(0).found()).isEqualTo("22.35");
        assertThat(review.findings().get(1).expected()).isEqualTo("1.6");
        assertThat(review.findings().get(1).found()).isEqualTo("0.78");
    }

    @Test
    void nanjingStatesA93PercentExecutionRateThatIs96_13() {
        Review review = review(Seeds.NANJING);

        // 7283.27 ÷ 7576.78 = 96.13 %, stated as 93 % twice (sections 一(二) and 三(二)).
        assertThat(findings(review.findings())).containsExactly(
                "NARRATIVE_RATE_MISMATCH 2024年单位预算整体执行率为93%,项目资金执行率为88% 第60行",
                "NARRATIVE_RATE_MISMATCH 南京市电化教育馆(南京市教育信息化中心)按照进度执行部门预算和项目资金预算,2024年部门预算执行率为93%,项目资金执行率为88%,项目执行进度偏低的主要原因… 第96行");
        assertThat(review.findings()).allSatisfy(f -> assertThat(f.expected()).isEqualTo("96.13"));
    }

    @Test
    void shenzhensScatteredScoreTableAddsUpTo97_83() {
        ReviewedTable table = review(Seeds.SHENZHEN).tables().get(0);

        // 5 + 5 + 3 + 7 | 2 + 3 + 3 + 2 + 2 + 2 + 1 + 1 + 0.5 + 3 | 6 + 4.52 + 8 + 5.81 + 25 + 3 + 6 = 20 + 19.5 + 58.33 = 97.83
        assertThat(table.kind()).isEqualTo(TableKind.DEPARTMENT_EVALUATION);
        assertThat(table.itemsTotal()).contains(Score.of("97.83"));
        assertThat(table.reportedTotal()).contains(Score.of("97.83"));
        // The converter scattered its cells: rows are not mapped to columns, so nothing is recomputed (yet).
        assertThat(table.recomputedTotal()).isEmpty();
        assertThat(table.findings()).isEmpty();
    }

    @Test
    void shenzhensNarrativeFiguresAllAgreeWithinTheirPrecision() {
        // 10,339.11 − 3,858.11 = 6,481.00 → 59.53 % (stated 59.5 %); 1,379.26 + 95.5 = 1,474.76 → 6.48 % (6.5 %);
        // 8,190.76 − 3,158.4 = 5,032.36 → 62.76 % (62.8 %): all right at the precision written.
        assertThat(review(Seeds.SHENZHEN).findings()).isEmpty();
    }

    @Test
    void suzhouHalfYearProjectPlansAddTo299_60NotThe299_62Stated() {
        Review review = review(Seeds.SUZHOU);
        ReviewedTable table = review.tables().get(0);

        assertThat(table.kind()).isEqualTo(TableKind.TARGET_TABLE);
        // 5 + 0 + 57 + 129.5 + 5 + 30 + 0 + 17.2 + 0 + 7.4 + 1.5 + 10 + 37 = 299.6; the full-year column
        // (1096.52), the income sources (2190.36) and 基本 + 项目 = 1093.84 + 1096.52 = 2190.36 all agree.
        // …and 日常维护系统数量 (under the E卡通 work) is published without any value.
        assertThat(findings(table.findings())).containsExactly(
                "AMOUNT_SUM_MISMATCH 项目支出 第22行",
                "VALUE_MISSING 日常维护系统数量 第86行");
        assertThat(table.findings().get(0).expected()).isEqualTo("299.6");
        assertThat(table.findings().get(0).found()).isEqualTo("299.62");
        assertThat(review.findings()).isEmpty();
    }

    @Test
    void nanjingsScoreTableIsReviewedByItsOwnScoringMethods() {
        ReviewedTable table = review(Seeds.NANJING).tables().get(0);

        assertThat(table.kind()).isEqualTo(TableKind.DEPARTMENT_EVALUATION);
        // Stated scores add to 15 + 16.9 + 23 + 7 + 5 = 66.9 (C31, D11, D31, D41, F11 left blank), not 97.9.
        assertThat(table.itemsTotal()).contains(Score.of("66.9"));
        assertThat(table.reportedTotal()).contains(Score.of("97.9"));
        // By the rules: B12 1.96, the six 0.5 rows 1 each, the blank rows by their rules (7, 8, 7, 8), F left to a person: 99.96.
        assertThat(table.recomputedTotal()).contains(Score.of("99.96"));
        // "自评得分为97.9分,评价等级为优": 97.9 is 优, and so is 99.96.
        assertThat(table.reportedGrade()).contains("优");
        assertThat(table.recomputedGrade()).contains("优");
        assertThat(findings(table.findings())).containsExactly(
                "SCORE_RULE_MISMATCH 项目资金执行率 第160行",          // 2 × 88 ÷ 90 = 1.96, stated 1.9
                "PARTIAL_SCORE_TARGET_MET 资产管理制度健全性 第165行",   // 健全 against 健全, yet 0.5 of 1
                "PARTIAL_SCORE_TARGET_MET 资产管理是否按制度执行 第166行", // 是 against 是
                "PARTIAL_SCORE_TARGET_MET 政府采购管理制度健全性 第167行",
                "PARTIAL_SCORE_TARGET_MET 建设项目管理制度健全性 第169行",
                "PARTIAL_SCORE_TARGET_MET 内部控制建设情况 第171行",
                "PARTIAL_SCORE_TARGET_MET 内部控制执行情况 第172行",
                "SCORE_MISSING 参赛师生数量 第181行",
                "SCORE_MISSING 网络安全责任制考核等级 第183行",
                "SCORE_MISSING 期刊文献资源使用师生人数 第185行",
                "SCORE_MISSING 相关点击量 第186行",
                "SCORE_MISSING 本年度收到各级荣誉表彰 第188行",
                "NEEDS_JUDGEMENT 本年度收到各级荣誉表彰 第188行",       // "1项以上" names no distinction; its rule text is cut off
                "NEEDS_JUDGEMENT 本年度违法违纪 第189行",               // 酌情扣分
                "TOTAL_MISMATCH 合计 第190行");
    }
}
