package org.jixiao.core.rule;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jixiao.core.measure.Actual;
import org.jixiao.core.measure.TargetValue;
import org.jixiao.core.measure.ValueText;
import org.jixiao.core.number.Decimals;
import org.jixiao.core.number.Score;
import org.jixiao.core.rule.RuleOutcome.Undecided;

/**
 * 定性指标 of the national template: achieved, partly achieved or not, scored in bands of the
 * weight (100–80 %, 80–60 %, 60–0 % nationally; 100–80 / 80–50 / 50–0 in some provinces). The rule
 * decides only when the actual restates the target or says it was achieved ("达成预期指标");
 * anything else is a person's choice of band, which the message spells out in points.
 */
public record Qualitative(List<BigDecimal> bandFloorsPercent) implements ScoringRule {

    /** The national bands: floors at 80 % and 60 % of the weight. */
    public static final Qualitative NATIONAL = new Qualitative(List.of(BigDecimal.valueOf(80), BigDecimal.valueOf(60)));

    public Qualitative {
        bandFloorsPercent = List.copyOf(bandFloorsPercent);
        BigDecimal previous = Decimals.HUNDRED;
        for (BigDecimal floor : bandFloorsPercent) {
            Objects.requireNonNull(floor, "floor");
            if (floor.signum() < 0 || floor.compareTo(previous) >= 0) {
                throw new IllegalArgumentException("band floors must fall from 100 towards 0");
            }
            previous = floor;
        }
    }

    @Override
    public RuleOutcome apply(RuleInput input) {
        if (input.actual() instanceof Actual.Missing) {
            return RuleOutcome.undecided(Undecided.VALUE_MISSING, "未填写实际完成情况");
        }
        if (!(input.actual() instanceof Actual.Reading reading)) {
            return RuleOutcome.undecided(Undecided.NOT_A_VALUE, "定性指标需要文字描述的完成情况");
        }
        String actual = reading.label();
        String target = ValueText.label(input.target().text());
        if (!target.isEmpty() && actual.equals(target)) {
            return RuleOutcome.scored(input.weight(), "实际完成情况与指标值一致（“" + actual + "”），得满分");
        }
        if (Phrases.achieved(actual)) {
            return RuleOutcome.scored(input.weight(), "“" + actual + "”，达成目标，得满分");
        }
        if (input.target() instanceof TargetValue.None && !Phrases.notAchieved(actual)) {
            return RuleOutcome.undecided(Undecided.TARGET_MISSING, "定性指标未填写指标值，需人工判断");
        }
        return RuleOutcome.undecided(Undecided.QUALITATIVE, "定性指标需人工判断档次：" + bands(input.weight()));
    }

    /** The bands in points for a weight: "达成 8–10分；部分达成 6–8分；未达成 0–6分". */
    public String bands(Score weight) {
        String[] names = {"达成", "部分达成", "未达成", "第四档", "第五档"};
        StringBuilder out = new StringBuilder();
        BigDecimal upper = Decimals.HUNDRED;
        List<BigDecimal> floors = new java.util.ArrayList<>(bandFloorsPercent);
        floors.add(BigDecimal.ZERO);
        for (int i = 0; i < floors.size(); i++) {
            BigDecimal floor = floors.get(i);
            out.append(i == 0 ? "" : "；").append(i < names.length ? names[i] : "第" + (i + 1) + "档").append(' ')
                    .append(points(weight, floor)).append('–').append(points(weight, upper)).append("分");
            upper = floor;
        }
        return out.toString();
    }

    private static String points(Score weight, BigDecimal percent) {
        return Decimals.canonical(weight.points().multiply(percent).divide(Decimals.HUNDRED, Decimals.EXACT)).toPlainString();
    }

    public String floorsText() {
        return bandFloorsPercent.stream().map(BigDecimal::toPlainString).collect(Collectors.joining("/"));
    }

    @Override
    public String kind() {
        return "qualitative";
    }
}
