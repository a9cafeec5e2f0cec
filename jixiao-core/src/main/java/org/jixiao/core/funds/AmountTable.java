package org.jixiao.core.funds;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.number.Amount;
import org.jixiao.core.number.MoneyUnit;

/**
 * A table of amounts whose rows add up: a target table's funds by source (资金总额 › 财政拨款 › …) or
 * its spending plan (基本支出, 项目支出 › projects) with half-year and full-year columns.
 */
public record AmountTable(String name, MoneyUnit unit, List<String> columns, List<AmountRow> rows) {

    public AmountTable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The sum of the top-level rows in a column (blank cells count as zero). */
    public Amount total(String column) {
        Amount sum = Amount.zero(unit);
        for (AmountRow row : rows) {
            sum = row.value(column).map(sum::plus).orElse(sum);
        }
        return sum;
    }

    public Optional<AmountRow> row(String label) {
        return find(rows, label);
    }

    private static Optional<AmountRow> find(List<AmountRow> rows, String label) {
        for (AmountRow row : rows) {
            if (row.label().equals(label)) {
                return Optional.of(row);
            }
            Optional<AmountRow> inside = find(row.children(), label);
            if (inside.isPresent()) {
                return inside;
            }
        }
        return Optional.empty();
    }

    /** A row whose stated amount differs from the sum of its component rows. */
    public record Mismatch(AmountRow row, String column, Amount stated, Amount sumOfParts) {
    }

    /** Every parent row and column where the parts do not add up to the stated amount. */
    public List<Mismatch> mismatches() {
        List<Mismatch> out = new ArrayList<>();
        collect(rows, out);
        return out;
    }

    private void collect(List<AmountRow> level, List<Mismatch> out) {
        for (AmountRow row : level) {
            if (!row.children().isEmpty()) {
                for (String column : columns) {
                    Optional<Amount> stated = row.value(column);
                    if (stated.isEmpty() || row.children().stream().allMatch(c -> c.value(column).isEmpty())) {
                        continue;
                    }
                    Amount sum = Amount.zero(unit);
                    for (AmountRow child : row.children()) {
                        sum = child.value(column).map(sum::plus).orElse(sum);
                    }
                    if (sum.compareTo(stated.get()) != 0) {
                        out.add(new Mismatch(row, column, stated.get(), sum));
                    }
                }
                collect(row.children(), out);
            }
        }
    }
}
