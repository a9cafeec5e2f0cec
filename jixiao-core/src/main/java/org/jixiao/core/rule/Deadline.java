package org.jixiao.core.rule;

import java.util.Optional;
import org.jixiao.core.measure.Actual;
import org.jixiao.core.measure.Period;
import org.jixiao.core.measure.TargetValue;
import org.jixiao.core.rule.RuleOutcome.Undecided;

/**
 * 时效指标: a date target ("2024年12月底前", "2024年1月份至2月份"). Full marks when the actual
 * falls within the target period (for a deadline: on or before it) or says it was done on time;
 * zero when it falls outside or says it was late.
 */
public record Deadline() implements ScoringRule {

    @Override
    public RuleOutcome apply(RuleInput input) {
        if (input.actual() instanceof Actual.Missing) {
            return RuleOutcome.undecided(Undecided.VALUE_MISSING, "未填写完成时间");
        }
        if (!(input.actual() instanceof Actual.Reading reading)) {
            return RuleOutcome.undecided(Undecided.NOT_A_VALUE, "时效指标需要完成时间");
        }
        String label = reading.label();
        if (Phrases.notAchieved(label)) {
            return RuleOutcome.scored(org.jixiao.core.number.Score.ZERO, "“" + label + "”，未按时完成，不得分");
        }
        if (input.target() instanceof TargetValue.Dated dated) {
            Period target = dated.period();
            Optional<Period> actual = reading.period(target.to().getYear());
            if (actual.isPresent()) {
                return target.covers(actual.get())
                        ? RuleOutcome.scored(input.weight(), "完成时间" + actual.get() + "在指标时限" + target + "之内，得满分")
                        : RuleOutcome.scored(org.jixiao.core.number.Score.ZERO,
                                "完成时间" + actual.get() + "超出指标时限" + target + "，不得分");
            }
        } else if (input.target() instanceof TargetValue.Label targetLabel && targetLabel.label().equals(label)) {
            return RuleOutcome.scored(input.weight(), "实际完成情况与指标值一致（“" + label + "”），得满分");
        }
        if (Phrases.achieved(label)) {
            return RuleOutcome.scored(input.weight(), "“" + label + "”，按时完成，得满分");
        }
        if (!(input.target() instanceof TargetValue.Dated)) {
            return RuleOutcome.undecided(Undecided.TARGET_MISSING, "指标值“" + input.target().text() + "”不是日期，需人工判断");
        }
        return RuleOutcome.undecided(Undecided.NOT_A_VALUE, "实际完成情况“" + reading.text() + "”未写明完成时间，需人工判断");
    }

    @Override
    public String kind() {
        return "deadline";
    }
}
