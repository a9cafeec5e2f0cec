package org.jixiao.core.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The review of one published document: its tables and the document-level findings (narrative, unreadable parts). */
public record Review(String source, List<ReviewedTable> tables, List<Finding> findings) {

    public Review {
        Objects.requireNonNull(source, "source");
        tables = List.copyOf(tables);
        findings = List.copyOf(findings);
    }

    /** Every finding, table by table, then the document's own. */
    public List<Finding> allFindings() {
        List<Finding> all = new ArrayList<>();
        tables.forEach(t -> all.addAll(t.findings()));
        all.addAll(findings);
        return all;
    }

    public boolean hasErrors() {
        return allFindings().stream().anyMatch(Finding::isError);
    }
}
