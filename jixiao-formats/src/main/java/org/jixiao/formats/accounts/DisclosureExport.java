package org.jixiao.formats.accounts;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.accounts.tables.DisclosureTables;
import org.jixiao.formats.report.CjkFont;
import org.jixiao.formats.report.DocxReport;
import org.jixiao.formats.report.PdfReport;
import org.jixiao.formats.report.ReportException;

/**
 * A unit's disclosure written as a file: {@link DisclosureReport} rendered by the same writers as the
 * self-evaluation reports. The streams are left open.
 */
public final class DisclosureExport {

    private DisclosureExport() {
    }

    /**
     * Word (.docx). The charts are drawn with the Chinese font {@code CjkFonts.find()} finds; where
     * there is none, each chart's place says so and the rest of the document is complete.
     *
     * @throws UncheckedIOException when writing fails
     */
    public static void docx(DisclosureTables tables, OutputStream out) {
        Objects.requireNonNull(out, "out");
        DocxReport.write(DisclosureReport.build(tables), out);
    }

    /**
     * PDF (A4), the font embedded as a subset and used for the charts' labels too.
     *
     * @param font from {@code CjkFonts.find()} or {@code CjkFonts.check(path)}
     * @throws ReportException {@code GLYPH_MISSING} when a text has a character the font lacks (nothing is written)
     * @throws UncheckedIOException when writing fails
     */
    public static void pdf(DisclosureTables tables, OutputStream out, CjkFont font) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(font, "font");
        PdfReport.write(DisclosureReport.build(tables, Optional.of(font)), out, font);
    }
}
