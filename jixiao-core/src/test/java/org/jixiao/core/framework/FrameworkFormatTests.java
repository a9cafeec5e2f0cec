package org.jixiao.core.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jixiao.core.grade.GradeScale;
import org.jixiao.core.measure.Comparison;
import org.jixiao.core.measure.Period;
import org.jixiao.core.measure.Quantity;
import org.jixiao.core.measure.TargetValue;
import org.jixiao.core.number.RoundingPolicy;
import org.jixiao.core.number.Score;
import org.jixiao.core.rule.Bands;
import org.jixiao.core.rule.Deadline;
import org.jixiao.core.rule.GradedLabels;
import org.jixiao.core.rule.Proportional;
import org.jixiao.core.rule.Qualitative;
import org.jixiao.core.rule.Reverse;
import org.jixiao.core.rule.Threshold;
import org.junit.jupiter.api.Test;

/**
 * The framework text format: what a valid text reads as, which rule applies when none is stated,
 * and that a broken text reports every problem at once, each with its line and code.
 */
class FrameworkFormatTests {

    private static final String VALID = """
            # 一个最小的部门整体评价体系
            framework: test-department
            title: 测试部门整体支出绩效评价
            year: 2024
            kind: department-evaluation
            full-mark: 100
            rounding: indicator=1 funds=2 total=2 mode=DOWN rows=no
            grades: 优>=90 良>=80 中>=60 差>=0 whole-points

            indicators:
            1 | 部门决策 | 40
              1.1 | 预算编制规范性 | 20
                nature: 定性
                rule: labels 规范=20 较规范=10 不规范=0
                notes: 对照预算编制工作方案
              1.2 | 编外人员控制率 | 20
                nature: 定量
                target: ≤5%
                rule: bands <5=20 [5,10]=10 >10=0
                method: 比率<5%得20分，5%≤比率≤10%得10分，比率>10%得0分
            2 | 部门绩效 | 60
              2.1 | 服务人次 | 60
                nature: 定量
                direction: 正向
                target: ≥3万人次
            """;

    @Test
    void aValidTextLoads() {
        FrameworkLoad load = FrameworkFormat.read("valid.jxf", VALID);

        assertThat(load.problems()).isEmpty();
        assertThat(load.ok()).isTrue();
        Framework framework = load.orThrow();
        assertThat(framework.id()).isEqualTo("test-department");
        assertThat(framework.title()).isEqualTo("测试部门整体支出绩效评价");
        assertThat(framework.year()).isEqualTo(2024);
        assertThat(framework.kind()).isEqualTo(FrameworkKind.DEPARTMENT_EVALUATION);
        assertThat(framework.fullMark()).isEqualTo(Score.of(100));
        assertThat(framework.rounding()).isEqualTo(new RoundingPolicy(1, 2, 2, RoundingMode.DOWN, false));
        assertThat(framework.grades()).isEqualTo(GradeScale.WHOLE_POINTS);
        assertThat(framework.template()).isFalse();
        assertThat(framework.source()).isEqualTo("valid.jxf");
        // 40 + 60
        assertThat(framework.declaredWeights()).isEqualTo(Score.of(100));
        assertThat(framework.indicators()).extracting(Indicator::code).containsExactly("1.1", "1.2", "2.1");

        Indicator norms = framework.indicator("1.1").orElseThrow();
        assertThat(norms.line()).isEqualTo(12);
        assertThat(norms.level()).isEqualTo(2);
        assertThat(norms.weight()).contains(Score.of(20));
        assertThat(norms.nature()).isEqualTo(Nature.QUALITATIVE);
        assertThat(norms.rule()).isEqualTo(new GradedLabels(List.of(
                GradedLabels.Grade.of("规范", "20"), GradedLabels.Grade.of("较规范", "10"), GradedLabels.Grade.of("不规范", "0"))));
        assertThat(norms.ruleStated()).isTrue();
        assertThat(norms.notes()).isEqualTo("对照预算编制工作方案");

        Indicator staff = framework.indicator("1.2").orElseThrow();
        assertThat(staff.rule()).isInstanceOf(Bands.class);
        assertThat(staff.direction()).isEqualTo(Direction.AT_MOST);
        assertThat(staff.method()).isEqualTo("比率<5%得20分，5%≤比率≤10%得10分，比率>10%得0分");

        Indicator visits = framework.indicator("2.1").orElseThrow();
        assertThat(visits.target()).isEqualTo(new TargetValue.Numeric(Comparison.AT_LEAST, Quantity.of("3", "万人次"), true, "≥3万人次"));
        assertThat(visits.unitOfMeasure()).isEqualTo("万人次");
        assertThat(visits.rule()).isEqualTo(Proportional.ofIndicatorTarget());
        assertThat(framework.node("1").orElseThrow()).isInstanceOf(Group.class);
    }

    // Line numbers are in the comments at the end of each line.
    private static final String BROKEN = String.join("\n",
            "framework: broken",                          // 1
            "year: 2024",                                 // 2  (no title:)
            "kind: department-evaluation",                // 3
            "colour: blue",                               // 4  UNKNOWN_KEY
            "",                                           // 5
            "indicators:",                                // 6
            "1 | 决策 | 20",                              // 7  CHILD_WEIGHT_SUM: 8 + 10 ≠ 20
            "  1.1 | 目标明确性 | 8",                     // 8  RULE_NATURE, TARGET_MISSING
            "    nature: 定性",                           // 9
            "    target: 明确",                           // 10
            "    rule: proportional",                     // 11
            "  1.2 | 制度覆盖率 | 10",                    // 12 RULE_DIRECTION
            "    nature: 定量",                           // 13
            "    direction: 正向",                        // 14
            "    target: ≥90%",                           // 15
            "    rule: reverse",                          // 16
            "2 | 管理 | 30",                              // 17
            "  1.1 | 重复编码 | 5",                       // 18 DUPLICATE_CODE, RULE_POINTS: 8 > 5
            "    rule: labels 规范=8 较规范=4",           // 19
            "  2.2 | 坏规则 | 5",                         // 20
            "    rule: bands 5..10=1",                    // 21 RULE_INVALID
            "  2.3 | 满意度 | 20",                        // 22
            "    target: ≥95%",                           // 23
            "    colour: red",                            // 24 UNKNOWN_KEY (indicator attribute)
            "\t2.4 | 制表符缩进 | 1",                     // 25 INDENT (tab)
            "   2.5 | 奇数缩进 | 1",                      // 26 INDENT (three spaces)
            "");
    // Top level: 20 + 30 = 50 ≠ 100 → WEIGHT_SUM (a framework-wide problem, line 0).

    @Test
    void aBrokenTextReportsEveryProblemAtOnce() {
        FrameworkLoad load = FrameworkFormat.read("broken.jxf", BROKEN);

        assertThat(load.ok()).isFalse();
        assertThat(load.framework()).isEmpty();
        assertThat(load.warnings()).isEmpty();
        assertThat(load.errors())
                .extracting(FrameworkProblem::line, FrameworkProblem::code, FrameworkProblem::node)
                .containsExactlyInAnyOrder(
                        tuple(4, "UNKNOWN_KEY", ""),
                        tuple(0, "MISSING_HEADER", ""),
                        tuple(18, "DUPLICATE_CODE", "1.1"),
                        tuple(7, "CHILD_WEIGHT_SUM", "1"),
                        tuple(0, "WEIGHT_SUM", ""),
                        tuple(8, "RULE_NATURE", "1.1"),
                        tuple(8, "TARGET_MISSING", "1.1"),
                        tuple(12, "RULE_DIRECTION", "1.2"),
                        tuple(18, "RULE_POINTS", "1.1"),
                        tuple(21, "RULE_INVALID", "2.2"),
                        tuple(24, "UNKNOWN_KEY", "2.3"),
                        tuple(25, "INDENT", ""),
                        tuple(26, "INDENT", ""));
        assertThat(load.errors()).allSatisfy(p -> assertThat(p.source()).isEqualTo("broken.jxf"));
    }

    @Test
    void theBrokenTextsMessagesSayWhatIsWrong() {
        List<String> lines = FrameworkFormat.read("broken.jxf", BROKEN).errors().stream().map(FrameworkProblem::toString).toList();

        assertThat(lines).contains(
                "broken.jxf:4 ERROR UNKNOWN_KEY 未知的表头项“colour”",
                "broken.jxf:0 ERROR MISSING_HEADER 缺少表头项“title”",
                "broken.jxf:18 [1.1] ERROR DUPLICATE_CODE 指标编码“1.1”重复",
                "broken.jxf:7 [1] ERROR CHILD_WEIGHT_SUM 下级指标分值之和为18，与本级分值20不符",
                "broken.jxf:0 ERROR WEIGHT_SUM 一级指标分值之和为50，与满分100不符",
                "broken.jxf:8 [1.1] ERROR RULE_NATURE 定性指标不能使用proportional规则（需要数值）",
                "broken.jxf:12 [1.2] ERROR RULE_DIRECTION 正向指标不能按反向规则计分",
                "broken.jxf:18 [1.1] ERROR RULE_POINTS 评分档次最高8分，超过分值5",
                "broken.jxf:21 [2.2] ERROR RULE_INVALID 无法识别的区间“5..10=1”",
                "broken.jxf:25 ERROR INDENT 缩进请使用空格，不要使用制表符",
                "broken.jxf:26 ERROR INDENT 缩进应为两个空格的整数倍");
    }

    @Test
    void orThrowListsAllErrors() {
        FrameworkLoad load = FrameworkFormat.read("broken.jxf", BROKEN);

        assertThatThrownBy(load::orThrow)
                .isInstanceOf(FrameworkException.class)
                .hasMessage("指标体系有误：\n" + load.errors().stream().map(FrameworkProblem::toString).collect(Collectors.joining("\n")))
                .satisfies(e -> assertThat(((FrameworkException) e).problems()).isEqualTo(load.errors()).hasSize(13));
    }

    @Test
    void withoutAKindOnlyTheReadingProblemsCanBeReported() {
        // The structural checks depend on the kind (a target table has no weights), so they do not run.
        FrameworkLoad load = FrameworkFormat.read("nokind.jxf", String.join("\n",
                "framework: nokind",
                "title: 无类型",
                "year: 2024",
                "kind: annual-report",
                "indicators:",
                "1 | 决策 | 20",
                "  target: ≥90%"));

        assertThat(load.errors()).extracting(FrameworkProblem::line, FrameworkProblem::code)
                .containsExactly(tuple(4, "BAD_VALUE"));
    }

    @Test
    void anUnreadableHeaderValueIsReportedWithTheIndicatorsProblems() {
        // qualitative-bands is unreadable and 1.1 is 定性 with no rule: the problem is reported, nothing throws.
        FrameworkLoad load = FrameworkFormat.read("bands.jxf", String.join("\n",
                "framework: bands",
                "title: 分档",
                "year: 2024",
                "kind: department-evaluation",
                "qualitative-bands: 80-60",
                "indicators:",
                "1 | 效益 | 100",
                "  1.1 | 社会效益 | 90",
                "    nature: 定性",
                "    target: 有效"));

        assertThat(load.errors()).extracting(FrameworkProblem::line, FrameworkProblem::code, FrameworkProblem::node)
                .containsExactlyInAnyOrder(tuple(5, "BAD_VALUE", ""), tuple(7, "CHILD_WEIGHT_SUM", "1"));
    }

    @Test
    void aChecklistWhosePointsDifferFromTheWeight() {
        FrameworkLoad load = FrameworkFormat.read("checklist.jxf", String.join("\n",
                "framework: checklist",
                "title: 条目",
                "year: 2024",
                "kind: department-evaluation",
                "indicators:",
                "1 | 预算编制合理性 | 100",
                "  rule: checklist",
                "  item: 60 符合职责",
                "  item: 30 合理分配"));

        assertThat(load.errors()).extracting(FrameworkProblem::toString)
                .containsExactly("checklist.jxf:6 [1] ERROR RULE_POINTS 各条目分值之和为90，与分值100不符");
    }

    private static final String DEFAULTS = """
            framework: defaults
            title: 未写评分办法
            year: 2024
            kind: project-self-evaluation
            qualitative-bands: 80/50

            indicators:
            A | 直播课节数 | 20
              nature: 定量
              direction: 正向
              target: 170
              unit: 节
            B | 直播运行费 | 20
              nature: 定量
              direction: 反向
              target: 20
              unit: 万元
            C | 减少城乡教育差距 | 20
              nature: 定性
              target: 有效减少
            D | 寒假直播时间 | 20
              target: 2024年1月份至2月份
            E | 报告份数 | 10
              target: =1份
            F | 安全事故 | 10
              target: ≤5次
            """;

    @Test
    void defaultRulesWhenNoneIsStated() {
        Framework framework = FrameworkFormat.read("defaults.jxf", DEFAULTS).orThrow();

        assertThat(framework.indicators()).allSatisfy(i -> assertThat(i.ruleStated()).isFalse());
        // 定量 正向: 实际值/指标值×分值
        Indicator a = framework.indicator("A").orElseThrow();
        assertThat(a.rule()).isEqualTo(Proportional.ofIndicatorTarget());
        assertThat(a.target()).isEqualTo(new TargetValue.Numeric(Comparison.AT_LEAST, Quantity.of("170", ""), false, "170"));
        assertThat(a.unitOfMeasure()).isEqualTo("节");
        // 定量 反向: 指标值/实际值×分值; the unsigned target reads as ≤ under the direction
        Indicator b = framework.indicator("B").orElseThrow();
        assertThat(b.rule()).isEqualTo(Reverse.ofIndicatorTarget());
        assertThat(b.target()).isEqualTo(new TargetValue.Numeric(Comparison.AT_MOST, Quantity.of("20", ""), false, "20"));
        // 定性: the framework's bands (80/50)
        Indicator c = framework.indicator("C").orElseThrow();
        assertThat(c.rule()).isEqualTo(new Qualitative(List.of(BigDecimal.valueOf(80), BigDecimal.valueOf(50))));
        // A date target: met by its period; nature and direction follow from the target
        Indicator d = framework.indicator("D").orElseThrow();
        assertThat(d.rule()).isEqualTo(new Deadline());
        assertThat(d.direction()).isEqualTo(Direction.BY_DATE);
        assertThat(d.nature()).isEqualTo(Nature.QUALITATIVE);
        assertThat(d.target()).isEqualTo(new TargetValue.Dated(
                new Period(YearMonth.of(2024, 1), YearMonth.of(2024, 2), false), "2024年1月份至2月份"));
        // "=": all or nothing
        Indicator e = framework.indicator("E").orElseThrow();
        assertThat(e.rule()).isEqualTo(Threshold.ofIndicatorTarget());
        assertThat(e.direction()).isEqualTo(Direction.EQUAL);
        assertThat(e.nature()).isEqualTo(Nature.QUANTITATIVE);
        // A written ≤ makes the direction 反向 without a direction: line
        Indicator f = framework.indicator("F").orElseThrow();
        assertThat(f.direction()).isEqualTo(Direction.AT_MOST);
        assertThat(f.rule()).isEqualTo(Reverse.ofIndicatorTarget());
    }

    @Test
    void aLeafLineWithoutAttributesIsAnEmptyGroup() {
        FrameworkLoad load = FrameworkFormat.read("groups.jxf", String.join("\n",
                "framework: groups",
                "title: 空类别",
                "year: 2024",
                "kind: project-self-evaluation",
                "full-mark: 10",
                "indicators:",
                "1 | 产出指标 | 10",
                "  1.1 | 数量指标",
                "  1.2 | 质量指标",
                "    1.2.1 | 合格率 | 10",
                "      target: ≥95%"));

        Framework framework = load.orThrow();
        assertThat(framework.node("1.1").orElseThrow()).isEqualTo(
                new Group("1.1", "数量指标", Optional.empty(), 2, List.of(), Optional.empty(), 8));
        assertThat(framework.indicators()).extracting(Indicator::code).containsExactly("1.2.1");
        // Not a template, so an empty category is worth a warning, not an error.
        assertThat(load.warnings()).extracting(FrameworkProblem::toString)
                .containsExactly("groups.jxf:8 [1.1] WARNING EMPTY_GROUP “数量指标”下没有指标");
    }

    @Test
    void amountsThatDoNotAddUpAreAWarningAndTheFrameworkLoads() {
        FrameworkLoad load = FrameworkFormat.read("amounts.jxf", String.join("\n",
                "framework: amounts",
                "title: 金额不平",
                "year: 2024",
                "kind: target-table",
                "indicators:",
                "1 | 产出指标",
                "  1.1 | 完成率",
                "    target: ≥95%",
                "    half-year: ≥45%",
                "",
                "amounts: 收入 万元",
                "  columns: 全年预算数",
                "  资金总额 | 100",
                "    财政拨款 | 60",
                "    其他资金 | 30"));

        assertThat(load.ok()).isTrue();
        assertThat(load.errors()).isEmpty();
        // 60 + 30 = 90 ≠ 100
        assertThat(load.warnings()).extracting(FrameworkProblem::toString)
                .containsExactly("amounts.jxf:13 [资金总额] WARNING AMOUNT_SUM 金额表“收入”中“资金总额”的全年预算数为100.00，各分项合计为90.00");
        assertThat(load.orThrow().amountTable("收入").orElseThrow().rows()).hasSize(1);
    }
}
