package org.jixiao.core.monitoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jixiao.core.number.Percentage;
import org.jixiao.core.number.RoundingPolicy;
import org.jixiao.core.number.Score;

/**
 * The quarterly execution score of a year with every step: each quarter's progress ÷ time progress,
 * their sum and average, the exact score and the score kept within [0, weight]. Rounding to what a
 * table shows is the framework's: {@link #rounded(RoundingPolicy)}.
 */
public record ExecutionScore(int year, List<Term> terms, BigDecimal ratioSum, BigDecimal averageRatio, Score exact,
                             Score score, Score weight, String explanation) {

    /** One quarter: cumulative progress, time progress at its end, and their ratio (执行率). */
    public record Term(FiscalPeriod period, Percentage progress, Percentage timeProgress, BigDecimal ratio) {
        public Term {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(progress, "progress");
            Objects.requireNonNull(timeProgress, "timeProgress");
            Objects.requireNonNull(ratio, "ratio");
        }
    }

    public ExecutionScore {
        terms = List.copyOf(terms);
        Objects.requireNonNull(ratioSum, "ratioSum");
        Objects.requireNonNull(averageRatio, "averageRatio");
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** The score as an indicator row of a framework with this rounding policy shows it (4.52). */
    public Score rounded(RoundingPolicy policy) {
        return policy.indicatorRow(score);
    }
}
