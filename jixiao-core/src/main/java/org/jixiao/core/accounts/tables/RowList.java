package org.jixiao.core.accounts.tables;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/** An immutable list of a table's rows that also finds a row by its key at once (checks look rows up often). */
final class RowList extends AbstractList<DisclosureRow> implements RandomAccess {

    private final List<DisclosureRow> rows;
    private final Map<String, DisclosureRow> byKey = new HashMap<>();

    RowList(List<DisclosureRow> rows) {
        this.rows = List.copyOf(rows);
        this.rows.forEach(r -> byKey.put(r.key(), r));
    }

    @Override
    public DisclosureRow get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }

    DisclosureRow byKey(String key) {
        return byKey.get(key);
    }
}
