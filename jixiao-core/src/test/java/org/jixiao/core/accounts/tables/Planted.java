package org.jixiao.core.accounts.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.core.number.MoneyUnit;

/** The Baotou demo tables with one thing changed: a planted error, or a variant that must pass. */
final class Planted {

    private Planted() {
    }

    static DisclosureTables baotou() {
        return DemoTables.baotou2024();
    }

    /** The tables with one cell set (null: blanked); the row is added when missing. */
    static DisclosureTables set(DisclosureTables d, StandardTable which, String key, String column, String value) {
        DisclosureTable t = d.table(which).orElseThrow();
        List<DisclosureRow> rows = new ArrayList<>();
        boolean found = false;
        for (DisclosureRow r : t.rows()) {
            if (r.key().equals(key)) {
                found = true;
                rows.add(withValue(r, column, value));
            } else {
                rows.add(r);
            }
        }
        if (!found) {
            rows.add(withValue(new DisclosureRow(key, "", Map.of(), ""), column, value));
        }
        return replace(d, new DisclosureTable(which, t.unit(), rows));
    }

    static DisclosureTables set(DisclosureTables d, StandardTable which, String key, String column, String value, Object... more) {
        DisclosureTables out = set(d, which, key, column, value);
        for (int i = 0; i < more.length; i += 3) {
            out = set(out, which, (String) more[i], (String) more[i + 1], (String) more[i + 2]);
        }
        return out;
    }

    static DisclosureTables removeRow(DisclosureTables d, StandardTable which, String key) {
        DisclosureTable t = d.table(which).orElseThrow();
        return replace(d, new DisclosureTable(which, t.unit(), t.rows().stream().filter(r -> !r.key().equals(key)).toList()));
    }

    static DisclosureTables addRow(DisclosureTables d, StandardTable which, DisclosureRow row) {
        DisclosureTable t = d.table(which).orElseThrow();
        List<DisclosureRow> rows = new ArrayList<>(t.rows());
        rows.add(row);
        return replace(d, new DisclosureTable(which, t.unit(), rows));
    }

    static DisclosureTables rename(DisclosureTables d, StandardTable which, String key, String name) {
        DisclosureTable t = d.table(which).orElseThrow();
        return replace(d, new DisclosureTable(which, t.unit(),
                t.rows().stream().map(r -> r.key().equals(key) ? new DisclosureRow(r.key(), name, r.values(), r.origin()) : r).toList()));
    }

    static DisclosureTables without(DisclosureTables d, StandardTable which) {
        return new DisclosureTables(d.unit(), d.year(), d.kind(), d.tables().stream().filter(t -> t.table() != which).toList());
    }

    /** The table restated in 元: every money figure × 10000 (counts and rates unchanged). */
    static DisclosureTables inYuan(DisclosureTables d, StandardTable which) {
        DisclosureTable t = d.table(which).orElseThrow();
        List<DisclosureRow> rows = new ArrayList<>();
        for (DisclosureRow r : t.rows()) {
            boolean money = r.isCode() || t.layout().line(r.key()).orElseThrow().quantity() == Quantity.MONEY;
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            r.values().forEach((c, v) -> values.put(c,
                    money && t.layout().column(c).orElseThrow().role() != ColumnRole.RATE ? v.multiply(BigDecimal.valueOf(10_000)) : v));
            rows.add(new DisclosureRow(r.key(), r.name(), values, r.origin()));
        }
        return replace(d, new DisclosureTable(which, MoneyUnit.YUAN, rows));
    }

    static DisclosureTables replace(DisclosureTables d, DisclosureTable table) {
        List<DisclosureTable> tables = new ArrayList<>(d.tables().stream().filter(t -> t.table() != table.table()).toList());
        tables.add(table);
        return new DisclosureTables(d.unit(), d.year(), d.kind(), tables);
    }

    private static DisclosureRow withValue(DisclosureRow r, String column, String value) {
        Map<String, BigDecimal> values = new LinkedHashMap<>(r.values());
        if (value == null) {
            values.remove(column);
        } else {
            values.put(column, new BigDecimal(value));
        }
        return new DisclosureRow(r.key(), r.name(), values, r.origin());
    }
}
