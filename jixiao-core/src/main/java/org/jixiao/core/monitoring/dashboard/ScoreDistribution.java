package org.jixiao.core.monitoring.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.grade.Grade;
import org.jixiao.core.number.Score;

/**
 * How the scores of a year (or of all years, {@code year} empty) are spread: how many, lowest,
 * highest, mean (exact; a chart rounds it), how many of each grade (every grade of the scale, in its
 * order, zero counts included) and a histogram in bins of equal width.
 */
public record ScoreDistribution(Optional<Integer> year, int count, Optional<Score> min, Optional<Score> max,
                                Optional<Score> mean, List<GradeCount> grades, List<Bin> bins) {

    public record GradeCount(Grade grade, int count) {
        public GradeCount {
            Objects.requireNonNull(grade, "grade");
        }
    }

    /** Scores from {@code from} (inclusive) to {@code to} (exclusive). */
    public record Bin(BigDecimal from, BigDecimal to, int count) {
        public Bin {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    public ScoreDistribution {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(mean, "mean");
        grades = List.copyOf(grades);
        bins = List.copyOf(bins);
    }
}
