package org.jixiao.core.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.review.internal.DepartmentReview;
import org.jixiao.core.review.internal.NarrativeReview;
import org.jixiao.core.review.internal.ProjectReview;
import org.jixiao.core.review.internal.TargetTableReview;

/**
 * The automatic reviewer: recognises each table of a published document, recovers the framework it
 * implies, scores it with the core and reports every figure that does not follow — with where it
 * is, what was expected and what was found.
 */
public final class Reviewer {

    private Reviewer() {
    }

    /**
     * @param year the evaluation year (dates outside it are reported)
     */
    public static Review review(PublishedDocument document, int year) {
        List<ReviewedTable> tables = new ArrayList<>();
        for (PublishedTable table : document.tables()) {
            Optional<ReviewedTable> reviewed = ProjectReview.review(table, year)
                    .or(() -> DepartmentReview.review(table, year))
                    .or(() -> TargetTableReview.review(table));
            tables.add(reviewed.orElseGet(() -> new ReviewedTable(TableKind.OTHER, table.title(), "第" + table.line() + "行",
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of())));
        }
        List<Finding> findings = new ArrayList<>();
        for (PublishedDocument.Unreadable u : document.unreadable()) {
            findings.add(Finding.of(Check.UNREADABLE, "", "", u.line(), u.reason() + "：" + u.text(), "", ""));
        }
        findings.addAll(NarrativeReview.review(document.paragraphs()));
        return new Review(document.source(), tables, findings);
    }
}
