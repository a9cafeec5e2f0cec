package org.jixiao.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.jixiao.core.measure.Actual;
import org.jixiao.core.measure.Period;
import org.jixiao.core.measure.Quantity;
import org.jixiao.core.measure.TargetValue;
import org.jixiao.core.measure.ValueText;
import org.jixiao.core.number.Amount;
import org.jixiao.core.number.MoneyUnit;
import org.jixiao.core.number.Score;

/**
 * Properties every scoring rule keeps, whatever its parameters and whatever is typed into a
 * table: a decided score stays within what the row can earn, the ratio rules move the right way,
 * and nothing throws. All comparisons are exact ({@link BigDecimal#compareTo}).
 */
class RuleProperties {

    // ------------------------------------------------------------------ properties

    /** 1. A Scored outcome lies within [0, weight]; a bonus within [0, cap], a penalty within [−cap, 0]. */
    @StatisticsReport(onFailureOnly = true)
    @Property(tries = 2000, edgeCases = EdgeCasesMode.NONE)
    void aDecidedScoreStaysWithinWhatTheRowCanEarn(@ForAll("fittingCases") Case c) {
        RuleOutcome outcome = c.rule().apply(c.input());
        boolean scored = outcome instanceof RuleOutcome.Scored;
        Statistics.label("kind").collect(c.rule().kind(), scored ? "scored" : "undecided");
        if (outcome instanceof RuleOutcome.Scored s) {
            BigDecimal low = BigDecimal.ZERO;
            BigDecimal high = c.weight().points();
            if (c.rule() instanceof BonusPenalty b) {
                low = b.penalty() ? b.cap().points().negate() : BigDecimal.ZERO;
                high = b.penalty() ? BigDecimal.ZERO : b.cap().points();
            }
            BigDecimal points = s.score().points();
            assertThat(points.compareTo(low) >= 0 && points.compareTo(high) <= 0)
                    .as("%s scored %s, outside [%s, %s] (%s)", c.rule().kind(), points.toPlainString(),
                            low.toPlainString(), high.toPlainString(), s.explanation())
                    .isTrue();
            assertThat(s.explanation()).isNotBlank();
        }
        // Each kind that can decide must have decided at least once, or the property proves nothing for it.
        Statistics.label("kind").coverage(coverage -> {
            for (String kind : DECIDING_KINDS) {
                coverage.check(kind, "scored").count(n -> n > 0);
            }
        });
    }

    /** 2a. Proportional: for a fixed target, a higher actual never earns less. */
    @Property(tries = 1000)
    void proportionalNeverFallsAsTheActualRises(@ForAll("ownOrIndicatorTarget") boolean ownTarget,
                                                @ForAll("positiveTargets") BigDecimal target,
                                                @ForAll("units") String unit,
                                                @ForAll("decimals") BigDecimal x, @ForAll("decimals") BigDecimal y,
                                                @ForAll("weights") Score weight,
                                                @ForAll int forms) {
        BigDecimal low = x.min(y);
        BigDecimal high = x.max(y);
        Quantity t = new Quantity(target, unit);
        ScoringRule rule = ownTarget ? new Proportional(Optional.of(t)) : Proportional.ofIndicatorTarget();
        TargetValue indicatorTarget = ownTarget ? ValueText.target("—") : ValueText.target("≥" + t);
        Score atLow = scored(rule, weight, indicatorTarget, written(low, unit, forms));
        Score atHigh = scored(rule, weight, indicatorTarget, written(high, unit, forms >>> 8));
        assertThat(atLow.compareTo(atHigh))
                .as("actual %s scored %s, actual %s scored %s", low.toPlainString(), atLow, high.toPlainString(), atHigh)
                .isLessThanOrEqualTo(0);
    }

    /** 2b. Reverse: for a fixed target, a higher (positive) actual never earns more. */
    @Property(tries = 1000)
    void reverseNeverRisesAsTheActualRises(@ForAll("ownOrIndicatorTarget") boolean ownTarget,
                                           @ForAll("decimals") BigDecimal target,
                                           @ForAll("units") String unit,
                                           @ForAll("positiveDecimals") BigDecimal x, @ForAll("positiveDecimals") BigDecimal y,
                                           @ForAll("weights") Score weight,
                                           @ForAll int forms) {
        BigDecimal low = x.min(y);
        BigDecimal high = x.max(y);
        Quantity t = new Quantity(target, unit);
        ScoringRule rule = ownTarget ? new Reverse(Optional.of(t)) : Reverse.ofIndicatorTarget();
        TargetValue indicatorTarget = ownTarget ? ValueText.target("") : ValueText.target("≤" + t);
        Score atLow = scored(rule, weight, indicatorTarget, written(low, unit, forms));
        Score atHigh = scored(rule, weight, indicatorTarget, written(high, unit, forms >>> 8));
        assertThat(atLow.compareTo(atHigh))
                .as("actual %s scored %s, actual %s scored %s", low.toPlainString(), atLow, high.toPlainString(), atHigh)
                .isGreaterThanOrEqualTo(0);
    }

    /** 3a. No rule throws, whatever the actual (of any kind) and whatever the target cell says. */
    @Property(tries = 2000, edgeCases = EdgeCasesMode.NONE)
    void noRuleThrowsOnAnyInput(@ForAll("anyCases") Case c) {
        RuleOutcome[] outcome = new RuleOutcome[1];
        assertThatCode(() -> outcome[0] = c.rule().apply(c.input())).doesNotThrowAnyException();
        assertThat(outcome[0]).isNotNull();
        if (outcome[0] instanceof RuleOutcome.NeedsJudgement n) {
            assertThat(n.message()).isNotBlank();
        }
    }

    /** 3b. The cell readers never throw, and a target keeps the text it was read from. */
    @Property(tries = 2000)
    void valueTextNeverThrows(@ForAll("cellTexts") String text, @ForAll("years") int defaultYear) {
        assertThatCode(() -> {
            TargetValue target = ValueText.target(text);
            assertThat(target.text()).isEqualTo(text);
            Optional<Quantity> quantity = ValueText.quantity(text);
            Optional<Period> period = ValueText.period(text, defaultYear);
            assertThat(quantity).isNotNull();
            assertThat(period).isNotNull();
            Actual actual = Actual.of(text);
            if (actual instanceof Actual.Reading r) {
                r.quantity();
                r.period(defaultYear);
                r.label();
            }
        }).doesNotThrowAnyException();
    }

    /** 5a. A formula never throws on any input values; a decided score stays within [0, weight]. */
    @Property(tries = 1000)
    void formulaNeverThrowsOnAnyValues(@ForAll("formulas") Formula formula,
                                       @ForAll("variableValues") Map<String, BigDecimal> extra,
                                       @ForAll("decimalLists") List<BigDecimal> values,
                                       @ForAll("weights") Score weight) {
        Map<String, BigDecimal> given = new HashMap<>(extra);
        int i = 0;
        for (String name : formula.variables()) {
            given.put(name, values.get(i++ % values.size()));
        }
        RuleOutcome[] outcome = new RuleOutcome[1];
        assertThatCode(() -> outcome[0] = formula.apply(new RuleInput(weight, ValueText.target(""), new Actual.Variables(given))))
                .doesNotThrowAnyException();
        if (outcome[0] instanceof RuleOutcome.Scored s) {
            assertThat(s.score().points().signum()).isGreaterThanOrEqualTo(0);
            assertThat(s.score().compareTo(weight)).isLessThanOrEqualTo(0);
        } else {
            // Every input was given: the only reason left not to decide is that the formula failed.
            assertThat(((RuleOutcome.NeedsJudgement) outcome[0]).reason()).isEqualTo(RuleOutcome.Undecided.FORMULA_ERROR);
        }
    }

    /** 5b. Dividing by zero is a formula error for a person to resolve, not an exception. */
    @Property(tries = 300)
    void divisionByZeroNeedsJudgement(@ForAll("dividingFormulas") Tuple.Tuple2<String, String> formulaAndDivisor,
                                      @ForAll("decimalLists") List<BigDecimal> values,
                                      @ForAll("weights") Score weight) {
        Formula formula = new Formula(formulaAndDivisor.get1());
        Map<String, BigDecimal> given = new HashMap<>();
        int i = 0;
        for (String name : formula.variables()) {
            given.put(name, values.get(i++ % values.size()));
        }
        given.put(formulaAndDivisor.get2(), BigDecimal.ZERO);
        RuleOutcome outcome = formula.apply(new RuleInput(weight, ValueText.target(""), new Actual.Variables(given)));
        assertThat(outcome).isInstanceOf(RuleOutcome.NeedsJudgement.class);
        assertThat(((RuleOutcome.NeedsJudgement) outcome).reason()).isEqualTo(RuleOutcome.Undecided.FORMULA_ERROR);
    }

    // ------------------------------------------------------------------ helpers

    /** What a rule sees, with the rule. */
    record Case(ScoringRule rule, Score weight, TargetValue target, Actual actual) {
        RuleInput input() {
            return new RuleInput(weight, target, actual);
        }
    }

    private static final List<String> DECIDING_KINDS = List.of(
            "proportional", "reverse", "threshold", "execution-rate", "labels", "yes-no", "bands", "checklist",
            "deduction", "formula", "bonus", "penalty", "deadline", "qualitative");

    private static Score scored(ScoringRule rule, Score weight, TargetValue target, Actual actual) {
        RuleOutcome outcome = rule.apply(new RuleInput(weight, target, actual));
        assertThat(outcome).as("%s on %s", rule, actual).isInstanceOf(RuleOutcome.Scored.class);
        return ((RuleOutcome.Scored) outcome).score();
    }

    /**
     * A value as a table might write it, in the target's unit: plain, without the unit, with OCR
     * spaces, in full-width digits, or in 万 of the unit. The choice is driven by {@code forms}.
     */
    private static Actual written(BigDecimal value, String unit, int forms) {
        String plain = value.toPlainString();
        return switch (Math.floorMod(forms, 6)) {
            case 0 -> new Actual.Reading(plain + unit);
            case 1 -> new Actual.Reading(plain);
            case 2 -> new Actual.Reading(" " + String.join(" ", plain.split("")) + " " + unit);
            case 3 -> new Actual.Reading(fullWidth(plain + unit));
            case 4 -> new Actual.Count(value);
            default -> unit.isEmpty() || unit.startsWith("万") || unit.equals("%")
                    ? new Actual.Reading(plain + unit)
                    : new Actual.Reading(value.movePointLeft(4).toPlainString() + "万" + unit);
        };
    }

    private static String fullWidth(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= '!' && c <= '~') {
                out.append((char) (c + 0xFEE0));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Rule constructors refuse some parameters; the properties hold for every rule they accept. */
    private static Optional<ScoringRule> built(Supplier<ScoringRule> constructor) {
        return attempt(constructor);
    }

    // ------------------------------------------------------------------ numbers

    @Provide
    Arbitrary<Score> weights() {
        return Arbitraries.integers().between(1, 10_000).map(n -> Score.of(BigDecimal.valueOf(n, 2)));
    }

    /** Points a rule may list: mostly within a weight, sometimes above it, sometimes negative. */
    static Arbitrary<Score> points() {
        return Arbitraries.integers().between(-300, 12_000).map(n -> Score.of(BigDecimal.valueOf(n, 2)));
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        return Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.bigDecimals().between(new BigDecimal("-1000000"), new BigDecimal("1000000")).ofScale(3)),
                Tuple.of(2, Arbitraries.integers().between(-200, 200).map(BigDecimal::valueOf)),
                Tuple.of(1, Arbitraries.of(new BigDecimal("0"), new BigDecimal("0.000"), new BigDecimal("-0.0"),
                        new BigDecimal("1E+40"), new BigDecimal("-1E+40"), new BigDecimal("1E-40"),
                        new BigDecimal("99999999999999999999999999999999999999.99999999999999"),
                        new BigDecimal("0.00000000000000000000000000000000000001"))));
    }

    @Provide
    Arbitrary<BigDecimal> positiveDecimals() {
        return decimals().map(BigDecimal::abs).filter(d -> d.signum() > 0);
    }

    @Provide
    Arbitrary<BigDecimal> positiveTargets() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("100000")).ofScale(2)),
                Tuple.of(1, Arbitraries.of(new BigDecimal("1E-30"), new BigDecimal("3"), new BigDecimal("1E+30"))));
    }

    @Provide
    Arbitrary<List<BigDecimal>> decimalLists() {
        return decimals().list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<Boolean> ownOrIndicatorTarget() {
        return Arbitraries.of(true, false);
    }

    @Provide
    Arbitrary<String> units() {
        return Arbitraries.of("", "%", "个", "节", "人次", "万人次", "元", "万元", "次", "项");
    }

    @Provide
    Arbitrary<Integer> years() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.integers().between(1900, 2100)),
                Tuple.of(1, Arbitraries.integers()),
                Tuple.of(1, Arbitraries.of(0, -1, 9999, 10_000, 999_999_999, 1_000_000_000, Integer.MIN_VALUE, Integer.MAX_VALUE)));
    }

    // ------------------------------------------------------------------ texts

    private static final List<String> SPECIAL_TEXTS = List.of(
            "", " ", "\u3000", "\u00A0", "—", "——", "-", "/", "1e999999", "-1e999999", "1E+999999999", "-0", "+0",
            "-0.0", "0", "0.", ".5", "00012", "NaN", "Infinity", "-Infinity", "１２３", "９９．５％", "－５", "１，２３４．５",
            "98%", "≥95%", "≧95", "≤20万元", "=1份", "100百分比", "3.3万人次", "33000人次", "1项以上", "不低于90%", "小于5次",
            "1,234,567.89", "1,23", "12,345,", "14个", "204.46", "97. 83", "无上访", "无", "零", "没有", "未发生投诉",
            "达成预期指标", "达到预期", "已完成", "未完成", "延期", "按时完成", "是", "否", "有", "已公开", "未公开",
            "2024年12月底前", "2024年1月份至2月份", "2024年7月份至8月份", "2024年13月", "2024年0月", "2024年2月至1月",
            "0000年1月", "9999年12月", "1-2月份", "12-1月", "7月份", "13月", "截止7月份已完成92节", "2024年11月15日前",
            "全部", "全部满足", "均不满足", "1,2,3", "1、2、3", "1;2;5", "0,1000,-1", "999", "1000", "1,,2", "1,2,",
            "国务院嘉奖", "省级嘉奖、市级考核一等奖", "国务院嘉奖,国务院嘉奖,国务院嘉奖", "违纪1次", "规范", "较 规 范",
            "“规范”", "\"不规范\"。", "优秀", "显著", "有效减少", "长期", "\uD800", "\uDFFF\uD800", "\u0000", "\uFFFF",
            "١٢٣", "१२३", "¹²³", "Ⅻ", "🙂", "𝟗𝟖", "9".repeat(400), "1" + "0".repeat(2000) + "%",
            "-" + "9".repeat(1000) + "." + "9".repeat(1000), "0." + "0".repeat(500) + "1", "≥" + "9".repeat(300) + "万人次");

    private static final String STRUCTURAL_CHARS =
            "0123456789０１２３４５６７８９.,．，、;；+-−－%％万亿年月份日底末前之以后至到~—–/ eE≥≤≧≦<>=无是否全部个项元\u3000\"“”";

    private static final List<String> PREFIXES = List.of("", "", "", "≥", "≤", ">", "<", "=", ">=", "<=", "≧", "≦",
            "不低于", "不超过", "大于或等于", "小于", "至少", "等于", "＞");

    private static final List<String> SUFFIXES = List.of("", "", "", "以上", "以下", "及以上", "以内");

    private static final List<String> UNIT_TEXTS = List.of("", "", "%", "％", "个", "节", "人次", "万人次", "万元", "元",
            "百分比", "百分点", "次", "份", "项", "亿元", "abcdefghij", "万");

    @Provide
    Arbitrary<String> cellTexts() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(SPECIAL_TEXTS)),
                Tuple.of(3, numericTexts()),
                Tuple.of(2, Arbitraries.strings().withChars(STRUCTURAL_CHARS).ofMaxLength(24)),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(24)),
                Tuple.of(2, dateTexts()),
                Tuple.of(1, Arbitraries.of(SPECIAL_TEXTS).list().ofMaxSize(4).map(parts -> String.join("", parts))),
                Tuple.of(1, itemNumberTexts()));
    }

    /** Checklist answers: item numbers, sensible or odd (0, negative, huge, fractional, full-width), in a list. */
    static Arbitrary<String> itemNumberTexts() {
        Arbitrary<String> number = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(1, 9).map(String::valueOf)),
                Tuple.of(1, Arbitraries.integers().map(String::valueOf)),
                Tuple.of(1, Arbitraries.strings().numeric().ofMinLength(4).ofMaxLength(40)),
                Tuple.of(1, Arbitraries.of("0", "-1", "1.5", "１", "１２", "", " ", "二", "999", "1000", "2147483648")));
        return Combinators.combine(number.list().ofMinSize(1).ofMaxSize(5), Arbitraries.of(",", "、", ";", "，", "；", " "))
                .as((numbers, separator) -> String.join(separator, numbers));
    }

    /** A number as tables write it: a sign word, digits (perhaps full-width, spaced, grouped), a unit. */
    static Arbitrary<String> numericTexts() {
        Arbitrary<String> number = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.bigDecimals().between(new BigDecimal("-100000"), new BigDecimal("100000")).ofScale(2)
                        .map(BigDecimal::toPlainString)),
                Tuple.of(1, Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(60)),
                Tuple.of(1, Arbitraries.of("1,234", "12,345.6", "0", "-0", "0.0", "100", "95.5")));
        return Combinators.combine(Arbitraries.of(PREFIXES), number, Arbitraries.of(UNIT_TEXTS), Arbitraries.of(SUFFIXES),
                        Arbitraries.integers().between(0, 3))
                .as((prefix, digits, unit, suffix, form) -> {
                    String text = prefix + digits + unit + suffix;
                    return switch (form) {
                        case 1 -> fullWidth(text);
                        case 2 -> " " + String.join(" ", text.split("")) + " ";
                        default -> text;
                    };
                });
    }

    static Arbitrary<String> dateTexts() {
        Arbitrary<Integer> year = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(2022, 2026)),
                Tuple.of(1, Arbitraries.integers().between(0, 9999)));
        Arbitrary<Integer> month = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(1, 12)),
                Tuple.of(1, Arbitraries.integers().between(0, 99)));
        return Combinators.combine(year, month, month, Arbitraries.integers().between(0, 7))
                .as((y, m1, m2, form) -> switch (form) {
                    case 0 -> y + "年" + m1 + "月底前";
                    case 1 -> y + "年" + m1 + "月份至" + m2 + "月份";
                    case 2 -> y + "年" + m1 + "月";
                    case 3 -> m1 + "-" + m2 + "月份";
                    case 4 -> m1 + "月份";
                    case 5 -> "我单位截止" + m1 + "月份已完成92节";
                    case 6 -> y + "年" + m1 + "月" + m2 + "日前";
                    default -> "我单位寒假直播课" + m1 + "-" + m2 + "月份已完成";
                });
    }

    // ------------------------------------------------------------------ rules

    private static final List<String> LABEL_POOL = List.of("规范", "较规范", "不规范", "优秀", "良好", "一般", "是", "否",
            "有", "无", "达成", "匹配", "较 匹 配", "“科学”", "A", "b");

    private static final List<String> ITEM_POOL = List.of("国务院嘉奖", "省级嘉奖", "市级考核一等奖", "市级考核二等奖",
            "违纪", "通报批评", "一 等 奖", "A");

    static final List<String> FORMULAS = List.of(
            "q1/25 + q2/50 + q3/75 + q4/100 + (q1/25 + q2/50 + q3/75 + q4/100) / 4 * 2",
            "done / planned * weight",
            "a / b",
            "weight * a / 100",
            "a - b",
            "a * b",
            "a ^ 2",
            "a ^ b",
            "FLOOR(a)",
            "CEILING(a) - SUM(a, b)",
            "weight - 0.5 * a",
            "MIN(a, b) / MAX(a, b) * weight",
            "IF(a >= b, weight, weight * a / b)",
            "AVERAGE(a, b, 3)",
            "ABS(a) * weight / 100",
            "a / (b - b)",
            "weight",
            "x",
            "-x");

    /** Formulas with a variable that, at zero, makes them divide by zero; and that variable. */
    static final List<Tuple.Tuple2<String, String>> DIVIDING = List.of(
            Tuple.of("a / b", "b"),
            Tuple.of("done / planned * weight", "planned"),
            Tuple.of("weight * a / b", "b"),
            Tuple.of("a / (b - b)", "a"),
            Tuple.of("q1 / 25 + q2 / q3", "q3"),
            Tuple.of("weight / x", "x"),
            Tuple.of("MAX(a, 0) + weight / d", "d"),
            Tuple.of("a ^ b / (b - b)", "b"));

    @Provide
    Arbitrary<Formula> formulas() {
        return Arbitraries.of(FORMULAS).map(Formula::new);
    }

    @Provide
    Arbitrary<Tuple.Tuple2<String, String>> dividingFormulas() {
        return Arbitraries.of(DIVIDING);
    }

    @Provide
    Arbitrary<Map<String, BigDecimal>> variableValues() {
        return Arbitraries.maps(Arbitraries.of("a", "b", "x", "weight", "unused", "未知", "PI", "q5", ""), decimals())
                .ofMaxSize(4);
    }

    static Arbitrary<Optional<Quantity>> ownTargets() {
        Arbitrary<Quantity> quantity = Combinators.combine(
                        Arbitraries.bigDecimals().between(new BigDecimal("-100"), new BigDecimal("100000")).ofScale(2),
                        Arbitraries.of("", "%", "个", "万人次", "人次", "万元"))
                .as(Quantity::new);
        return quantity.optional(0.5);
    }

    Arbitrary<ScoringRule> rules() {
        Arbitrary<ScoringRule> proportional = ownTargets().map(Proportional::new);
        Arbitrary<ScoringRule> reverse = ownTargets().map(Reverse::new);
        Arbitrary<ScoringRule> threshold = ownTargets().map(Threshold::new);
        Arbitrary<ScoringRule> executionRate = Arbitraries.just(new ExecutionRate());
        Arbitrary<ScoringRule> deadline = Arbitraries.just(new Deadline());
        Arbitrary<ScoringRule> manual = Arbitraries.strings().ofMaxLength(10).map(Manual::new);

        Arbitrary<List<String>> names = Arbitraries.of(LABEL_POOL).list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<GradedLabels.Grade> grade = Combinators.combine(names, points())
                .as((n, p) -> (Supplier<GradedLabels.Grade>) () -> new GradedLabels.Grade(n, p))
                .map(RuleProperties::attempt).filter(Optional::isPresent).map(Optional::get);
        Arbitrary<ScoringRule> labels = grade.list().ofMinSize(1).ofMaxSize(5)
                .map(g -> built(() -> new GradedLabels(g))).filter(Optional::isPresent).map(Optional::get);

        Arbitrary<ScoringRule> yesNo = Combinators.combine(names, names).as(YesNo::new);

        Arbitrary<Optional<BigDecimal>> bound = Arbitraries.bigDecimals()
                .between(new BigDecimal("-50"), new BigDecimal("150")).ofScale(1).optional(0.8);
        Arbitrary<Bands.Band> band = Combinators.combine(bound, Arbitraries.of(true, false), bound, Arbitraries.of(true, false), points())
                .as((lo, li, hi, ui, p) -> {
                    if (lo.isPresent() && hi.isPresent() && lo.get().compareTo(hi.get()) > 0) {
                        return (Supplier<Bands.Band>) () -> new Bands.Band(hi, li, lo, ui, p);
                    }
                    return (Supplier<Bands.Band>) () -> new Bands.Band(lo, li, hi, ui, p);
                })
                .map(RuleProperties::attempt).filter(Optional::isPresent).map(Optional::get);
        Arbitrary<ScoringRule> bands = band.list().ofMinSize(1).ofMaxSize(5)
                .map(b -> built(() -> new Bands(b))).filter(Optional::isPresent).map(Optional::get);

        Arbitrary<Checklist.Item> item = Combinators.combine(Arbitraries.strings().ofMaxLength(6), points())
                .as((t, p) -> (Supplier<Checklist.Item>) () -> new Checklist.Item(t, p))
                .map(RuleProperties::attempt).filter(Optional::isPresent).map(Optional::get);
        Arbitrary<ScoringRule> checklist = item.list().ofMinSize(1).ofMaxSize(8)
                .map(i -> built(() -> new Checklist(i))).filter(Optional::isPresent).map(Optional::get);

        Arbitrary<ScoringRule> deduction = Combinators.combine(
                        Arbitraries.integers().between(-5, 1000).map(n -> Score.of(BigDecimal.valueOf(n, 2))),
                        Arbitraries.bigDecimals().between(new BigDecimal("-20"), new BigDecimal("200")).ofScale(2))
                .as((per, allowance) -> built(() -> new Deduction(per, allowance)))
                .filter(Optional::isPresent).map(Optional::get);

        Arbitrary<ScoringRule> formula = formulas().map(ScoringRule.class::cast);

        Arbitrary<BonusPenalty.Item> bonusItem = Combinators.combine(Arbitraries.of(ITEM_POOL), points())
                .as((n, p) -> (Supplier<BonusPenalty.Item>) () -> new BonusPenalty.Item(n, p))
                .map(RuleProperties::attempt).filter(Optional::isPresent).map(Optional::get);
        Arbitrary<ScoringRule> bonusPenalty = Combinators.combine(bonusItem.list().ofMaxSize(5), points(), Arbitraries.of(true, false))
                .as((i, cap, penalty) -> built(() -> new BonusPenalty(i, cap, penalty)))
                .filter(Optional::isPresent).map(Optional::get);

        Arbitrary<ScoringRule> qualitative = Arbitraries.integers().between(0, 999).set().ofMaxSize(4)
                .map(floors -> floors.stream().sorted((p, q) -> q - p).map(f -> BigDecimal.valueOf(f, 1)).toList())
                .map(floors -> built(() -> new Qualitative(floors))).filter(Optional::isPresent).map(Optional::get);

        return Arbitraries.oneOf(List.of(proportional, reverse, threshold, executionRate, labels, yesNo, bands, checklist,
                deduction, formula, bonusPenalty, bonusPenalty, qualitative, deadline, manual));
    }

    private static <T> Optional<T> attempt(Supplier<T> constructor) {
        try {
            return Optional.of(constructor.get());
        } catch (IllegalArgumentException refused) {
            return Optional.empty();
        }
    }

    // ------------------------------------------------------------------ cases

    @Provide
    Arbitrary<Case> fittingCases() {
        return cases(4);
    }

    @Provide
    Arbitrary<Case> anyCases() {
        return cases(1);
    }

    /** A rule, a weight, a target read from a cell and an actual: fitting the rule {@code fitting} times in {@code fitting + 1}. */
    private Arbitrary<Case> cases(int fitting) {
        return rules().flatMap(rule -> targetTexts(rule, fitting).map(ValueText::target).flatMap(target ->
                Combinators.combine(weights(), Arbitraries.frequencyOf(
                                Tuple.of(fitting, fittingActuals(rule, target)),
                                Tuple.of(1, anyActuals())))
                        .as((weight, actual) -> new Case(rule, weight, target, actual))));
    }

    private Arbitrary<String> targetTexts(ScoringRule rule, int fitting) {
        Arbitrary<String> fits;
        if (rule instanceof Deadline) {
            fits = Arbitraries.frequencyOf(Tuple.of(3, dateTexts()), Tuple.of(1, Arbitraries.of("按时完成", "每周日")));
        } else if (rule instanceof Qualitative) {
            fits = Arbitraries.of("显著", "有效减少", "长期", "达成预期指标", "规范", "", "—");
        } else {
            fits = numericTexts();
        }
        return Arbitraries.frequencyOf(Tuple.of(fitting, fits), Tuple.of(1, cellTexts()));
    }

    private Arbitrary<Actual> fittingActuals(ScoringRule rule, TargetValue target) {
        // In the unit of the target most of the time, so that the ratio rules get to compute.
        Optional<Quantity> own = rule instanceof Proportional p ? p.target()
                : rule instanceof Reverse r ? r.target()
                : rule instanceof Threshold t ? t.target()
                : Optional.empty();
        String unit = own.map(Quantity::unit)
                .orElse(target instanceof TargetValue.Numeric n ? n.quantity().unit() : "");
        Arbitrary<Actual> numeric = Arbitraries.frequencyOf(
                Tuple.of(4, Combinators.combine(decimals(), Arbitraries.of(unit, ""))
                        .as((value, u) -> (Actual) new Actual.Reading(value.toPlainString() + u))),
                Tuple.of(3, numericTexts().map(Actual.Reading::new)),
                Tuple.of(1, decimals().map(Actual.Count::new)));
        if (rule instanceof GradedLabels g) {
            List<String> known = g.grades().stream().flatMap(x -> x.names().stream()).toList();
            return Arbitraries.frequencyOf(
                    Tuple.of(4, Combinators.combine(Arbitraries.of(known), Arbitraries.of("", " ", "“", "\u3000"))
                            .as((name, decoration) -> (Actual) new Actual.Reading(decoration + name + decoration))),
                    Tuple.of(1, Arbitraries.of(LABEL_POOL).map(Actual.Reading::new)));
        }
        if (rule instanceof YesNo y) {
            List<String> words = new ArrayList<>(y.yes());
            words.addAll(y.no());
            words.addAll(List.of("是", "否", "有", "无", "已完成", "未完成", "达成预期指标", "已公开"));
            return Arbitraries.of(words).map(Actual.Reading::new);
        }
        if (rule instanceof ExecutionRate) {
            Arbitrary<Amount> amount = Combinators.combine(decimals(), Arbitraries.of(MoneyUnit.values())).as(Amount::new);
            return Arbitraries.frequencyOf(
                    Tuple.of(3, Combinators.combine(amount, amount).as(Actual.Executed::new)),
                    Tuple.of(1, numeric));
        }
        if (rule instanceof Checklist c) {
            Arbitrary<Map<Integer, BigDecimal>> earned = Arbitraries.maps(
                    Arbitraries.frequencyOf(
                            Tuple.of(5, Arbitraries.integers().between(1, c.items().size())),
                            Tuple.of(1, Arbitraries.of(0, -1, 1000, Integer.MIN_VALUE, Integer.MAX_VALUE))),
                    decimals()).ofMaxSize(10);
            Arbitrary<String> met = Arbitraries.integers().between(0, c.items().size() + 2).list().ofMaxSize(6)
                    .map(list -> String.join(",", list.stream().map(String::valueOf).toList()));
            return Arbitraries.frequencyOf(
                    Tuple.of(3, earned.map(Actual.Checklist::new)),
                    Tuple.of(2, met.map(Actual.Reading::new)),
                    Tuple.of(1, itemNumberTexts().map(Actual.Reading::new)),
                    Tuple.of(1, Arbitraries.of("全部", "全部满足", "无", "0", "均不满足", "1、2", "1;3").map(Actual.Reading::new)));
        }
        if (rule instanceof Formula f) {
            Set<String> needed = f.variables();
            Arbitrary<Actual> variables = Combinators.combine(decimalLists(), variableValues()).as((values, extra) -> {
                Map<String, BigDecimal> given = new HashMap<>(extra);
                int i = 0;
                for (String name : needed) {
                    given.put(name, values.get(i++ % values.size()));
                }
                return new Actual.Variables(given);
            });
            return Arbitraries.frequencyOf(Tuple.of(4, variables), Tuple.of(1, numeric));
        }
        if (rule instanceof BonusPenalty b) {
            List<String> known = new ArrayList<>(b.items().stream().map(BonusPenalty.Item::name).toList());
            known.add("国务院嘉奖");
            known.add("");
            Arbitrary<List<String>> chosen = Arbitraries.of(known).list().ofMaxSize(4);
            return Arbitraries.frequencyOf(
                    Tuple.of(3, chosen.map(Actual.Items::new)),
                    Tuple.of(2, Combinators.combine(chosen, Arbitraries.of("、", ",", ";"))
                            .as((names, sep) -> (Actual) new Actual.Reading(String.join(sep, names)))),
                    Tuple.of(1, Arbitraries.of("0", "无", "2次", "-1").map(Actual.Reading::new)));
        }
        if (rule instanceof Qualitative) {
            return Arbitraries.of(target.text(), " " + target.text() + " ", "达成预期指标", "已完成", "未完成", "部分达成")
                    .map(Actual.Reading::new);
        }
        if (rule instanceof Deadline) {
            return Arbitraries.frequencyOf(
                    Tuple.of(4, dateTexts().map(Actual.Reading::new)),
                    Tuple.of(1, Arbitraries.of(target.text(), "按时完成", "未按时完成", "延期", "已完成").map(Actual.Reading::new)));
        }
        return numeric;
    }

    /** Any actual of any kind, in any shape. */
    @Provide
    Arbitrary<Actual> anyActuals() {
        Arbitrary<Amount> amount = Combinators.combine(decimals(), Arbitraries.of(MoneyUnit.values())).as(Amount::new);
        Arbitrary<Integer> itemNumbers = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(-3, 12)),
                Tuple.of(1, Arbitraries.integers()));
        Arbitrary<String> anyName = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of(ITEM_POOL)),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(8)),
                Tuple.of(1, Arbitraries.of("", " ", "、", "，")));
        return Arbitraries.frequencyOf(
                Tuple.of(6, cellTexts().map(Actual.Reading::new)),
                Tuple.of(1, Arbitraries.just(new Actual.Missing())),
                Tuple.of(1, Combinators.combine(amount, amount).as(Actual.Executed::new)),
                Tuple.of(1, Arbitraries.maps(itemNumbers, decimals()).ofMaxSize(6).map(Actual.Checklist::new)),
                Tuple.of(1, decimals().map(Actual.Count::new)),
                Tuple.of(1, variableValues().map(Actual.Variables::new)),
                Tuple.of(1, anyName.list().ofMaxSize(5).map(Actual.Items::new)));
    }
}
