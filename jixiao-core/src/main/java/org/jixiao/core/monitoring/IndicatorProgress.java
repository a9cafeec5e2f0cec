package org.jixiao.core.monitoring;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.framework.Direction;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.measure.Actual;
import org.jixiao.core.measure.Comparison;
import org.jixiao.core.measure.Quantity;
import org.jixiao.core.measure.TargetValue;
import org.jixiao.core.number.Score;
import org.jixiao.core.rule.Deadline;
import org.jixiao.core.rule.Qualitative;
import org.jixiao.core.rule.RuleInput;
import org.jixiao.core.rule.RuleOutcome;
import org.jixiao.core.rule.Threshold;

/**
 * 绩效目标监控: an indicator's value at a monitoring check (usually mid-year) against its value for
 * that period (半年指标值), read the way the rules read targets and actuals. The comparison is made
 * by the core's own rules — {@link Threshold} for numbers, {@link Deadline} for dates,
 * {@link Qualitative} for words — so "≥95%", "≤3次", "3.3万人次", "2024年6月底前" and "健全" mean
 * here what they mean when the year is scored. It never guesses: when the figures do not decide,
 * the status is {@link ProgressStatus#CANNOT_TELL} with the reason.
 *
 * <p>A target written with "=" ("=400节") says nothing of whether more is better. When the full-year
 * value is larger ("=800节"), the indicator grows through the year, so less than the half-year value
 * is behind and more is ahead; when it is smaller, the other way round; when they are the same
 * ("=100%", "=0%"), a different actual is reported as {@code CANNOT_TELL}.
 */
public record IndicatorProgress(
        String code,
        String name,
        FiscalPeriod period,
        TargetValue periodTarget,
        Actual actual,
        ProgressStatus status,
        Optional<Unclear> unclear,
        String explanation) {

    /** Why a check could not decide. */
    public enum Unclear {
        /** No value was set for the period. */
        TARGET_MISSING,
        /** Nothing was entered. */
        VALUE_MISSING,
        /** Text where a number or a date belongs. */
        NOT_A_VALUE,
        /** Actual and target in units that cannot be compared. */
        UNITS_DIFFER,
        /** A target of "=" missed, and the full-year value does not say which way is better. */
        DIRECTION_NOT_STATED,
        /** Words that neither restate the target nor say it was or was not done. */
        NEEDS_JUDGEMENT
    }

    public IndicatorProgress {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(periodTarget, "periodTarget");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(unclear, "unclear");
        Objects.requireNonNull(explanation, "explanation");
        if ((status == ProgressStatus.CANNOT_TELL) != unclear.isPresent()) {
            throw new IllegalArgumentException("a reason is given exactly when the status is CANNOT_TELL");
        }
    }

    /** The mid-year check of a framework's indicator: its 半年指标值 against the value at the end of June. */
    public static IndicatorProgress midYear(Indicator indicator, int year, Actual actual) {
        return check(indicator, FiscalPeriod.halfYear(year, 1), actual);
    }

    /** A framework's indicator against its 半年指标值 at the given period. */
    public static IndicatorProgress check(Indicator indicator, FiscalPeriod period, Actual actual) {
        return check(indicator.code(), indicator.name(), period, indicator.halfYearTarget(), indicator.target(),
                indicator.direction(), actual);
    }

    /**
     * An indicator's value for a period against the actual at the period's end.
     *
     * @param yearTarget the full-year value, used only to read a missed "=" target (may be {@code TargetValue.None})
     * @param direction  the indicator's direction, for a number written without a sign
     */
    public static IndicatorProgress check(String code, String name, FiscalPeriod period, TargetValue periodTarget,
                                          TargetValue yearTarget, Direction direction, Actual actual) {
        Objects.requireNonNull(yearTarget, "yearTarget");
        Objects.requireNonNull(direction, "direction");
        Verdict v = verdict(periodTarget, yearTarget, direction, actual);
        return new IndicatorProgress(code, name, period, periodTarget, actual, v.status, Optional.ofNullable(v.unclear),
                v.explanation);
    }

    public boolean isBehind() {
        return status == ProgressStatus.BEHIND;
    }

    private record Verdict(ProgressStatus status, Unclear unclear, String explanation) {
        static Verdict onTrack(String why) {
            return new Verdict(ProgressStatus.ON_TRACK, null, why);
        }

        static Verdict behind(String why) {
            return new Verdict(ProgressStatus.BEHIND, null, why);
        }

        static Verdict unclear(Unclear reason, String why) {
            return new Verdict(ProgressStatus.CANNOT_TELL, reason, why);
        }
    }

    /** Weight 1: a rule's full score means met, zero means not met. */
    private static final Score ONE = Score.of(1);

    private static Verdict verdict(TargetValue target, TargetValue yearTarget, Direction direction, Actual actual) {
        if (target instanceof TargetValue.None) {
            return Verdict.unclear(Unclear.TARGET_MISSING, "未设定本期指标值");
        }
        if (actual instanceof Actual.Missing) {
            return Verdict.unclear(Unclear.VALUE_MISSING, "未填写本期实际完成值");
        }
        if (target instanceof TargetValue.Numeric numeric) {
            TargetValue.Numeric t = direction.comparison().map(numeric::withDefaultComparison).orElse(numeric);
            RuleOutcome outcome = Threshold.ofIndicatorTarget().apply(new RuleInput(ONE, t, actual));
            if (outcome instanceof RuleOutcome.Scored s && t.comparison() == Comparison.EQUAL && s.score().isZero()) {
                return missedEqual(t, yearTarget, actual);
            }
            return fromRule(outcome);
        }
        if (target instanceof TargetValue.Dated) {
            return fromRule(new Deadline().apply(new RuleInput(ONE, target, actual)));
        }
        // A word or phrase ("健全", "完成", "无事故"): met when the actual restates it or says it was
        // achieved (the qualitative rule's reading); behind when the actual says it was not done (the
        // deadline rule's fixed "未完成" phrasings); otherwise a person judges.
        RuleOutcome restated = Qualitative.NATIONAL.apply(new RuleInput(ONE, target, actual));
        if (restated instanceof RuleOutcome.Scored s) {
            return Verdict.onTrack(s.explanation().replace("，得满分", ""));
        }
        RuleOutcome notDone = new Deadline().apply(new RuleInput(ONE, target, actual));
        if (notDone instanceof RuleOutcome.Scored s && s.score().isZero()) {
            return Verdict.behind(s.explanation().replace("，不得分", ""));
        }
        String text = actual instanceof Actual.Reading r ? r.label() : "";
        return Verdict.unclear(Unclear.NEEDS_JUDGEMENT, "实际完成情况“" + text + "”与本期指标值“" + target.text().strip() + "”表述不同，是否滞后需人工判断");
    }

    private static Verdict fromRule(RuleOutcome outcome) {
        if (outcome instanceof RuleOutcome.Scored s) {
            String why = s.explanation().replace("，得满分", "").replace("，不得分", "");
            return s.score().isZero() ? Verdict.behind(why) : Verdict.onTrack(why);
        }
        RuleOutcome.NeedsJudgement j = (RuleOutcome.NeedsJudgement) outcome;
        Unclear reason = switch (j.reason()) {
            case TARGET_MISSING -> Unclear.TARGET_MISSING;
            case VALUE_MISSING -> Unclear.VALUE_MISSING;
            case NOT_A_VALUE -> Unclear.NOT_A_VALUE;
            case UNITS_DIFFER -> Unclear.UNITS_DIFFER;
            default -> Unclear.NEEDS_JUDGEMENT;
        };
        return Verdict.unclear(reason, j.message());
    }

    /** "=400节" missed: the full-year value says which way the indicator grows, if it can. */
    private static Verdict missedEqual(TargetValue.Numeric target, TargetValue yearTarget, Actual actual) {
        Quantity half = target.quantity();
        Optional<Quantity> read = actual instanceof Actual.Reading r ? r.quantity()
                : actual instanceof Actual.Count c ? Optional.of(new Quantity(c.count(), "")) : Optional.empty();
        Optional<BigDecimal> actualIn = read.flatMap(q -> q.valueIn(half));
        if (actualIn.isEmpty()) {
            return Verdict.unclear(Unclear.NOT_A_VALUE, "实际完成值无法与本期指标值" + target.text().strip() + "比较");
        }
        BigDecimal actualValue = actualIn.get();
        String stated = "实际值" + read.get() + "与本期指标值" + target.text().strip() + "不一致";
        if (yearTarget instanceof TargetValue.Numeric year) {
            Optional<BigDecimal> yearValue = year.quantity().valueIn(half);
            if (yearValue.isPresent() && yearValue.get().compareTo(half.value()) != 0) {
                boolean rising = yearValue.get().compareTo(half.value()) > 0;
                boolean higher = actualValue.compareTo(half.value()) > 0;
                String course = "全年指标值" + year.text().strip() + (rising ? "更高" : "更低");
                return rising == higher
                        ? Verdict.onTrack(stated + "，" + course + "，进度超前")
                        : Verdict.behind(stated + "，" + course + "，进度滞后");
            }
        }
        return Verdict.unclear(Unclear.DIRECTION_NOT_STATED,
                stated + "；指标值以“=”表述，全年指标值未说明多少为好，是否滞后需人工判断");
    }
}
