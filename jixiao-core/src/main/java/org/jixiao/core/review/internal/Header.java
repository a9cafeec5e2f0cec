package org.jixiao.core.review.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.review.Column;
import org.jixiao.core.review.PublishedTable;

/**
 * A header row of a published table and the columns it names. Tables continued after a page break
 * often change layout (a wide piece with empty spacer columns, then a narrow one without a header),
 * so a row is mapped positionally when it has the header's width, by the header's named columns
 * alone when it has their count, and otherwise positionally as far as it goes.
 */
public record Header(PublishedTable.Row row, Map<Integer, Column> columns) {

    /** The header if at least {@code minimum} of the row's cells name known columns. */
    public static Optional<Header> of(PublishedTable.Row row, int minimum) {
        Map<Integer, Column> columns = new java.util.LinkedHashMap<>();
        for (int i = 0; i < row.cells().size(); i++) {
            int index = i;
            Column.of(row.cell(i)).ifPresent(c -> {
                if (!columns.containsValue(c)) {
                    columns.put(index, c);
                }
            });
        }
        return columns.size() >= minimum ? Optional.of(new Header(row, columns)) : Optional.empty();
    }

    public boolean has(Column column) {
        return columns.containsValue(column);
    }

    public int width() {
        return row.cells().size();
    }

    /** The cells of a data row by column. */
    public Map<Column, String> read(PublishedTable.Row data) {
        Map<Column, String> out = new EnumMap<>(Column.class);
        int width = trimmedWidth(data);
        if (data.cells().size() == width() || width == width()) {
            columns.forEach((index, column) -> out.put(column, data.cell(index)));
            return out;
        }
        List<Integer> named = new ArrayList<>(columns.keySet());
        List<Integer> nonBlankHeader = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            if (!row.cell(i).isBlank()) {
                nonBlankHeader.add(i);
            }
        }
        if (data.cells().size() == nonBlankHeader.size() || width == nonBlankHeader.size()) {
            for (int i = 0; i < nonBlankHeader.size(); i++) {
                Column column = columns.get(nonBlankHeader.get(i));
                if (column != null) {
                    out.put(column, data.cell(i));
                }
            }
            return out;
        }
        for (int index : named) {
            if (index < data.cells().size()) {
                out.put(columns.get(index), data.cell(index));
            }
        }
        return out;
    }

    private static int trimmedWidth(PublishedTable.Row row) {
        int w = row.cells().size();
        while (w > 0 && row.cell(w - 1).isBlank()) {
            w--;
        }
        return w;
    }
}
