package org.jixiao.core.review;

import java.util.List;
import java.util.Objects;

/**
 * A table as published: its title (the nearest heading or caption before it, if any), the line it
 * starts on, and its rows of cell texts as written — merged cells left blank, header words broken by
 * spaces, repeated header rows and continuation pieces after a page break already joined into one
 * table by the reader, in order.
 */
public record PublishedTable(String title, int line, List<Row> rows) {

    public PublishedTable {
        title = title == null ? "" : title;
        rows = List.copyOf(rows);
    }

    /** One row: the cells as written (never null; a blank cell is ""), and the line it was read from. */
    public record Row(int line, List<String> cells) {
        public Row {
            Objects.requireNonNull(cells, "cells");
            cells = List.copyOf(cells);
        }

        public String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }

        public boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }
}
