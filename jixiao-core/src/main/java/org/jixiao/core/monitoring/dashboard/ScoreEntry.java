package org.jixiao.core.monitoring.dashboard;

import java.util.Objects;
import org.jixiao.core.grade.Grade;
import org.jixiao.core.number.Score;

/** A unit's evaluation result for a year, as the dashboard takes it: total score and grade. */
public record ScoreEntry(String unit, int year, Score total, Grade grade) {

    public ScoreEntry {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(grade, "grade");
    }
}
