package org.jixiao.formats.xlsx;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A workbook written as it goes (dhatim fastexcel, streaming), one sheet at a time. Text goes in
 * through {@link #text}: it passes {@link SafeText} (no formula injection, no character XML forbids).
 * Numbers go in through {@link #number}: a {@link BigDecimal} written as a number with a format
 * showing {@code scale} decimals. The package may add sums as formulas ({@link #formula}), built from
 * cell positions it computed; no text a user typed ever becomes a formula.
 *
 * <p>Rows are kept in memory until {@link #flush()}; after a flush, earlier rows can no longer be
 * written. Rows and columns are 0-based.
 */
public final class XlsxWriter implements Closeable {

    /** How a cell looks; each cell gets one look, set together with its value. */
    public enum Look {
        PLAIN, BOLD, TITLE, HEADER, WRAP, BOLD_WRAP,
        /** Bold and centred: the line under a form's title. */
        SUBTITLE,
        /** A cell of a form's table: thin borders, wrapped. */
        CELL,
        /** A subtotal or total line of a form's table: bold, shaded, thin borders. */
        CELL_BOLD,
        /** A cell a person fills in on a template: light yellow, thin borders, wrapped. */
        INPUT
    }

    /** The longest formula Excel accepts, in characters. */
    static final int MAX_FORMULA_CHARS = 8_192;
    /** The longest inline list a data validation may hold (Excel: 255 characters, commas included). */
    static final int MAX_LIST_CHARS = 255;

    private final Workbook workbook;
    private Worksheet sheet;
    private boolean finished;

    private XlsxWriter(OutputStream out, String sheetName) {
        this.workbook = new Workbook(Objects.requireNonNull(out, "out"), "Jixiao", "1.0");
        this.sheet = workbook.newWorksheet(sheetName(sheetName));
    }

    /** A workbook with one sheet named {@code sheetName} (cut to Excel's 31 characters, forbidden characters replaced). */
    public static XlsxWriter open(OutputStream out, String sheetName) {
        return new XlsxWriter(out, sheetName);
    }

    /** Starts another sheet; from now on every cell goes to it. */
    void newSheet(String sheetName) {
        sheet = workbook.newWorksheet(sheetName(sheetName));
    }

    /** The sheet being written is hidden so that a person cannot show it from Excel's menus ("very hidden"). */
    void hideSheet() {
        sheet.setVisibilityState(VisibilityState.VERY_HIDDEN);
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

    /** A number shown with {@code scale} decimals (the exact value is kept); null writes an empty cell with that format. */
    public void number(int row, int col, BigDecimal value, int scale, Look look) {
        if (value == null) {
            style(row, col, look, format(scale));
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

    /**
     * A formula the package built from cell positions ("ROUND(SUM(H9:H14),2)"), shown with {@code scale}
     * decimals. Never give it text from a user. Returns false, writing nothing but the look, when the
     * formula is longer than Excel accepts.
     */
    boolean formula(int row, int col, String expression, int scale, Look look) {
        return formula(row, col, expression, format(scale), look);
    }

    /** {@link #formula(int, int, String, int, Look)} with a number format of its own ("0.00%"). */
    boolean formula(int row, int col, String expression, String numberFormat, Look look) {
        style(row, col, look, numberFormat);
        if (expression.length() > MAX_FORMULA_CHARS) {
            return false;
        }
        // fastexcel writes the expression as it is into <f>…</f>: the XML escaping is ours
        sheet.formula(row, col, xmlEscaped(expression));
        return true;
    }

    /** A text formula (a grade chosen by IF) the package built; see {@link #formula}. */
    boolean textFormula(int row, int col, String expression, Look look) {
        style(row, col, look, null);
        if (expression.length() > MAX_FORMULA_CHARS) {
            return false;
        }
        sheet.formula(row, col, xmlEscaped(expression));
        return true;
    }

    /**
     * A drop-down list of {@code items} on the cells top..bottom × left..right. With {@code strict},
     * other input is refused; otherwise Excel warns and lets it stand. Items that an inline list cannot
     * hold (a comma, a quote, a control character, or more than 255 characters in all) give no list:
     * returns false and writes nothing.
     */
    boolean dropDown(int top, int left, int bottom, int right, List<String> items, boolean strict) {
        if (items.isEmpty()) {
            return false;
        }
        StringBuilder list = new StringBuilder();
        for (String item : items) {
            if (item.isEmpty() || !SafeText.xmlLegal(item).equals(item) || item.chars().anyMatch(ch -> ch == ',' || ch == '"'
                    || ch == '，' || ch < 0x20)) {
                return false;
            }
            list.append(list.length() == 0 ? "" : ",").append(item);
        }
        if (list.length() > MAX_LIST_CHARS) {
            return false;
        }
        // error title and text are written into XML attributes as they are: plain words, no quotes or markup
        sheet.range(top, left, bottom, right).validateWithListByFormula(xmlEscaped("\"" + list + "\""))
                .allowBlank(true).showDropdown(true).showErrorMessage(true)
                .errorStyle(strict ? DataValidationErrorStyle.STOP : DataValidationErrorStyle.WARNING)
                .errorTitle("请从列表中选择").error("评分办法只认列表中的档次；其他写法需人工认定得分");
        return true;
    }

    /** Printed on A4, landscape, one page wide; rows {@code from}..{@code to} repeated at the top of every page. */
    void printA4Landscape(int repeatFrom, int repeatTo) {
        sheet.paperSize(PaperSize.A4_PAPER);
        landscapeOnePageWide();
        sheet.repeatRows(repeatFrom, repeatTo);
    }

    /** Row height in points. */
    void height(int row, int points) {
        sheet.rowHeight(row, points);
    }

    /**
     * The height a row needs for its wrapped texts, in points: spreadsheets do not grow a row for
     * wrapped text they did not lay out themselves. A CJK character is taken as two widths of a digit.
     */
    static int heightFor(String[] texts, int[] widths) {
        int lines = 1;
        for (int i = 0; i < texts.length; i++) {
            String text = texts[i];
            if (text == null || text.isEmpty()) {
                continue;
            }
            int room = Math.max(1, widths[i] - 1);
            int shown = 0;
            int breaks = 1;
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                if (c == '\n') {
                    breaks++;
                    continue;
                }
                shown += c >= 0x2E80 ? 2 : 1;
            }
            lines = Math.max(lines, breaks + shown / room);
        }
        return Math.min(409, 15 * lines + 3);
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
            case SUBTITLE -> s.bold().horizontalAlignment("center");
            case CELL -> s.borderStyle(BorderStyle.THIN).wrapText(true).verticalAlignment("center");
            case CELL_BOLD -> s.bold().fillColor("F2F2F2").borderStyle(BorderStyle.THIN).wrapText(true)
                    .verticalAlignment("center");
            case INPUT -> s.fillColor("FFF9DB").borderStyle(BorderStyle.THIN).wrapText(true).verticalAlignment("center");
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

    static String xmlEscaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String sheetName(String name) {
        String cleaned = SafeText.xmlLegal(name == null ? "" : name).replaceAll("[/\\\\?*\\[\\]:']", "_").strip();
        if (cleaned.isEmpty()) {
            cleaned = "Sheet1";
        }
        return cleaned.length() <= 31 ? cleaned : cleaned.substring(0, 31);
    }
}
