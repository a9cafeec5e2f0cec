package org.jixiao.core.rule;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.measure.Quantity;
import org.jixiao.core.number.Score;
import org.jixiao.core.rule.RuleOutcome.Undecided;

/** 比率&lt;5%得1分，5%≤比率≤10%得0.5分，比率&gt;10%得0分: a numeric range maps to points. */
public record Bands(List<Band> bands) implements ScoringRule {

    /** One range; an absent bound is open-ended. */
    public record Band(Optional<BigDecimal> lower, boolean lowerInclusive, Optional<BigDecimal> upper,
                       boolean upperInclusive, Score points) {
        public Band {
            Objects.requireNonNull(lower, "lower");
            Objects.requireNonNull(upper, "upper");
            Objects.requireNonNull(points, "points");
            if (lower.isPresent() && upper.isPresent() && lower.get().compareTo(upper.get()) > 0) {
                throw new IllegalArgumentException("band lower bound above upper bound");
            }
            if (points.isNegative()) {
                throw new IllegalArgumentException("a band's points must not be negative: " + points);
            }
        }

        public boolean contains(BigDecimal value) {
            if (lower.isPresent()) {
                int c = value.compareTo(lower.get());
                if (c < 0 || (c == 0 && !lowerInclusive)) {
                    return false;
                }
            }
            if (upper.isPresent()) {
                int c = value.compareTo(upper.get());
                return c < 0 || (c == 0 && upperInclusive);
            }
            return true;
        }

        @Override
        public String toString() {
            return (lowerInclusive ? "[" : "(") + lower.map(BigDecimal::toPlainString).orElse("")
                    + "," + upper.map(BigDecimal::toPlainString).orElse("") + (upperInclusive ? "]" : ")") + "=" + points;
        }
    }

    public Bands {
        bands = List.copyOf(bands);
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("bands need at least one band");
        }
    }

    @Override
    public RuleOutcome apply(RuleInput input) {
        Inputs.Read<Quantity> a = Inputs.actualQuantity(input.actual());
        if (a.failed()) {
            return a.failure();
        }
        BigDecimal value = a.value().value();
        for (Band band : bands) {
            if (band.contains(value)) {
                Score points = band.points().min(input.weight());
                return RuleOutcome.scored(points, "实际值" + a.value() + "落在区间" + band + "，得" + points + "分");
            }
        }
        return RuleOutcome.undecided(Undecided.OUT_OF_BANDS, "实际值" + a.value() + "不在评分办法所列任何区间内");
    }

    @Override
    public String kind() {
        return "bands";
    }
}
