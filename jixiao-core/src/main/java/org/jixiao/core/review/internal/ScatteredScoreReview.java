package org.jixiao.core.review.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.number.Score;
import org.jixiao.core.review.Check;
import org.jixiao.core.review.Column;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.PublishedTable;
import org.jixiao.core.review.ReviewedTable;
import org.jixiao.core.review.TableKind;

/**
 * A score table whose cells a converter scattered (Shenzhen's 附件一: weights fused into names,
 * criteria split over several rows), so that its rows cannot be mapped to columns. What can still be
 * read honestly is each scored row's score — the last cell of the row, where the 分数 column is —
 * and the 总分 row; the items are checked against the total, and nothing is recomputed.
 */
public final class ScatteredScoreReview {

    private ScatteredScoreReview() {
    }

    /** The scored rows (each with its score, the row's last cell) and the 总分 row of a scattered score table. */
    record Scattered(List<PublishedTable.Row> rows, List<BigDecimal> scores, PublishedTable.Row total) {
    }

    /** The scored rows and total, when the table is a score table with a 总分 row; empty otherwise. */
    static Optional<Scattered> read(PublishedTable table) {
        boolean header = false;
        List<BigDecimal> scores = new ArrayList<>();
        List<PublishedTable.Row> scoredRows = new ArrayList<>();
        PublishedTable.Row total = null;
        for (PublishedTable.Row row : table.rows()) {
            if (!header) {
                Optional<Header> h = Header.of(row, 3);
                header = h.isPresent() && h.get().has(Column.LEVEL3) && h.get().has(Column.SCORE) && !h.get().has(Column.EXECUTED);
                continue;
            }
            String first = Cells.compact(row.cell(0));
            if (first.equals("总分") || first.equals("合计") || first.equals("总计")) {
                total = row;
                break;
            }
            Optional<BigDecimal> score = lastCell(row).flatMap(Cells::number);
            if (score.isPresent()) {
                scores.add(score.get());
                scoredRows.add(row);
            }
        }
        if (!header || total == null || scores.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Scattered(scoredRows, scores, total));
    }

    public static Optional<ReviewedTable> review(PublishedTable table) {
        Optional<Scattered> read = read(table);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        List<BigDecimal> scores = read.get().scores();
        List<PublishedTable.Row> scoredRows = read.get().rows();
        PublishedTable.Row total = read.get().total();
        String title = table.title();
        Score items = Score.of(scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        Optional<Score> reported = lastCell(total).flatMap(Cells::number).map(Score::of);
        List<Finding> findings = new ArrayList<>();
        if (reported.isPresent() && !reported.get().equals(items)) {
            findings.add(Finding.of(Check.TOTAL_MISMATCH, title, "总分", total.line(),
                    "总分" + reported.get() + "与各项得分之和" + items + "不符", items.toString(), reported.get().toString()));
        }
        KnownFramework.match(scoredRows).ifPresent(known -> known.weights(title, scoredRows, scores, findings));
        return Optional.of(new ReviewedTable(TableKind.DEPARTMENT_EVALUATION, title, "第" + table.line() + "行", reported,
                Optional.of(items), Optional.empty(), Optional.empty(), Optional.empty(), findings));
    }

    private static Optional<String> lastCell(PublishedTable.Row row) {
        for (int i = row.cells().size() - 1; i >= 0; i--) {
            if (!Cells.isEmpty(row.cell(i))) {
                return Optional.of(row.cell(i));
            }
        }
        return Optional.empty();
    }
}
