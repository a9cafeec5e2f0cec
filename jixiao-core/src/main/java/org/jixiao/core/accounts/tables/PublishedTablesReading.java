package org.jixiao.core.accounts.tables;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading a published report's disclosure tables gave:
 *
 * <ul>
 *   <li>{@code tables}: the unit's tables — every standard table found and read, with every figure that
 *       could be taken (a cell that could not is left blank and reported, a row that could not is left out);
 *       empty only when the year is unknown (a unit's tables need one);</li>
 *   <li>{@code found}: the standard tables the report has, in template order, also those that could not be
 *       read (a money unit in 千元, no heading); empty for a report without disclosure tables;</li>
 *   <li>{@code problems}: everything not taken, in document order. The document's own (no unit name, no
 *       year, no 单位性质) are reported only when the report has a disclosure table.</li>
 * </ul>
 *
 * Unlike the Excel import, a published report is read as far as it goes: the checks can still run on what
 * was taken, and the problems say what is missing from it.
 */
public record PublishedTablesReading(Optional<DisclosureTables> tables, List<StandardTable> found, List<PublishedTableProblem> problems) {

    public PublishedTablesReading {
        Objects.requireNonNull(tables, "tables");
        found = List.copyOf(found);
        problems = List.copyOf(problems);
    }

    /** Whether everything was taken: no problem at all. */
    public boolean complete() {
        return problems.isEmpty();
    }
}
