package org.jixiao.formats.published;

import java.util.List;
import java.util.Objects;
import org.jixiao.core.review.PublishedTable;

/**
 * One table as a format shows it, before pieces are joined: a Markdown pipe table, a block of
 * tab-separated lines, a {@code w:tbl} of a .docx. A table broken by a page break arrives as
 * several pieces; {@link PublishedDocumentBuilder} joins them.
 *
 * @param line            the line (or paragraph number) the piece starts on
 * @param declaredColumns the number of columns the format declares (a Markdown separator row, a
 *                        .docx grid), or 0 when the format declares none (tab-separated text)
 * @param firstRowIsHeader whether the format marks the first row as a header row (the row above
 *                        a Markdown separator row)
 * @param rows            the rows as read, cells trimmed, in order
 */
public record TablePiece(int line, int declaredColumns, boolean firstRowIsHeader, List<PublishedTable.Row> rows) {

    public TablePiece {
        Objects.requireNonNull(rows, "rows");
        rows = List.copyOf(rows);
        declaredColumns = Math.max(0, declaredColumns);
    }

    boolean declaresColumns() {
        return declaredColumns > 0;
    }

    PublishedTable.Row firstRow() {
        return rows.isEmpty() ? null : rows.get(0);
    }
}
