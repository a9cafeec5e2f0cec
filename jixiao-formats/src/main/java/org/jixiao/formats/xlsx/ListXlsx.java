package org.jixiao.formats.xlsx;

import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import org.jixiao.formats.xlsx.XlsxWriter.Look;

/**
 * A list of tables as one sheet: a header row (frozen, with an autofilter), then one row per table.
 * Rows are streamed: they go to the output every {@value #FLUSH_EVERY} rows, so memory does not grow
 * with the list (fastexcel keeps only the shared strings). Use it in a try-with-resources block;
 * closing completes the file.
 */
public final class ListXlsx implements AutoCloseable {

    static final int FLUSH_EVERY = 1_000;
    /** Totals are shown with two decimals, as the list page shows them. */
    static final int TOTAL_SCALE = 2;

    private final XlsxWriter out;
    private final int columns;
    private int row;

    private ListXlsx(OutputStream stream, ListHeadings headings) {
        Objects.requireNonNull(headings, "headings");
        this.out = XlsxWriter.open(stream, headings.sheet());
        List<String> heads = headings.columns();
        this.columns = heads.size();
        int[] widths = {28, 40, 8, 10, 10, 8, 8, 8};
        for (int c = 0; c < columns; c++) {
            out.width(c, widths[c]);
            out.text(0, c, heads.get(c), Look.HEADER);
        }
        out.freezeRows(1);
        row = 1;
    }

    /** A list export to {@code stream} (left open when closed) with this header row. */
    public static ListXlsx open(OutputStream stream, ListHeadings headings) {
        return new ListXlsx(stream, headings);
    }

    /** Writes every row and completes the file. */
    public static void write(OutputStream stream, ListHeadings headings, Iterable<ListRow> rows) {
        try (ListXlsx list = open(stream, headings)) {
            for (ListRow r : rows) {
                list.add(r);
            }
        }
    }

    public void add(ListRow r) {
        Objects.requireNonNull(r, "row");
        out.text(row, 0, r.unit());
        out.text(row, 1, r.project());
        out.integer(row, 2, r.year(), Look.PLAIN);
        out.text(row, 3, r.status());
        out.number(row, 4, r.total(), TOTAL_SCALE, Look.PLAIN);
        out.text(row, 5, r.grade());
        out.integer(row, 6, r.errors(), Look.PLAIN);
        out.integer(row, 7, r.warnings(), Look.PLAIN);
        row++;
        if ((row - 1) % FLUSH_EVERY == 0) {
            out.flush();
        }
    }

    /** Rows written so far, the header not counted. */
    public int rows() {
        return row - 1;
    }

    @Override
    public void close() {
        // the filter covers the header and every row written (just the header when the list is empty)
        out.autoFilter(0, 0, row - 1, columns - 1);
        out.finish();
    }
}
