package org.jixiao.core.grade;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jixiao.core.number.Score;

/**
 * The grade bands of a framework: 优 ≥ 90, 良 80 to &lt; 90, 中 60 to &lt; 80, 差 &lt; 60 nationally.
 * Some provinces state integer bands (优 90–100, 良 80–89 …); with {@code wholePoints} the total is
 * first rounded half-up to whole points, so 89.6 is 优 there and 良 nationally.
 */
public record GradeScale(List<Band> bands, boolean wholePoints) {

    /** A grade and the lowest total that earns it. */
    public record Band(Grade grade, BigDecimal floor) {
        public Band {
            Objects.requireNonNull(grade, "grade");
            Objects.requireNonNull(floor, "floor");
        }
    }

    public static final GradeScale NATIONAL = new GradeScale(List.of(
            new Band(new Grade("优"), BigDecimal.valueOf(90)),
            new Band(new Grade("良"), BigDecimal.valueOf(80)),
            new Band(new Grade("中"), BigDecimal.valueOf(60)),
            new Band(new Grade("差"), BigDecimal.ZERO)), false);

    public static final GradeScale WHOLE_POINTS = new GradeScale(NATIONAL.bands, true);

    public GradeScale {
        bands = List.copyOf(bands);
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("a grade scale needs bands");
        }
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i).floor().compareTo(bands.get(i - 1).floor()) >= 0) {
                throw new IllegalArgumentException("grade floors must fall: " + bands);
            }
        }
    }

    public Grade gradeOf(Score total) {
        BigDecimal value = wholePoints ? total.points().setScale(0, RoundingMode.HALF_UP) : total.points();
        for (Band band : bands) {
            if (value.compareTo(band.floor()) >= 0) {
                return band.grade();
            }
        }
        return bands.get(bands.size() - 1).grade();
    }

    @Override
    public String toString() {
        return bands.stream().map(b -> b.grade() + "≥" + b.floor().toPlainString()).collect(Collectors.joining(" "))
                + (wholePoints ? " (whole points)" : "");
    }
}
