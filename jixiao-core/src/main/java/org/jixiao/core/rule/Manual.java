package org.jixiao.core.rule;

import java.util.Objects;
import org.jixiao.core.rule.RuleOutcome.Undecided;

/** An expert judgement (社会效益 "有效提升", 酌情扣分): always decided by a person, with a justification. */
public record Manual(String guidance) implements ScoringRule {

    public Manual {
        Objects.requireNonNull(guidance, "guidance");
    }

    @Override
    public RuleOutcome apply(RuleInput input) {
        return RuleOutcome.undecided(Undecided.EXPERT,
                guidance.isBlank() ? "该指标由评价人判断打分，需写明理由" : "需人工判断：" + guidance);
    }

    @Override
    public String kind() {
        return "manual";
    }
}
