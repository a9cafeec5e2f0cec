package org.jixiao.core.review;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.number.Score;

/**
 * A published table after review. {@code reportedTotal} is the total the table states,
 * {@code itemsTotal} the sum of the item scores it states (the funds row included),
 * {@code recomputedTotal} the total by the rules where they decide (the reported score elsewhere).
 */
public record ReviewedTable(
        TableKind kind,
        String title,
        String location,
        Optional<Score> reportedTotal,
        Optional<Score> itemsTotal,
        Optional<Score> recomputedTotal,
        Optional<String> reportedGrade,
        Optional<String> recomputedGrade,
        List<Finding> findings) {

    public ReviewedTable {
        Objects.requireNonNull(kind, "kind");
        title = title == null ? "" : title;
        location = location == null ? "" : location;
        Objects.requireNonNull(reportedTotal, "reportedTotal");
        Objects.requireNonNull(itemsTotal, "itemsTotal");
        Objects.requireNonNull(recomputedTotal, "recomputedTotal");
        Objects.requireNonNull(reportedGrade, "reportedGrade");
        Objects.requireNonNull(recomputedGrade, "recomputedGrade");
        findings = List.copyOf(findings);
    }
}
