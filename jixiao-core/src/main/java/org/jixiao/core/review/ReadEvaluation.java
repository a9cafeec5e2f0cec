package org.jixiao.core.review;

import java.util.List;
import java.util.Objects;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.framework.Framework;

/**
 * A self-evaluation recovered from a published table (for importing published reports as data):
 * the table as the reviewer saw it, the framework among the candidates whose indicators the table's
 * rows name, the evaluation entered against that framework's codes (actual values as published,
 * reported scores, deviation reasons, funds, unit), and the rows that name none of its indicators
 * ("第12行 XXX"). It carries no judgements: a row the rules cannot decide stays pending.
 */
public record ReadEvaluation(ReviewedTable table, Framework framework, Evaluation evaluation, List<String> unmatched) {

    public ReadEvaluation {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(evaluation, "evaluation");
        unmatched = List.copyOf(unmatched);
    }
}
