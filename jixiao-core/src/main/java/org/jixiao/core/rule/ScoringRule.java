package org.jixiao.core.rule;

/**
 * A scoring rule (评分办法) as data: a sealed family of records, each a pure function from a
 * {@link RuleInput} to a {@link RuleOutcome}. No rule throws on any input; a rule that cannot
 * decide without guessing says so with {@link RuleOutcome.NeedsJudgement}.
 */
public sealed interface ScoringRule
        permits Proportional, Reverse, ExecutionRate, Threshold, GradedLabels, YesNo, Bands, Checklist,
                Deduction, Formula, BonusPenalty, Qualitative, Deadline, Manual {

    RuleOutcome apply(RuleInput input);

    /** A stable machine name for the kind of rule: {@code proportional}, {@code labels}, … */
    String kind();

    /** Whether the rule can produce a score above zero only by adding to the total (加分项) or below zero (减分项). */
    default boolean isBonusOrPenalty() {
        return false;
    }
}
