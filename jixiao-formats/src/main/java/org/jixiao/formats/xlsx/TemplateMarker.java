package org.jixiao.formats.xlsx;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.core.framework.Framework;

/**
 * What a workbook Jixiao wrote says about itself, in a very hidden sheet {@value #SHEET} of
 * key–value rows: the format and its version, the framework (id and year), the form's kind, the sheet
 * that holds the form, and whether it is a blank template or an export. The importer uses it to know
 * the framework without guessing; a workbook without it (made by hand, or copied into a new file) is
 * matched by its indicator names instead.
 *
 * @param content {@value #TEMPLATE} or {@value #SCORE_SHEET}
 */
record TemplateMarker(int version, String frameworkId, int frameworkYear, String kind, String sheet, String content) {

    static final String SHEET = "_jixiao";
    static final String FORMAT = "jixiao-xlsx";
    /** The version this code writes and the highest it reads. */
    static final int VERSION = 1;
    static final String TEMPLATE = "template";
    static final String SCORE_SHEET = "score-sheet";

    static TemplateMarker of(Framework framework, String sheet, String content) {
        return new TemplateMarker(VERSION, framework.id(), framework.year(), framework.kind().name(), sheet, content);
    }

    /** The rows of the marker sheet, in order. */
    Map<String, String> entries() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("format", FORMAT);
        out.put("version", String.valueOf(version));
        out.put("framework", frameworkId);
        out.put("framework-year", String.valueOf(frameworkYear));
        out.put("kind", kind);
        out.put("sheet", sheet);
        out.put("content", content);
        return out;
    }

    /** Writes the marker as a new, very hidden sheet; the writer then stays on it. */
    void write(XlsxWriter out) {
        out.newSheet(SHEET);
        out.hideSheet();
        int row = 0;
        for (Map.Entry<String, String> e : entries().entrySet()) {
            out.text(row, 0, e.getKey());
            out.text(row, 1, e.getValue());
            row++;
        }
    }
}
