package org.jixiao.formats.xlsx;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Objects;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One worksheet written as it goes (dhatim fastexcel, streaming). The only ways in are
 * {@link #text} and {@link #number}: every text passes {@link SafeText} (no formula injection, no
 * character XML forbids), every number is a {@link BigDecimal} written as a number with a format
 * showing {@code scale} decimals. There is deliberately no way to write a formula.
 *
 * <p>Rows are kept in memory until {@link #flush()}; after a flush, earlier rows can no longer be
 * written. Rows and columns are 0-based.
 */
public final class XlsxWriter implements Closeable {

    /** How a cell looks; each cell gets one look, set together with its value. */
    public enum Look {
        PLAIN, BOLD, TITLE, HEADER, WRAP, BOLD_WRAP
    }

    private final Workbook workbook;
    private final Worksheet sheet;
    private boolean finished;

    private XlsxWriter(OutputStream out, String sheetName) {
        this.workbook = new Workbook(Objects.requireNonNull(out, "out"), "Jixiao", "1.0");
        this.sheet = workbook.newWorksheet(sheetName(sheetName));
    }

    /** A workbook with one sheet named {@code sheetName} (cut to Excel's 31 characters, forbidden characters replaced). */
    public static XlsxWriter open(OutputStream out, String sheetName) {
        return new XlsxWriter(out, sheetName);
    }

    /** A text cell; blank text writes nothing but the look. */
    public void text(int row, int col, String text, Look look) {
        String safe = SafeText.cell(text);
        if (!safe.isEmpty()) {
            sheet.value(row, col, safe);
        }
        style(row, col, look, null);
    }

    public void text(int row, int col, String text) {
        text(row, col, text, Look.PLAIN);
    }

    /** A number shown with {@code scale} decimals (the exact value is kept); null writes an empty cell. */
    public void number(int row, int col, BigDecimal value, int scale, Look look) {
        if (value == null) {
            style(row, col, look, null);
            return;
        }
        // a negative scale (1E+1) would be written in exponent form; the plain form reads everywhere
        sheet.value(row, col, value.scale() < 0 ? value.setScale(0) : value);
        style(row, col, look, format(scale));
    }

    /** A fraction shown as a percentage with two decimals (0.0657 → 6.57%). */
    public void percent(int row, int col, BigDecimal fraction, Look look) {
        if (fraction == null) {
            style(row, col, look, null);
            return;
        }
        sheet.value(row, col, fraction.scale() < 0 ? fraction.setScale(0) : fraction);
        style(row, col, look, "0.00%");
    }

    public void integer(int row, int col, long value, Look look) {
        sheet.value(row, col, value);
        style(row, col, look, "0");
    }

    /** Merges a block of cells (write the value into its top-left cell). */
    public void merge(int top, int left, int bottom, int right) {
        sheet.range(top, left, bottom, right).merge();
    }

    /** Column width in characters (whole characters: nothing here needs fractions). */
    public void width(int col, int characters) {
        sheet.width(col, characters);
    }

    /** The first {@code rows} rows stay in view when scrolling. */
    public void freezeRows(int rows) {
        sheet.freezePane(0, rows);
    }

    /** An autofilter over the rows headerRow..lastRow and the columns firstCol..lastCol. */
    public void autoFilter(int headerRow, int firstCol, int lastRow, int lastCol) {
        sheet.setAutoFilter(headerRow, firstCol, Math.max(headerRow, lastRow), lastCol);
    }

    /** Printed across one page width, landscape. */
    public void landscapeOnePageWide() {
        sheet.pageOrientation("landscape");
        sheet.setFitToPage(true);
        sheet.fitToWidth((short) 1);
        sheet.fitToHeight((short) 0);
    }

    /** Writes the rows so far to the stream and frees them. */
    public void flush() {
        try {
            sheet.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Completes the file; the stream stays open (the caller owns it). */
    public void finish() {
        if (finished) {
            return;
        }
        finished = true;
        try {
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        finish();
    }

    private void style(int row, int col, Look look, String format) {
        if (look == Look.PLAIN && format == null) {
            return;
        }
        StyleSetter s = sheet.style(row, col);
        if (format != null) {
            s.format(format);
        }
        switch (look) {
            case BOLD -> s.bold();
            case TITLE -> s.bold().fontSize(16).horizontalAlignment("center");
            case HEADER -> s.bold().fillColor("DDEBF7").borderStyle(BorderStyle.THIN).wrapText(true)
                    .horizontalAlignment("center").verticalAlignment("center");
            case WRAP -> s.wrapText(true).verticalAlignment("top");
            case BOLD_WRAP -> s.bold().wrapText(true).verticalAlignment("top");
            case PLAIN -> {
            }
        }
        s.set();
    }

    /** "0" for whole numbers, "0.00" for two decimals, …; at most 10 decimals are shown. */
    static String format(int scale) {
        int shown = Math.max(0, Math.min(scale, 10));
        return shown == 0 ? "0" : "0." + "0".repeat(shown);
    }

    static String sheetName(String name) {
        String cleaned = SafeText.xmlLegal(name == null ? "" : name).replaceAll("[/\\\\?*\\[\\]:']", "_").strip();
        if (cleaned.isEmpty()) {
            cleaned = "Sheet1";
        }
        return cleaned.length() <= 31 ? cleaned : cleaned.substring(0, 31);
    }
}
