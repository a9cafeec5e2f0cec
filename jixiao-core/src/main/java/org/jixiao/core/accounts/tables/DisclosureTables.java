package org.jixiao.core.accounts.tables;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A unit's disclosure tables for one year (部门决算公开表): the unit's name, the budget year, whether it
 * is a 行政单位 or a 事业单位, and the standard tables it has (each at most once, kept in template
 * order; a table left out is simply not checked).
 */
public record DisclosureTables(String unit, int year, UnitKind kind, List<DisclosureTable> tables) {

    public DisclosureTables {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
        if (year < 1990 || year > 2100) {
            throw new IllegalArgumentException("年度应在 1990 至 2100 之间：" + year);
        }
        Set<StandardTable> seen = EnumSet.noneOf(StandardTable.class);
        for (DisclosureTable t : tables) {
            if (!seen.add(t.table())) {
                throw new IllegalArgumentException("“" + t.table().title() + "”出现了两次");
            }
        }
        tables = tables.stream().sorted(Comparator.comparing(DisclosureTable::table)).toList();
    }

    public Optional<DisclosureTable> table(StandardTable which) {
        return tables.stream().filter(t -> t.table() == which).findFirst();
    }
}
