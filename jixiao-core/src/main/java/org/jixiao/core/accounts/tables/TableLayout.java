package org.jixiao.core.accounts.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The template of one standard table: its columns, its fixed lines and where its code rows go, and
 * (for the checks) the identities its figures must satisfy: lines that are sums of lines (本年收入合计
 * = Σ sources), columns that are sums of columns (合计 = 基本支出 + 项目支出), balances (年初结转和结余 +
 * 本年收入 − 本年支出 = 年末结转和结余), stated rates and parts that cannot exceed their whole. Code rows
 * are always checked as a hierarchy (类 = Σ 款, 款 = Σ 项).
 */
public final class TableLayout {

    /** whole = Σ plus − Σ minus (+ Σ 类 rows when {@code classRows}), in every column but rates. */
    record LineSum(String whole, List<String> plus, List<String> minus, boolean classRows) {
    }

    /** In every row: whole = Σ parts. */
    record ColumnSum(String whole, List<String> parts) {
    }

    /** In every column: Σ plus − Σ minus = closing (lines). */
    record LineBalance(List<String> plus, List<String> minus, String closing) {
    }

    /** In every row: Σ plus − Σ minus = closing (columns). */
    record ColumnBalance(List<String> plus, List<String> minus, String closing) {
    }

    /** rate = part ÷ whole × 100: lines of one column, or columns of one row. */
    record Rate(String rate, String part, String whole) {
    }

    /** part ≤ whole (lines). */
    record AtMost(String part, String whole) {
    }

    private final List<TableColumn> columns;
    private final List<LayoutPart> parts;
    final List<LineSum> lineSums = new ArrayList<>();
    final List<ColumnSum> columnSums = new ArrayList<>();
    final List<LineBalance> lineBalances = new ArrayList<>();
    final List<ColumnBalance> columnBalances = new ArrayList<>();
    final List<Rate> lineRates = new ArrayList<>();
    final List<Rate> columnRates = new ArrayList<>();
    final List<AtMost> lineAtMost = new ArrayList<>();

    TableLayout(List<TableColumn> columns, List<LayoutPart> parts) {
        this.columns = List.copyOf(columns);
        this.parts = List.copyOf(parts);
    }

    /** The columns, left to right. */
    public List<TableColumn> columns() {
        return columns;
    }

    /** The fixed lines and the place of the code rows, top to bottom. */
    public List<LayoutPart> parts() {
        return parts;
    }

    /** The fixed lines, top to bottom. */
    public List<TableLine> lines() {
        List<TableLine> lines = new ArrayList<>();
        for (LayoutPart p : parts) {
            if (p instanceof TableLine l) {
                lines.add(l);
            }
        }
        return List.copyOf(lines);
    }

    /** The code rows this table lists, if it lists any. */
    public Optional<CodeRows> codeRows() {
        for (LayoutPart p : parts) {
            if (p instanceof CodeRows c) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public Optional<TableColumn> column(String id) {
        return columns.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<TableLine> line(String id) {
        return lines().stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public int columnIndex(String id) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    // ---- building (Layouts only) ---------------------------------------------------------------

    TableLayout sum(String whole, String... plus) {
        lineSums.add(new LineSum(whole, List.of(plus), List.of(), false));
        return this;
    }

    TableLayout sumOfClasses(String whole) {
        lineSums.add(new LineSum(whole, List.of(), List.of(), true));
        return this;
    }

    TableLayout columnSum(String whole, String... parts) {
        columnSums.add(new ColumnSum(whole, List.of(parts)));
        return this;
    }

    TableLayout lineBalance(List<String> plus, List<String> minus, String closing) {
        lineBalances.add(new LineBalance(plus, minus, closing));
        return this;
    }

    TableLayout columnBalance(List<String> plus, List<String> minus, String closing) {
        columnBalances.add(new ColumnBalance(plus, minus, closing));
        return this;
    }

    TableLayout lineRate(String rate, String part, String whole) {
        lineRates.add(new Rate(rate, part, whole));
        return this;
    }

    TableLayout columnRate(String rate, String part, String whole) {
        columnRates.add(new Rate(rate, part, whole));
        return this;
    }

    TableLayout atMost(String part, String whole) {
        lineAtMost.add(new AtMost(part, whole));
        return this;
    }

    String lineLabel(String id) {
        return line(id).map(TableLine::label).orElse(id);
    }

    String columnLabel(String id) {
        return column(id).map(TableColumn::label).orElse(id);
    }

    @Override
    public String toString() {
        return "TableLayout" + Objects.toString(columns);
    }
}
