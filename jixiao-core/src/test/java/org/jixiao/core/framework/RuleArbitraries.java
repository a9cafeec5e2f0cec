package org.jixiao.core.framework;

import static org.jixiao.core.framework.FrameworkWriteProperties.decimal;
import static org.jixiao.core.framework.FrameworkWriteProperties.score;
import static org.jixiao.core.framework.FrameworkWriteProperties.text;
import static org.jixiao.core.framework.FrameworkWriteProperties.word;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.jixiao.core.measure.Quantity;
import org.jixiao.core.number.Score;
import org.jixiao.core.rule.Bands;
import org.jixiao.core.rule.BonusPenalty;
import org.jixiao.core.rule.Checklist;
import org.jixiao.core.rule.Deadline;
import org.jixiao.core.rule.Deduction;
import org.jixiao.core.rule.ExecutionRate;
import org.jixiao.core.rule.Formula;
import org.jixiao.core.rule.GradedLabels;
import org.jixiao.core.rule.Manual;
import org.jixiao.core.rule.Proportional;
import org.jixiao.core.rule.Qualitative;
import org.jixiao.core.rule.Reverse;
import org.jixiao.core.rule.ScoringRule;
import org.jixiao.core.rule.Threshold;
import org.jixiao.core.rule.YesNo;

/** Every kind of scoring rule with random parameters, as {@link FrameworkWriteProperties} states them. */
final class RuleArbitraries {

    private RuleArbitraries() {
    }

    static Arbitrary<ScoringRule> any() {
        return Arbitraries.oneOf(List.of(
                target().map(t -> (ScoringRule) new Proportional(t)),
                target().map(t -> (ScoringRule) new Reverse(t)),
                target().map(t -> (ScoringRule) new Threshold(t)),
                Arbitraries.just(new ExecutionRate()),
                Arbitraries.just(new Deadline()),
                text(0, 30).map(Manual::new),
                qualitative(),
                labels(),
                yesNo(),
                bands(),
                checklist(),
                deduction(),
                formula(),
                bonusPenalty()));
    }

    private static Arbitrary<Optional<Quantity>> target() {
        return Combinators.combine(decimal(-50, 10_000, 3), Arbitraries.of("", "%", "万元", "个", "人次"))
                .as(Quantity::new).optional();
    }

    private static Arbitrary<ScoringRule> qualitative() {
        return Arbitraries.integers().between(1, 3).flatMap(n -> decimal(1, 99, 1).set().ofSize(n))
                .map(floors -> {
                    List<BigDecimal> sorted = new ArrayList<>(floors);
                    sorted.sort((a, b) -> b.compareTo(a));
                    for (int i = 1; i < sorted.size(); i++) {
                        if (sorted.get(i).compareTo(sorted.get(i - 1)) == 0) {
                            return Qualitative.NATIONAL;
                        }
                    }
                    return (ScoringRule) new Qualitative(sorted);
                });
    }

    private static Arbitrary<ScoringRule> labels() {
        Arbitrary<GradedLabels.Grade> grade = Combinators.combine(word().list().ofMinSize(1).ofMaxSize(3), score())
                .as(GradedLabels.Grade::new);
        return grade.list().ofMinSize(1).ofMaxSize(4).map(GradedLabels::new);
    }

    private static Arbitrary<ScoringRule> yesNo() {
        return Combinators.combine(word().list().ofMinSize(1).ofMaxSize(2), word().list().ofMinSize(1).ofMaxSize(2))
                .as(YesNo::new);
    }

    private static Arbitrary<ScoringRule> bands() {
        Arbitrary<Bands.Band> band = Combinators.combine(decimal(-10, 100, 2).optional(), Arbitraries.of(true, false),
                        decimal(0, 100, 2).optional(), Arbitraries.of(true, false), score())
                .as((lower, lowerIn, upper, upperIn, points) -> {
                    // the band's bounds in order, as every written band has them
                    if (lower.isPresent() && upper.isPresent() && lower.get().compareTo(upper.get()) > 0) {
                        return new Bands.Band(upper, lowerIn, lower, upperIn, points);
                    }
                    return new Bands.Band(lower, lowerIn, upper, upperIn, points);
                });
        return band.list().ofMinSize(1).ofMaxSize(4).map(Bands::new);
    }

    private static Arbitrary<ScoringRule> checklist() {
        return Combinators.combine(text(0, 20), score()).as(Checklist.Item::new)
                .list().ofMinSize(1).ofMaxSize(4).map(Checklist::new);
    }

    private static Arbitrary<ScoringRule> deduction() {
        Arbitrary<Score> perUnit = decimal(0, 10, 2).filter(d -> d.signum() > 0).map(Score::of);
        Arbitrary<BigDecimal> allowance = Arbitraries.oneOf(Arbitraries.just(BigDecimal.ZERO),
                Arbitraries.just(new BigDecimal("0.0")), decimal(-5, 50, 2));
        return Combinators.combine(perUnit, allowance).as(Deduction::new);
    }

    private static Arbitrary<ScoringRule> formula() {
        return Combinators.combine(Arbitraries.of("done / planned * weight", "MIN(a, weight)",
                        "IF(x > 1, weight, 0)", "q1/25 + q2/50 + (q1/25 + q2/50) / 4 * 2", "weight - 0.5 * n"),
                        decimal(0, 100, 2))
                .as((expression, k) -> (ScoringRule) new Formula(expression + " + " + k.toPlainString() + " * 0"));
    }

    private static Arbitrary<ScoringRule> bonusPenalty() {
        Arbitrary<BonusPenalty.Item> item = Combinators.combine(word().filter(w -> !w.equals("cap")), score())
                .as(BonusPenalty.Item::new);
        return Combinators.combine(item.list().ofMaxSize(4), score(), Arbitraries.of(true, false))
                .as(BonusPenalty::new);
    }
}
