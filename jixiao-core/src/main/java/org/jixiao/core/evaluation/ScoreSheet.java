package org.jixiao.core.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.grade.Grade;
import org.jixiao.core.number.Score;

/**
 * A scored evaluation (评分表): every row, the subtotal of every group, the total and the grade.
 * While a row is still {@link RowScore.Decision#PENDING}, the total counts only the decided rows and
 * there is no grade.
 *
 * @param rescale the factor applied to the base total because rows did not apply (1 when all apply)
 */
public record ScoreSheet(
        Framework framework,
        List<RowScore> rows,
        Map<String, Score> subtotals,
        Score total,
        Optional<Grade> grade,
        BigDecimal rescale) {

    public ScoreSheet {
        Objects.requireNonNull(framework, "framework");
        rows = List.copyOf(rows);
        subtotals = Map.copyOf(subtotals);
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(rescale, "rescale");
    }

    public boolean isComplete() {
        return pending().isEmpty();
    }

    public List<RowScore> pending() {
        return rows.stream().filter(r -> r.decision() == RowScore.Decision.PENDING).toList();
    }

    public List<RowScore> judged() {
        return rows.stream().filter(r -> r.decision() == RowScore.Decision.JUDGEMENT).toList();
    }

    public List<RowScore> missingDeviationReasons() {
        return rows.stream().filter(RowScore::needsDeviationReason).toList();
    }

    public RowScore row(String code) {
        return rows.stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("没有指标“" + code + "”"));
    }

    public Optional<Score> subtotal(String groupCode) {
        return Optional.ofNullable(subtotals.get(groupCode));
    }
}
