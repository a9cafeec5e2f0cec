package org.jixiao.core.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jixiao.core.measure.ValueText;
import org.jixiao.core.number.Score;
import org.jixiao.core.rule.GradedLabels;
import org.jixiao.core.rule.Manual;
import org.jixiao.core.rule.Qualitative;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Writing a framework back as text: every shipped framework reads back the same, and the text is the format's. */
class FrameworkWriteTests {

    static final List<String> IDS = ShippedFrameworks.IDS;

    @Test
    void everyShippedFrameworkIsCovered() {
        assertThat(ShippedFrameworks.all()).hasSize(8);
    }

    @ParameterizedTest
    @FieldSource("IDS")
    void aShippedFrameworkWrittenReadsBackTheSame(String id) {
        Framework shipped = ShippedFrameworks.get(id);

        String text = FrameworkFormat.write(shipped);
        FrameworkLoad back = FrameworkFormat.read(id + ".jxf", text);

        assertThat(back.errors()).isEmpty();
        assertThat(FrameworkFormat.sameContent(back.orThrow(), shipped)).isTrue();
        // the content equal, the readings differ only in where they were read from
        assertThat(back.orThrow()).isNotEqualTo(shipped);
        assertThat(back.warnings()).extracting(FrameworkProblem::code)
                .containsExactlyElementsOf(ShippedFrameworks.load(id).warnings().stream().map(FrameworkProblem::code).toList());
        assertThat(FrameworkFormat.write(back.orThrow())).isEqualTo(text);
    }

    @Test
    void theWrittenSanxiangTableReadsLikeTheFormat() {
        String text = FrameworkFormat.write(ShippedFrameworks.get("baotou-2024-sanxiang-gaige"));

        assertThat(text).startsWith("""
                framework: baotou-2024-sanxiang-gaige
                title: 教育三项改革资金
                year: 2024
                kind: project-self-evaluation
                full-mark: 100
                rounding: indicator=1 funds=2 total=2 mode=HALF_UP rows=yes

                indicators:
                FUNDS | 预算执行率 | 10
                  nature: 定量
                  rule: execution-rate
                1 | 产出指标 | 50
                  1.1 | 数量指标 | 15
                    1.1.1 | 其他各类教育教学视频课数量 | 5
                      target: 57
                      unit: 节
                """);
        // the standard grades and the national qualitative bands are the parser's defaults: not repeated
        assertThat(text).doesNotContain("grades:", "qualitative-bands:", "#");
        // 定量 and 正向 follow from the numeric target, so they are not repeated; its unit is stated apart
        assertThat(text).contains("""
                    1.2.1 | 直播课内容完好时长占比 | 8
                      target: 98
                      unit: %
                """);
    }

    @Test
    void suzhouKeepsItsHalfYearTargetsAndItsFundsAsWritten() {
        String text = FrameworkFormat.write(ShippedFrameworks.get("suzhou-target-table"));

        assertThat(text).contains("""
                    2.1.3 | 预算执行率
                      target: =100%
                      half-year: =45%
                """);
        assertThat(text).contains("""
                      3.1.2.1 | 日常维护系统数量
                        notes: 公开的目标表中此行未填半年和全年指标值
                """);
        assertThat(text).contains("""
                amounts: 支出 万元
                  columns: 半年计划执行数 | 全年预算数
                  基本支出 | 516.92 | 1093.84
                  项目支出 | 299.62 | 1096.52
                    苏州线上教育中心综合服务 | 5 | 233
                """);
        assertThat(text).doesNotContain("full-mark:");
    }

    @Test
    void statedRulesAreWrittenInTheRuleNotation() {
        String nanjing = FrameworkFormat.write(ShippedFrameworks.get("nanjing-department"));
        String shenzhen = FrameworkFormat.write(ShippedFrameworks.get("shenzhen-department"));

        assertThat(nanjing).contains("rule: labels 规范=2 较规范=1 不规范=0\n", "rule: yes-no yes=已公开/是 no=未公开/否\n",
                "rule: proportional target=90%\n", "rule: bonus cap=5 国务院嘉奖=3 省级嘉奖=2 市级考核一等奖=1 市级考核二等奖=0.5\n",
                "  bonus-cap: 5\n");
        assertThat(shenzhen).contains("rule: bands <5=1 [5,10]=0.5 >10=0\n", "rule: deduction 0.1 above=10\n",
                "rule: deduction 4\n", "rule: checklist\n", "rule: formula q1/25 + q2/50 + q3/75 + q4/100");
        assertThat(shenzhen).containsPattern("rule: checklist\n( +item: [0-9.]+ [^\n]+\n)+");
    }

    @Test
    void qualitativeBandsOtherThanTheNationalOnesAreStatedOnce() {
        Framework f = FrameworkFormat.read("t", """
                framework: bands-test
                title: 分档
                year: 2024
                kind: department-evaluation
                qualitative-bands: 80/50

                indicators:
                1 | 满意度 | 100
                  nature: 定性
                  target: 满意
                """).orThrow();

        String text = FrameworkFormat.write(f);

        assertThat(text).contains("qualitative-bands: 80/50\n");
        assertThat(FrameworkFormat.read("t", text).orThrow().indicator("1").orElseThrow().rule())
                .isEqualTo(new Qualitative(List.of(new java.math.BigDecimal("80"), new java.math.BigDecimal("50"))));
    }

    @Test
    void whatTheTextCannotSayIsRefusedWithWhere() {
        Framework f = ShippedFrameworks.get("nanjing-department");
        Indicator a11 = f.indicator("A11").orElseThrow();

        Indicator slashLabel = withRule(a11, new GradedLabels(List.of(new GradedLabels.Grade(List.of("规范/合规"), Score.of(2)))), true);
        Indicator unstatedManual = withRule(a11, new Manual("酌情"), false);
        Indicator pipeName = new Indicator(a11.code(), "规范|性", a11.weight(), a11.level(), a11.nature(), a11.direction(),
                a11.target(), a11.halfYearTarget(), a11.unitOfMeasure(), a11.rule(), a11.ruleStated(), a11.method(), a11.notes(), 0);

        assertThatThrownBy(() -> FrameworkFormat.write(replace(f, slashLabel)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("“A11”");
        assertThatThrownBy(() -> FrameworkFormat.write(replace(f, unstatedManual)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("A11", "默认规则");
        assertThatThrownBy(() -> FrameworkFormat.write(replace(f, pipeName)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("“A11”");
    }

    @Test
    void aChangedTargetIsWrittenAsTypedAndReadBack() {
        Framework f = ShippedFrameworks.get("suzhou-target-table");
        Indicator i = f.indicator("2.1.3").orElseThrow();
        Indicator changed = new Indicator(i.code(), i.name(), i.weight(), i.level(), i.nature(), i.direction(),
                ValueText.target("=98%"), ValueText.target("=50%"), i.unitOfMeasure(), i.rule(), i.ruleStated(), i.method(),
                i.notes(), i.line());

        Framework back = FrameworkFormat.read("t", FrameworkFormat.write(replace(f, changed))).orThrow();

        assertThat(back.indicator("2.1.3").orElseThrow().target().text()).isEqualTo("=98%");
        assertThat(back.indicator("2.1.3").orElseThrow().halfYearTarget().text()).isEqualTo("=50%");
        assertThat(back.indicator("2.1.4").orElseThrow().target().text()).isEqualTo("≤10%");
    }

    private static Indicator withRule(Indicator i, org.jixiao.core.rule.ScoringRule rule, boolean stated) {
        return new Indicator(i.code(), i.name(), i.weight(), i.level(), i.nature(), i.direction(), i.target(),
                i.halfYearTarget(), i.unitOfMeasure(), rule, stated, i.method(), i.notes(), i.line());
    }

    /** The framework with the node of the same code replaced. */
    static Framework replace(Framework f, Node replacement) {
        return new Framework(f.id(), f.title(), f.year(), f.kind(), f.fullMark(), f.rounding(), f.grades(),
                replace(f.nodes(), replacement), f.amounts(), f.template(), f.source());
    }

    private static List<Node> replace(List<Node> nodes, Node replacement) {
        return nodes.stream().map(n -> n.code().equals(replacement.code()) ? replacement
                : n instanceof Group g ? (Node) new Group(g.code(), g.name(), g.weight(), g.level(),
                        replace(g.children(), replacement), g.bonusCap(), g.line()) : n).toList();
    }
}
