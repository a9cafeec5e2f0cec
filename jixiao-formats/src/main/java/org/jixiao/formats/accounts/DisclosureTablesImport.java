package org.jixiao.formats.accounts;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.accounts.tables.DisclosureTables;

/**
 * What importing a disclosure tables workbook gave: the tables when every cell could be taken,
 * otherwise nothing and every problem found (in sheet and row order), never part of the tables.
 */
public record DisclosureTablesImport(Optional<DisclosureTables> tables, List<TableImportProblem> problems) {

    public DisclosureTablesImport {
        Objects.requireNonNull(tables, "tables");
        problems = List.copyOf(problems);
        if (tables.isPresent() == !problems.isEmpty()) {
            // exactly one of the two: tables, or the problems that kept them from being read
            throw new IllegalArgumentException("tables and problems exclude each other");
        }
    }

    public boolean ok() {
        return tables.isPresent();
    }
}
