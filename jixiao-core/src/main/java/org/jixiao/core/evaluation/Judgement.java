package org.jixiao.core.evaluation;

import java.util.Objects;
import org.jixiao.core.number.Score;

/**
 * A person's decision on a row: where the rule cannot decide (needs judgement), or where the
 * evaluator overrides it. A judgement without a justification is not accepted.
 */
public record Judgement(Score score, String justification, String decidedBy) {

    public Judgement {
        Objects.requireNonNull(score, "score");
        if (justification == null || justification.isBlank()) {
            throw new IllegalArgumentException("人工认定必须写明理由");
        }
        decidedBy = decidedBy == null ? "" : decidedBy;
    }

    public static Judgement of(String score, String justification) {
        return new Judgement(Score.of(score), justification, "");
    }
}
