package org.jixiao.core.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.measure.Actual;
import org.jixiao.core.measure.Quantity;
import org.jixiao.core.measure.ValueText;
import org.jixiao.core.number.Score;
import org.jixiao.core.rule.RuleOutcome.Undecided;

/**
 * 加分项 / 减分项: points added on top of the total for listed distinctions (国务院嘉奖 +3, 省级嘉奖 +2 …)
 * or taken away for listed events, capped. A penalty without a list (酌情扣分) is decided by a
 * person unless nothing happened.
 */
public record BonusPenalty(List<Item> items, Score cap, boolean penalty) implements ScoringRule {

    /** A distinction or an event, and its points (always positive; a penalty subtracts them). */
    public record Item(String name, Score points) {
        public Item {
            name = ValueText.label(name);
            Objects.requireNonNull(points, "points");
            if (name.isEmpty() || points.isNegative()) {
                throw new IllegalArgumentException("an item needs a name and non-negative points");
            }
        }
    }

    public BonusPenalty {
        items = List.copyOf(items);
        Objects.requireNonNull(cap, "cap");
        if (cap.isNegative()) {
            throw new IllegalArgumentException("cap must not be negative");
        }
    }

    public Optional<Item> item(String name) {
        String wanted = ValueText.label(name);
        return items.stream().filter(i -> i.name().equals(wanted)).findFirst();
    }

    @Override
    public RuleOutcome apply(RuleInput input) {
        String what = penalty ? "减分" : "加分";
        List<String> names = new ArrayList<>();
        Actual actual = input.actual();
        if (actual instanceof Actual.Items i) {
            names.addAll(i.names());
        } else if (actual instanceof Actual.Reading r) {
            Optional<Quantity> q = r.quantity();
            if (q.isPresent() && q.get().value().signum() == 0) {
                return RuleOutcome.scored(Score.ZERO, "无" + what + "事项");
            }
            if (q.isPresent()) {
                return RuleOutcome.undecided(Undecided.NOT_A_VALUE,
                        "“" + r.text() + "”只写了数量，未写明具体事项及其级别，需人工认定" + what);
            }
            names.addAll(List.of(r.label().split("[,、;]")));
        } else if (actual instanceof Actual.Missing) {
            return RuleOutcome.undecided(Undecided.VALUE_MISSING, "未填写" + what + "事项");
        } else {
            return RuleOutcome.undecided(Undecided.NOT_A_VALUE, "该规则需要" + what + "事项清单");
        }
        if (items.isEmpty()) {
            return RuleOutcome.undecided(Undecided.EXPERT, "评分办法为酌情" + what + "，需人工认定");
        }
        Score sum = Score.ZERO;
        for (String name : names) {
            if (ValueText.label(name).isEmpty()) {
                continue;
            }
            Optional<Item> item = item(name);
            if (item.isEmpty()) {
                return RuleOutcome.undecided(Undecided.UNKNOWN_LABEL, "“" + name + "”不在评分办法所列" + what + "事项之中");
            }
            sum = sum.plus(item.get().points());
        }
        Score capped = sum.min(cap);
        Score signed = penalty ? Score.ZERO.minus(capped) : capped;
        return RuleOutcome.scored(signed, what + sum + "分" + (capped.equals(sum) ? "" : "，以" + cap + "分为限"));
    }

    @Override
    public String kind() {
        return penalty ? "penalty" : "bonus";
    }

    @Override
    public boolean isBonusOrPenalty() {
        return true;
    }
}
