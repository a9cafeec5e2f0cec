package org.jixiao.core.rule;

import java.util.List;
import org.jixiao.core.measure.Actual;
import org.jixiao.core.measure.ValueText;
import org.jixiao.core.number.Score;
import org.jixiao.core.rule.RuleOutcome.Undecided;

/**
 * 有得满分、无不得分 (已公开 / 未公开, 不超支 / 超支): one answer earns the weight, the other zero.
 * Besides the rule's own words, plain 是 / 否, 有 / 无 and 已完成 / 未完成 are understood.
 */
public record YesNo(List<String> yes, List<String> no) implements ScoringRule {

    public YesNo {
        yes = yes.stream().map(ValueText::label).toList();
        no = no.stream().map(ValueText::label).toList();
        if (yes.isEmpty() || no.isEmpty()) {
            throw new IllegalArgumentException("yes/no needs both answers");
        }
    }

    public static YesNo of(String yes, String no) {
        return new YesNo(List.of(yes), List.of(no));
    }

    @Override
    public RuleOutcome apply(RuleInput input) {
        if (input.actual() instanceof Actual.Missing) {
            return RuleOutcome.undecided(Undecided.VALUE_MISSING, "未填写是否完成");
        }
        if (!(input.actual() instanceof Actual.Reading reading)) {
            return RuleOutcome.undecided(Undecided.NOT_A_VALUE, "该规则需要“" + yes.get(0) + "”或“" + no.get(0) + "”");
        }
        String label = reading.label();
        if (yes.contains(label)) {
            return RuleOutcome.scored(input.weight(), "“" + label + "”，得满分");
        }
        if (no.contains(label)) {
            return RuleOutcome.scored(Score.ZERO, "“" + label + "”，不得分");
        }
        if (Phrases.yes(label) && !Phrases.no(label)) {
            return RuleOutcome.scored(input.weight(), "“" + label + "”视同“" + yes.get(0) + "”，得满分");
        }
        if (Phrases.no(label) && !Phrases.yes(label)) {
            return RuleOutcome.scored(Score.ZERO, "“" + label + "”视同“" + no.get(0) + "”，不得分");
        }
        return RuleOutcome.undecided(Undecided.UNKNOWN_LABEL,
                "“" + label + "”既不是“" + yes.get(0) + "”也不是“" + no.get(0) + "”，需人工判断");
    }

    @Override
    public String kind() {
        return "yes-no";
    }
}
