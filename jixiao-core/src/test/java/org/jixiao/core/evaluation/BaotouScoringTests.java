package org.jixiao.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import java.util.List;
import org.jixiao.core.evaluation.RowScore.Decision;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.ShippedFrameworks;
import org.jixiao.core.funds.FundsBlock;
import org.jixiao.core.funds.FundsLine;
import org.jixiao.core.grade.Grade;
import org.jixiao.core.number.Score;
import org.jixiao.core.rule.RuleOutcome;
import org.junit.jupiter.api.Test;

/**
 * The three project self-evaluation tables of the Baotou seed, entered as published (actual values
 * as written, OCR spaces included), scored by the template's rules. Where the rule cannot decide,
 * the test records the published score as a person's judgement and says why; each such row is
 * listed, so a rule that starts (or stops) deciding a row fails the test.
 */
class BaotouScoringTests {

    private static final String AS_PUBLISHED = "按公开的自评表认定";

    @Test
    void mingshiShijieScores99_68AndGradeYou() {
        Framework framework = ShippedFrameworks.get("baotou-2024-mingshi-shijie");
        Evaluation evaluation = Evaluation.of(framework)
                .funds(new FundsBlock(FundsLine.wan("年度资金总额", "20", "20", "19.35"), List.of(
                        FundsLine.wan("其中：财政拨款", "20", "20", "19.35"),
                        FundsLine.wan("上年结转资金", "", "", ""),
                        FundsLine.wan("其他资金", "0", "0", "0"))))
                .actual("1.1.1", "174.00").actual("1.1.2", "82.00").actual("1.1.3", "92.00")
                .actual("1.2.1", "99.00").actual("1.2.2", "99.00")
                .actual("1.3.1", "我单位寒假“名师视界”直播课1-2月份已完成174节播放量")
                .actual("1.3.2", "我单位其他各类教育教学视频课已播放82节")
                .actual("1.3.3", "我单位暑假“名师”视界直播课截止7月份已完成92节播放量")
                .actual("1.4.1", "19.35").actual("1.4.2", "98.00")
                .actual("2.1.1", "显著").actual("2.1.2", "有效减少").actual("2.2.1", "长期")
                .actual("3.1.1", "95.00")
                // Target "每周日" against "已播放82节": the text does not say on which days; a person decides.
                .judge("1.3.2", "3", AS_PUBLISHED)
                .build();

        ScoreSheet sheet = Scorer.score(framework, evaluation);

        // 19.35 ÷ 20 = 96.75 % → 10 × 0.9675 = 9.675 → 9.68
        assertThat(sheet.row("FUNDS").exact()).contains(Score.of("9.675"));
        assertThat(sheet.row("FUNDS").score()).contains(Score.of("9.68"));
        // Month spans read from the actual text: 1–2 within Jan–Feb 2024, 7 within Jul–Aug 2024.
        assertThat(sheet.row("1.3.1").decision()).isEqualTo(Decision.RULE);
        assertThat(sheet.row("1.3.3").decision()).isEqualTo(Decision.RULE);
        assertThat(judgedCodes(sheet)).containsExactly("1.3.2");
        assertThat(sheet.isComplete()).isTrue();
        assertThat(sheet.subtotal("1")).contains(Score.of(50));
        assertThat(sheet.total()).isEqualTo(Score.of("99.68"));
        assertThat(sheet.grade()).contains(new Grade("优"));
    }

    @Test
    void sanxiangGaigeScores80_46WithTheCostRowsJudgedZero() {
        Framework framework = ShippedFrameworks.get("baotou-2024-sanxiang-gaige");
        String reason = "项目资金于 2024年年 底下达，故 未能支付， 将于2025 年度积极完 成后续支付 工作。";
        Evaluation evaluation = Evaluation.of(framework)
                .funds(new FundsBlock(FundsLine.wan("年度资金总额", "2.25", "34.25", "2.25"), List.of(
                        FundsLine.wan("其中：财政拨款", "2.25", "34.25", "2.25"),
                        FundsLine.wan("上年结转资金", "", "", ""),
                        FundsLine.wan("其他资金", "0", "0", "0"))))
                .actual("1.1.1", "82.00").actual("1.1.2", "174.00").actual("1.1.3", "92.00")
                .deviationReason("1.1.3", "教研室根据 假期长度合 理安排的原 因")
                .reported("1.1.3", "4.8")
                .actual("1.2.1", "99.00").actual("1.2.2", "99.00")
                .actual("1.3.1", "我单位 寒假 “名师 视界” 直播课 1-2 月 份已完 成 174 节播放 量")
                .actual("1.3.2", "我单位 暑假 “名师 视界” 直播课 截止 7 月份已 完成 92 节播放 量")
                .actual("1.4.1", "0").actual("1.4.2", "0")
                .deviationReason("1.4.1", reason).deviationReason("1.4.2", reason)
                // Reverse indicators with actual 0: nothing was paid because the money came at year end.
                .judge("1.4.1", "0", "资金年底下达，未发生支出，成本目标未实现，认定0分")
                .judge("1.4.2", "0", "资金年底下达，未发生支出，成本目标未实现，认定0分")
                .actual("2.1.1", "有效减 小").actual("2.1.2", "有效减 少")
                .actual("2.2.1", "有效降 低").actual("2.2.2", "显著提 高")
                .actual("3.1.1", "95.00")
                .build();

        ScoreSheet sheet = Scorer.score(framework, evaluation);

        // 2.25 ÷ 34.25 = 6.569… % → 10 × 0.06569 = 0.657 → 0.66
        assertThat(sheet.row("FUNDS").score()).contains(Score.of("0.66"));
        // 暑假: 5 × 92 ÷ 96 = 4.7916…: 4.79 at two decimals, 4.8 by this table's one-decimal rows.
        RowScore summer = sheet.row("1.1.3");
        assertThat(summer.exact().orElseThrow().points().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("4.79");
        assertThat(summer.score()).contains(Score.of("4.8"));
        assertThat(summer.reported()).contains(Score.of("4.8"));
        // The cost rows: the rule refuses to guess on an actual of 0.
        assertThat(sheet.row("1.4.1").outcome()).isInstanceOf(RuleOutcome.NeedsJudgement.class);
        assertThat(((RuleOutcome.NeedsJudgement) sheet.row("1.4.1").outcome()).reason())
                .isEqualTo(RuleOutcome.Undecided.ZERO_ACTUAL);
        assertThat(judgedCodes(sheet)).containsExactly("1.4.1", "1.4.2");
        // 0.66 + 14.8 + 15 + 10 + 0 + 30 + 10
        assertThat(sheet.total()).isEqualTo(Score.of("80.46"));
        assertThat(sheet.grade()).contains(new Grade("良"));
        assertThat(sheet.missingDeviationReasons()).isEmpty();
    }

    @Test
    void sanxiangGaigeWithoutTheJudgementsIsPendingAndUngraded() {
        Framework framework = ShippedFrameworks.get("baotou-2024-sanxiang-gaige");
        Evaluation evaluation = Evaluation.of(framework).actual("1.4.1", "0").build();

        ScoreSheet sheet = Scorer.score(framework, evaluation);

        assertThat(sheet.isComplete()).isFalse();
        assertThat(sheet.grade()).isEmpty();
        assertThat(sheet.row("1.4.1").decision()).isEqualTo(Decision.PENDING);
    }

    @Test
    void jiaoshiPeixunScores98_95WithTheTablesJudgements() {
        Framework framework = ShippedFrameworks.get("baotou-2024-jiaoshi-peixun");
        Evaluation evaluation = Evaluation.of(framework)
                .funds(new FundsBlock(FundsLine.wan("年度资金总额", "0", "19", "18.9"), List.of(
                        FundsLine.wan("其中：财政拨款", "0", "19", "18.9"),
                        FundsLine.wan("上年结转资金", "", "", ""),
                        FundsLine.wan("其他资金", "0", "0", "0"))))
                .actual("1.1.1", "365.00").actual("1.1.2", "120.00").actual("1.1.3", "580.00")
                .actual("1.1.4", "310.00").actual("1.1.5", "235.00")
                .actual("1.2.1", "已经熟练应用平台，在实际操作中能够高效、准确地使用平台的各项功能")
                .actual("1.2.2", "所有参训人员网络安全意识显著增强，与此同时，教育系统人员的网络安全意识也得以全面提升")
                .actual("1.2.3", "全面掌握新教材课标理念")
                .actual("1.2.4", "数字化教育治理能力显著提升")
                .actual("1.2.5", "有效提升")
                .actual("1.3.1", "2024年11月").actual("1.3.2", "2024年12月")
                .actual("1.4.1", "0").actual("1.4.2", "0").actual("1.4.3", "0").actual("1.4.4", "0").actual("1.4.5", "0")
                .actual("2.1.1", "有效促进人员数量新增").actual("2.1.2", "有效促进人员数量新增")
                .actual("2.2.1", "教学质量稳步提升").actual("2.2.2", "实现创新成果产出")
                .actual("2.3.1", "教育均衡发展水平稳步提升")
                .actual("3.1.1", "0")
                // Qualitative results described in words: a person chooses the band (the table gave full marks).
                .judge("1.2.1", "3", AS_PUBLISHED).judge("1.2.2", "3", AS_PUBLISHED).judge("1.2.3", "3", AS_PUBLISHED)
                .judge("1.2.4", "3", AS_PUBLISHED).judge("1.2.5", "3", AS_PUBLISHED)
                // Cost actuals of 0 while 18.9 万元 were spent: the rule cannot decide; the table gave full marks.
                .judge("1.4.1", "2", AS_PUBLISHED).judge("1.4.2", "2", AS_PUBLISHED).judge("1.4.3", "2", AS_PUBLISHED)
                .judge("1.4.4", "2", AS_PUBLISHED).judge("1.4.5", "2", AS_PUBLISHED)
                .judge("2.1.1", "5", AS_PUBLISHED).judge("2.1.2", "5", AS_PUBLISHED)
                .judge("2.2.1", "5", AS_PUBLISHED).judge("2.2.2", "5", AS_PUBLISHED)
                .judge("2.3.1", "9", AS_PUBLISHED)
                // Satisfaction 0 % against 98 %: the rule gives 0; the table gave 10. Recorded as an override.
                .judge("3.1.1", "10", AS_PUBLISHED)
                .build();

        ScoreSheet sheet = Scorer.score(framework, evaluation);

        // 18.9 ÷ 19 = 99.47 % → 9.947 → 9.95
        assertThat(sheet.row("FUNDS").score()).contains(Score.of("9.95"));
        assertThat(sheet.row("1.3.1").decision()).isEqualTo(Decision.RULE);
        assertThat(sheet.row("3.1.1").ruleScore()).contains(Score.ZERO);
        assertThat(sheet.row("3.1.1").isOverride()).isTrue();
        assertThat(sheet.rows().stream().filter(RowScore::isOverride).map(RowScore::code)).containsExactly("3.1.1");
        // 9.95 + 15 + 15 + 10 + 10 + 10 + 10 + 9 + 10
        assertThat(sheet.total()).isEqualTo(Score.of("98.95"));
        assertThat(sheet.grade()).contains(new Grade("优"));
        // 包头教育高地高质量发展 lost a point and the table gives no reason.
        assertThat(sheet.missingDeviationReasons()).extracting(RowScore::code).containsExactly("2.3.1");
    }

    private static List<String> judgedCodes(ScoreSheet sheet) {
        return sheet.judged().stream().map(RowScore::code).toList();
    }
}
