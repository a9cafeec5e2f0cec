package org.jixiao.core.accounts.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jixiao.core.accounts.ClassificationText;
import org.jixiao.core.number.Amount;
import org.jixiao.core.number.Decimals;
import org.jixiao.core.number.MoneyUnit;

/**
 * One standard table of a disclosure with its figures: money in {@code unit} (万元 in most tables,
 * 元 in some; never mixed within a table), counts as whole numbers, rates in %.
 *
 * <p>Rows are kept in the layout's order whatever order they are given in: fixed lines where the
 * layout has them, code rows at the layout's place sorted by code (so a 类 is followed by its 款 and
 * their 项). Only the table's own structure is enforced here (known lines and columns, codes of a
 * level the table lists, each key once, counts whole); whether the figures add up and whether the
 * codes are national codes is for {@link DisclosureChecks}.
 *
 * @throws IllegalArgumentException (Chinese message) when a row breaks the table's structure
 */
public record DisclosureTable(StandardTable table, MoneyUnit unit, List<DisclosureRow> rows) {

    public DisclosureTable {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(unit, "unit");
        TableLayout layout = table.layout();
        Set<String> keys = new HashSet<>();
        for (DisclosureRow row : rows) {
            String where = "“" + table.title() + "”" + (row.origin().isEmpty() ? "" : row.origin());
            if (!keys.add(row.key())) {
                throw new IllegalArgumentException(where + "的“" + row.key() + "”出现了两次");
            }
            if (row.isCode()) {
                CodeRows codes = layout.codeRows().orElseThrow(() -> new IllegalArgumentException(
                        where + "没有按科目编码列示的行，不能填写编码“" + row.key() + "”"));
                if (!codes.allows(row.key())) {
                    throw new IllegalArgumentException(where + "的科目编码“" + row.key() + "”不是本表列示的级次（"
                            + codes.kind().label() + "，列示到" + codes.deepest().label() + "）");
                }
            } else {
                TableLine line = layout.line(row.key()).orElseThrow(() -> new IllegalArgumentException(
                        where + "没有“" + row.key() + "”这一行"));
                if (line.quantity() == Quantity.COUNT) {
                    row.values().forEach((c, v) -> {
                        if (v.stripTrailingZeros().scale() > 0) {
                            throw new IllegalArgumentException(where + "“" + line.label() + "”是数量，应为整数，填写的是 " + v.toPlainString());
                        }
                    });
                }
            }
            for (String column : row.values().keySet()) {
                if (layout.column(column).isEmpty()) {
                    throw new IllegalArgumentException(where + "没有“" + column + "”这一列");
                }
            }
        }
        rows = ordered(layout, rows);
    }

    private static List<DisclosureRow> ordered(TableLayout layout, List<DisclosureRow> rows) {
        Map<String, DisclosureRow> byKey = new LinkedHashMap<>();
        rows.forEach(r -> byKey.put(r.key(), r));
        List<DisclosureRow> out = new ArrayList<>();
        for (LayoutPart part : layout.parts()) {
            if (part instanceof TableLine line) {
                Optional.ofNullable(byKey.get(line.id())).ifPresent(out::add);
            } else {
                rows.stream().filter(DisclosureRow::isCode).sorted(Comparator.comparing(DisclosureRow::key)).forEach(out::add);
            }
        }
        return new RowList(out);
    }

    public TableLayout layout() {
        return table.layout();
    }

    public Optional<DisclosureRow> row(String key) {
        return Optional.ofNullable(((RowList) rows).byKey(key));
    }

    /** The rows keyed by classification codes, in code order. */
    public List<DisclosureRow> codeRows() {
        return rows.stream().filter(DisclosureRow::isCode).toList();
    }

    public Optional<BigDecimal> value(String key, String column) {
        return row(key).flatMap(r -> r.value(column));
    }

    /** A money figure in the table's unit; empty when blank, or when the line is not money. */
    public Optional<Amount> amount(String key, String column) {
        if (!DisclosureRow.isCode(key) && layout().line(key).map(l -> l.quantity() != Quantity.MONEY).orElse(true)) {
            return Optional.empty();
        }
        return value(key, column).map(v -> new Amount(v, unit));
    }

    /** How a row is named to people: a fixed line's label, or "2050299 其他普通教育支出". */
    public String label(DisclosureRow row) {
        if (row.isCode()) {
            return (row.key() + " " + row.name()).strip();
        }
        return layout().lineLabel(row.key());
    }

    public static Builder builder(StandardTable table, MoneyUnit unit) {
        return new Builder(table, unit);
    }

    /**
     * Builds a table by lines and codes with figures given positionally, in the layout's column
     * order ({@code null} or "" for a blank cell): {@code line("income", "550.07", null, "793.53")}.
     */
    public static final class Builder {
        private final StandardTable table;
        private final MoneyUnit unit;
        private final List<DisclosureRow> rows = new ArrayList<>();

        private Builder(StandardTable table, MoneyUnit unit) {
            this.table = table;
            this.unit = unit;
        }

        public Builder line(String id, String... values) {
            rows.add(new DisclosureRow(id, "", values(values), ""));
            return this;
        }

        /** A code row; the code may be written any way ("205 02 99", "205-02-99", full-width digits). */
        public Builder code(String code, String name, String... values) {
            String digits = ClassificationText.code(code).orElseThrow(() -> new IllegalArgumentException("“" + code + "”不是科目编码"));
            rows.add(new DisclosureRow(digits, name, values(values), ""));
            return this;
        }

        public Builder row(DisclosureRow row) {
            rows.add(row);
            return this;
        }

        public DisclosureTable build() {
            return new DisclosureTable(table, unit, rows);
        }

        private Map<String, BigDecimal> values(String... values) {
            List<TableColumn> columns = table.layout().columns();
            if (values.length > columns.size()) {
                throw new IllegalArgumentException("“" + table.title() + "”只有 " + columns.size() + " 列，给了 " + values.length + " 个数");
            }
            Map<String, BigDecimal> out = new LinkedHashMap<>();
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null && !values[i].isBlank()) {
                    BigDecimal v = Decimals.parseOrNull(values[i]);
                    if (v == null) {
                        throw new IllegalArgumentException("“" + values[i] + "”不是数字");
                    }
                    out.put(columns.get(i).id(), v);
                }
            }
            return out;
        }
    }
}
