package org.jixiao.core.method;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.framework.internal.RuleSpec;
import org.jixiao.core.measure.Comparison;
import org.jixiao.core.measure.Quantity;
import org.jixiao.core.measure.ValueText;
import org.jixiao.core.number.Score;
import org.jixiao.core.rule.Bands;
import org.jixiao.core.rule.BonusPenalty;
import org.jixiao.core.rule.Checklist;
import org.jixiao.core.rule.Deadline;
import org.jixiao.core.rule.Deduction;
import org.jixiao.core.rule.ExecutionRate;
import org.jixiao.core.rule.Formula;
import org.jixiao.core.rule.GradedLabels;
import org.jixiao.core.rule.Manual;
import org.jixiao.core.rule.Proportional;
import org.jixiao.core.rule.Qualitative;
import org.jixiao.core.rule.Reverse;
import org.jixiao.core.rule.RuleInput;
import org.jixiao.core.rule.RuleOutcome;
import org.jixiao.core.rule.ScoringRule;
import org.jixiao.core.rule.Threshold;
import org.jixiao.core.rule.YesNo;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The phrasings people type, and the ways they type them. */
class RuleCompilerTests {

    private static CompiledRule compile(String text, String weight) {
        return RuleCompiler.compile(text, CompileContext.of(weight, ""));
    }

    private static ScoringRule rule(String text, String weight) {
        CompiledRule c = compile(text, weight);
        assertThat(c.manual()).as(c.reason()).isFalse();
        return c.rule();
    }

    private static ScoringRule spec(String notation) {
        return RuleSpec.parse(notation, List.of());
    }

    private static String score(ScoringRule rule, String weight, String target, String actual) {
        RuleOutcome o = rule.apply(new RuleInput(Score.of(weight), ValueText.target(target), TypedValues.actual(actual, rule)));
        assertThat(o).as(o.toString()).isInstanceOf(RuleOutcome.Scored.class);
        return ((RuleOutcome.Scored) o).score().points().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    @Nested
    class TheWaysPeopleType {

        @ParameterizedTest
        @ValueSource(strings = {
            "达到90%得2分,未达到根据完成度得分",
            "达到９０％得２分，未达到根据完成度得分",
            "达到90％得2分；未达到的，按完成比例得分",
            "达到 9 0 %得 2 分,未达到根据\n完成度得分",
            "90%及以上得2分，未达到按完成度计分"})
        void fullAndHalfWidthSpacesAndLineBreaksReadAlike(String text) {
            assertThat(rule(text, "2")).isEqualTo(spec("proportional target=90%"));
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "评价为\"规范\"得2分,\"较规 范\"得1分,\"不规范\"得0分",
            "评价为“规范”得2分，“较规范”得1分，“不规范”得0分",
            "评价为「规范」得2分，『较规范』得1分，‘不规范’得0分",
            "评价为'规范'得2分,'较规范'得1分,'不规范'得0分",
            "规范得2分\n较规\n范得1分\n不规范得0分",
            "规范2分，较规范1分，不规范0分"})
        void everyQuoteStyleAndOcrSpacesInsideWords(String text) {
            assertThat(rule(text, "2")).isEqualTo(spec("labels 规范=2 较规范=1 不规范=0"));
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "1. 比率<5%的,得 1 分; 2. 5%≤比率≤10%的,得 0. 5 分; 3. 比率>10%的,得 0 分。",
            "比率＜5％的，得1分；5％≦比率≦10％的，得0.5分；比率＞10％的，得0分",
            "(1)比率<5%的,得1分(2)10%≥比率≥5%的,得0.5分(3)比率>10%的,得0分",
            "①比率小于5%的，得1分；②比率大于等于5%且小于等于10%的，得0.5分；③比率大于10%的，得0分",
            "比率低于5%得1分，5%-10%得0.5分，10%以上(不含)得0分"})
        void numberedSubClausesSignsInWordsAndRangesEitherWayRound(String text) {
            assertThat(rule(text, "1")).isEqualTo(spec("bands <5=1 [5,10]=0.5 >10=0"));
        }

        @Test
        void aRangeWrittenHighToLowIsTheSameRange() {
            assertThat(rule("满意度≥95%的,得6分; 95%>满意度≥90%的,得4分; 满意度<90%的,得0分", "6"))
                    .isEqualTo(spec("bands >=95=6 [90,95)=4 <90=0"));
        }

        @Test
        void amountsKeepTheirUnits() {
            ScoringRule r = rule("不超过20万元得2分，超过的按指标值/实际值×分值计分", "2");

            assertThat(r).isEqualTo(new Reverse(Optional.of(Quantity.of("20", "万元"))));
            assertThat(score(r, "2", "≤20万元", "25万元")).isEqualTo("1.60");
            assertThat(score(r, "2", "≤20万元", "200000元")).isEqualTo("2.00");
            assertThat(score(r, "2", "≤20万元", "2000000元")).isEqualTo("0.20");
        }

        @Test
        void anUpperLimitWithNothingForMoreIsTwoBands() {
            ScoringRule r = rule("成本控制在20万元以内得2分，超出不得分", "2");

            assertThat(r).isEqualTo(spec("bands <=20=2 >20=0"));
        }

        @Test
        void percentagePointsAndChineseNumerals() {
            ScoringRule r = rule("资金调整、调剂累计在本单位部门预算总规模10%以内的，得1分；超出10%的，超出一个百分点扣0.1分，直至1分扣完为止", "1");

            assertThat(r).isEqualTo(spec("deduction 0.1 above=10"));
            assertThat(score(r, "1", "", "12.5%")).isEqualTo("0.75");
        }
    }

    @Nested
    class TheKindsOfRule {

        @Test
        void thresholdAllOrNothing() {
            assertThat(rule("达到1份得7分,未完成不得 分", "7")).isEqualTo(new Threshold(Optional.of(Quantity.of("1", "份"))));
            assertThat(rule("达到100%得3分，否则不得分", "3")).isEqualTo(spec("threshold target=100%"));
            assertThat(rule("达到指标值得3分，未达到不得分", "3")).isEqualTo(Threshold.ofIndicatorTarget());
        }

        @Test
        void yesNoWhenOneAnswerEarnsTheWeightAndTheOtherNothing() {
            assertThat(rule("有机制得1分,无机制得0分", "1")).isEqualTo(YesNo.of("有机制", "无机制"));
            assertThat(rule("已公开得1分,未公开得0分", "1")).isEqualTo(YesNo.of("已公开", "未公开"));
        }

        @Test
        void theStandardValueNamesTheFullMarkGrade() {
            CompiledRule c = RuleCompiler.compile("制度已执行得1分,未充分 执行得0.5分,未执行得0分", CompileContext.of("1", "是"));

            assertThat(c.rule()).isEqualTo(spec("labels 制度已执行/是=1 未充分执行=0.5 未执行=0"));
            assertThat(c.notes()).anyMatch(n -> n.contains("“是”"));
        }

        @Test
        void checklistOfNumberedItemsWithTheirPoints() {
            ScoringRule r = rule("1. 项目的设立、调整按规定履行报批程序(1分); 2. 项目招投标、建设、验收以及方案实施均严格执 行相关制度规定(1分)。", "2");

            assertThat(r).isInstanceOf(Checklist.class);
            assertThat(((Checklist) r).items()).extracting(Checklist.Item::text)
                    .containsExactly("项目的设立、调整按规定履行报批程序", "项目招投标、建设、验收以及方案实施均严格执行相关制度规定");
            assertThat(score(r, "2", "", "1")).isEqualTo("1.00");
        }

        @Test
        void numberedItemsWorthPointsEachAddUpToAChecklist() {
            ScoringRule r = rule("1、建立了群众意见反映渠道，得1分；2、回复率达100%，得1分；3、未发生超期，得1分", "3");

            assertThat(r).isInstanceOf(Checklist.class);
            assertThat(((Checklist) r).total()).isEqualTo(Score.of(3));
        }

        @Test
        void numberedGradesThatDoNotAddUpAreAlternatives() {
            ScoringRule r = rule("(1)按要求公开的,得1.5分。(2)进行了公开但不符合时限要求的,得1分。(3)没有进行公开的,得0分。", "1.5");

            assertThat(r).isInstanceOf(GradedLabels.class);
            assertThat(((GradedLabels) r).grades()).extracting(GradedLabels.Grade::points)
                    .containsExactly(Score.of("1.5"), Score.of(1), Score.of(0));
        }

        @Test
        void deductionPerEventFromTheWeight() {
            ScoringRule r = rule("全部按期保质保量完成得8分;一项重点工作没有完成扣4分,扣完为止。", "8");

            assertThat(r).isEqualTo(Deduction.perEvent(Score.of(4)));
            assertThat(score(r, "8", "", "1")).isEqualTo("4.00");
            assertThat(score(r, "8", "", "3")).isEqualTo("0.00");
        }

        @Test
        void formulaWithNamedInputs() {
            ScoringRule r = rule("1. 所有部门预算安排的项目均按计划时间完成(6分); 2. 部分项目未按计划时间完成的,本指标得分=已完成项目数/计划完成项目总数×6分。", "6");

            assertThat(r).isEqualTo(new Formula("已完成项目数/计划完成项目总数*6"));
            assertThat(score(r, "6", "", "已完成项目数=31;计划完成项目总数=32")).isEqualTo("5.81");
        }

        @Test
        void theQuarterlyExecutionFormulaOfShenzhen() {
            String text = "1. 一季度预算执行率得分=(一季度部门预算支出进度/序时进度 25%) ×1 分 2. 二季度预算执行率得分=(二季度部门预算支出进度/序时进度 50%) ×1 分 "
                    + "3. 三季度预算执行率得分=(三季度部门预算支出进度/序时进度 75%) ×1 分 4. 四季度预算执行率得分=(四季度部门预算支出进度/序时进度 100%) ×1 分 "
                    + "5. 全年平均支出进度得分=全年平均执行率×2 分其中:全年平均执行率=Σ(每个季度的执行率)÷4";
            ScoringRule r = rule(text, "6");

            assertThat(((Formula) r).variables()).containsExactly("一季度部门预算支出进度", "三季度部门预算支出进度",
                    "二季度部门预算支出进度", "四季度部门预算支出进度");
            assertThat(score(r, "6", "", "一季度部门预算支出进度=7.73%;二季度部门预算支出进度=38.09%;"
                    + "三季度部门预算支出进度=72.71%;四季度部门预算支出进度=97.29%")).isEqualTo("4.52");
        }

        @Test
        void theTemplatesRatioAlgorithms() {
            assertThat(rule("实际值/指标值×分值", "10")).isEqualTo(Proportional.ofIndicatorTarget());
            assertThat(rule("得分=全年实际值（B）/年度指标值（A）×该指标分值", "10")).isEqualTo(Proportional.ofIndicatorTarget());
            assertThat(rule("指标值÷实际值×分值", "10")).isEqualTo(Reverse.ofIndicatorTarget());
            assertThat(rule("按预算执行率×分值计分", "10")).isEqualTo(new ExecutionRate());
            assertThat(rule("全年执行数/全年预算数×分值，最高得10分", "10")).isEqualTo(new ExecutionRate());
        }

        @Test
        void bonusItemsWithinTheirCap() {
            ScoringRule r = rule("受到国务院嘉奖加3分,受到省级嘉奖加2分,得到市级考核一等奖加1分,得到市级考核二等奖加0.5分", "5");

            assertThat(r).isEqualTo(spec("bonus cap=5 国务院嘉奖=3 省级嘉奖=2 市级考核一等奖=1 市级考核二等奖=0.5"));
            assertThat(rule("获得省级表彰加2分，获得市级表彰加1分，加分不超过2分", "5"))
                    .isEqualTo(spec("bonus cap=2 省级表彰=2 市级表彰=1"));
        }

        @Test
        void penaltyItemsWithACap() {
            ScoringRule r = rule("发生重大安全事故扣5分，被通报批评扣2分；扣分以5分为限", "0");

            assertThat(r).isEqualTo(new BonusPenalty(List.of(new BonusPenalty.Item("重大安全事故", Score.of(5)),
                    new BonusPenalty.Item("通报批评", Score.of(2))), Score.of(5), true));
        }

        @Test
        void deadlines() {
            assertThat(rule("按时完成得2分，未按时完成不得分", "2")).isEqualTo(new Deadline());
            assertThat(rule("2024年12月底前完成得2分，逾期不得分", "2")).isEqualTo(new Deadline());
        }

        @Test
        void aLabelTargetWithCompletionDegreeScoresTheLabelAndLeavesTheRestToAPerson() {
            CompiledRule c = compile("达到优秀得8分,未达到根 据完成度得分", "8");

            assertThat(c.rule()).isEqualTo(spec("labels 优秀=8"));
            assertThat(c.notes()).anyMatch(n -> n.contains("需人工判断"));
        }
    }

    @Nested
    class TheNationalTemplate {

        static final String FOOTNOTE = "注：1.定性指标根据指标完成情况分为：全部或基本达成预期指标、部分达成预期指标并具有一定效果、"
                + "未达成预期指标且效果较差三档，分别按照该指标对应分值区间100-80%（含）、80-60%（含）、60-0%合理确定分值。"
                + "2.定量指标若为正向指标（即指标值为≥*），则得分计算方法应用全年实际值（B）/年度指标值（A）×该指标分值；"
                + "若为反向指标（即指标值为≤*），则得分计算方法应用年度指标值（A）/全年实际值（B）×该指标分值。";

        @Test
        void theFootnoteGivesOneAlgorithmPerNatureAndDirection() {
            CompileContext ctx = CompileContext.of("10", "");
            assertThat(RuleCompiler.compile(FOOTNOTE, ctx.withNature(CompileContext.Nature.QUALITATIVE)).rule())
                    .isEqualTo(Qualitative.NATIONAL);
            assertThat(RuleCompiler.compile(FOOTNOTE, ctx.withTarget("≥95%")).rule()).isEqualTo(Proportional.ofIndicatorTarget());
            assertThat(RuleCompiler.compile(FOOTNOTE, ctx.withTarget("≤20万元")).rule()).isEqualTo(Reverse.ofIndicatorTarget());
            assertThat(RuleCompiler.compile(FOOTNOTE, ctx.withNature(CompileContext.Nature.QUANTITATIVE)
                    .withDirection(Comparison.AT_MOST)).rule()).isEqualTo(Reverse.ofIndicatorTarget());
        }

        @Test
        void withoutNatureOrDirectionTheFootnoteIsNotGuessed() {
            CompiledRule c = RuleCompiler.compile(FOOTNOTE, CompileContext.of("10", ""));

            assertThat(c.manual()).isTrue();
            assertThat(c.reason()).contains("性质", "方向");
        }

        @Test
        void theQualitativeBandsAndTheirRegionalVariant() {
            assertThat(rule("定性指标：达成年度指标的得该指标分值的100%-80%，部分达成的得80%-60%，未达成的得60%-0%", "10"))
                    .isEqualTo(Qualitative.NATIONAL);
            assertThat(rule("定性指标分三档：达成100-80%（含）、部分达成80-50%（含）、未达成50-0%", "10"))
                    .isEqualTo(new Qualitative(List.of(BigDecimal.valueOf(80), BigDecimal.valueOf(50))));
        }
    }

    @Nested
    class NeverASilentGuess {

        @Test
        void aCountIsNotTheNameOfAPenaltyItem() {
            // Found by RuleTextProperties: "一次" taken as an item's name wrote back as "一次扣1分；扣分以5分为限",
            // which reads as a per-event deduction. A count names no event: a person decides.
            CompiledRule c = RuleCompiler.compile("每最高5分发生一次扣1分，扣完为止");
            org.assertj.core.api.Assertions.assertThat(c.manual()).isTrue();
            org.assertj.core.api.Assertions.assertThat(c.reason()).contains("发生一次扣1分");
            // A named event still compiles, and reads back as itself.
            CompiledRule named = RuleCompiler.compile("发生安全事故扣2分,最高扣5分");
            org.assertj.core.api.Assertions.assertThat(named.rule().kind()).isEqualTo("penalty");
            org.assertj.core.api.Assertions.assertThat(RuleCompiler.compile(named.canonicalText()).rule()).isEqualTo(named.rule());
        }


        @Test
        void discretionIsManualAndSaysSo() {
            CompiledRule c = compile("酌情扣分", "0");

            assertThat(c.rule()).isInstanceOf(Manual.class);
            assertThat(c.reason()).contains("酌情扣分");
            assertThat(c.spans()).extracting(Span::part).contains("manual");
        }

        @Test
        void aTruncatedTailIsNamed() {
            CompiledRule c = compile("受到国务院嘉奖加3分,受到省级嘉奖加2分;同", "5");

            assertThat(c.manual()).isTrue();
            assertThat(c.reason()).contains("“同”");
            assertThat(c.spans()).anyMatch(s -> s.part().equals("unknown") && s.text().equals("同"));
        }

        @Test
        void fullMarksThatContradictTheWeight() {
            CompiledRule c = compile("达到90%得3分,未达到根据完成度得分", "2");

            assertThat(c.manual()).isTrue();
            assertThat(c.reason()).contains("满分3分", "2分不一致");
        }

        @Test
        void overlappingRangesAreNotResolvedByOrder() {
            CompiledRule c = compile("满意度90%-95%得4分；95%以上得6分；90%以下得0分", "6");

            assertThat(c.manual()).isTrue();
            assertThat(c.reason()).contains("重叠");
        }

        @Test
        void numbersNoRangeCoversAreNoted() {
            CompiledRule c = compile("比率<90%的,得3分; 90%<比率<100%的,得2分", "3");

            assertThat(c.rule()).isInstanceOf(Bands.class);
            assertThat(c.notes()).anyMatch(n -> n.contains("=90") && n.contains("≥100"));
        }

        @Test
        void itemsThatMightAddUpOrBeAlternativesNeedTheWeight() {
            CompiledRule c = compile("1. 建立了机制,得1分; 2. 回复率达100%,得1分", "");

            assertThat(c.manual()).isTrue();
            assertThat(c.reason()).contains("累加", "择一");
        }

        @Test
        void anExplicitManualRuleKeepsItsGuidanceVerbatim() {
            CompiledRule c = compile("人工评分：由评价组按 实际 情况评定", "5");

            assertThat(c.rule()).isEqualTo(new Manual("由评价组按 实际 情况评定"));
            assertThat(c.canonicalText()).isEqualTo("人工评分：由评价组按 实际 情况评定");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "——", "见附件", "得分", "1.", "((((((", "达到", "Σ(", "得=分=", "扣完为止", "最高5分"})
        void nonsenseIsManualWithAReason(String text) {
            CompiledRule c = compile(text, "2");

            assertThat(c.manual()).isTrue();
            assertThat(c.reason()).isNotBlank().doesNotContain("编译出错");
        }

        /** Inputs a fuzzing run found (an exception, names that read differently once written back). */
        @ParameterizedTest
        @ValueSource(strings = {"根据完成度得分与满分", "本指标得分='2. 扣完为止0是指", "未达到以下- -÷加3分",
            "评价为扣完为止(3),2. x按时完成,)×万(1分)不超过以上", "按时完成满分评价为=亪不超过÷根据完成度得分",
            "，1.每个季度的执行率60-0%×「不规范」加3分其中:"})
        void foundByFuzzingNeverAnErrorAndTheCanonicalTextIsAFixedPoint(String text) {
            CompiledRule c = RuleCompiler.compile(text);
            CompiledRule again = RuleCompiler.compile(c.canonicalText(), c.weight().map(CompileContext::of).orElse(CompileContext.none()));

            assertThat(c.reason()).doesNotContain("编译出错");
            assertThat(again.rule()).isEqualTo(c.rule());
        }

        @Test
        void tooLongATextIsNotCompiled() {
            CompiledRule c = compile("达到90%得2分,".repeat(300), "2");

            assertThat(c.manual()).isTrue();
            assertThat(c.reason()).contains("2000");
        }
    }

    @Nested
    class Spans {

        @Test
        void eachPartPointsAtTheTextItCameFrom() {
            String text = "达到 90%得2分，未达到根据 完成度得分";
            CompiledRule c = compile(text, "2");

            assertThat(c.spans()).extracting(Span::part).containsExactly("target", "full", "partial");
            for (Span s : c.spans()) {
                assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
            }
            assertThat(c.spans().get(0).text()).isEqualTo("达到 90%");
            assertThat(c.spans().get(1).text()).isEqualTo("得2分");
            assertThat(c.spans().get(2).text()).isEqualTo("未达到根据 完成度得分");
        }

        @Test
        void gradesBandsAndItemsHaveOneSpanEach() {
            assertThat(compile("评价为\"规范\"得2分,\"较规 范\"得1分,\"不规范\"得0分", "2").spans())
                    .extracting(Span::text).containsExactly("评价为\"规范\"得2分", "\"较规 范\"得1分", "\"不规范\"得0分");
            assertThat(compile("1. 比率<5%的,得 1 分; 2. 5%≤比率≤10%的,得 0. 5 分; 3. 比率>10%的,得 0 分。", "1").spans())
                    .extracting(Span::part).containsExactly("band", "band", "band");
        }
    }
}
