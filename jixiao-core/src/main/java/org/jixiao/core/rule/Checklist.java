package org.jixiao.core.rule;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jixiao.core.measure.Actual;
import org.jixiao.core.measure.ValueText;
import org.jixiao.core.number.Score;
import org.jixiao.core.rule.RuleOutcome.Undecided;

/**
 * 1. …（1分）；2. …（1分）: the sum of sub-criteria, each worth its points. The input gives the
 * points earned per item (partial credit allowed, capped per item), or the numbers of the items
 * met ("1,2,3,5", "全部").
 */
public record Checklist(List<Item> items) implements ScoringRule {

    /** A sub-criterion and its points. */
    public record Item(String text, Score points) {
        public Item {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(points, "points");
            if (points.isNegative()) {
                throw new IllegalArgumentException("an item's points must not be negative: " + points);
            }
        }
    }

    public Checklist {
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a checklist needs items");
        }
    }

    public Score total() {
        return items.stream().map(Item::points).reduce(Score.ZERO, Score::plus);
    }

    @Override
    public RuleOutcome apply(RuleInput input) {
        Map<Integer, BigDecimal> earned;
        if (input.actual() instanceof Actual.Checklist c) {
            earned = c.earned();
        } else if (input.actual() instanceof Actual.Reading r) {
            Set<Integer> met = metItems(r.text());
            if (met == null) {
                return RuleOutcome.undecided(Undecided.NOT_A_VALUE, "“" + r.text() + "”未列明满足的条目编号（如“1,2,3”或“全部”）");
            }
            earned = Actual.Checklist.met(met, items.stream().map(i -> i.points().points()).toList()).earned();
        } else if (input.actual() instanceof Actual.Missing) {
            return RuleOutcome.undecided(Undecided.VALUE_MISSING, "未填写各条目得分");
        } else {
            return RuleOutcome.undecided(Undecided.NOT_A_VALUE, "该规则需要各条目的得分");
        }
        Score sum = Score.ZERO;
        StringBuilder explanation = new StringBuilder("逐条计分：");
        for (int i = 0; i < items.size(); i++) {
            Score itemPoints = items.get(i).points();
            BigDecimal got = earned.getOrDefault(i + 1, BigDecimal.ZERO);
            Score itemScore = Score.of(got).within(Score.ZERO, itemPoints);
            sum = sum.plus(itemScore);
            explanation.append(i == 0 ? "" : "＋").append(itemScore);
        }
        Score total = sum.min(input.weight());
        return RuleOutcome.scored(total, explanation.append("＝").append(total).toString());
    }

    private Set<Integer> metItems(String text) {
        String c = ValueText.label(text);
        Set<Integer> met = new LinkedHashSet<>();
        if (c.equals("全部") || c.equals("全部满足") || c.equals("全部符合")) {
            for (int i = 1; i <= items.size(); i++) {
                met.add(i);
            }
            return met;
        }
        if (c.equals("无") || c.equals("0") || c.equals("均不满足")) {
            return met;
        }
        for (String part : c.split("[,、;]")) {
            // An item number the rule does not have is a typing error, not an item to ignore.
            if (!part.matches("\\d{1,3}") || Integer.parseInt(part) < 1 || Integer.parseInt(part) > items.size()) {
                return null;
            }
            met.add(Integer.parseInt(part));
        }
        return met;
    }

    @Override
    public String kind() {
        return "checklist";
    }
}
