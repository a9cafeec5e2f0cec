package org.jixiao.formats.report;

import java.util.Base64;
import java.util.List;
import org.jixiao.formats.report.Report.Block;
import org.jixiao.formats.report.Report.Column;
import org.jixiao.formats.report.Report.Figure;
import org.jixiao.formats.report.Report.Paragraph;
import org.jixiao.formats.report.Report.Row;
import org.jixiao.formats.report.Report.Section;
import org.jixiao.formats.report.Report.Subheading;
import org.jixiao.formats.report.Report.Table;
import org.jixiao.formats.xlsx.SafeText;

/**
 * The report as an XHTML document for openhtmltopdf: A4, one font family for everything (the
 * embedded Chinese font), the tables' heading rows repeated on every page (a two-row heading with
 * {@code rowspan} and {@code colspan}), figures as inline PNG images. Every text goes through
 * {@link #escape}: the model's texts are data (a unit may be called "A&lt;B&gt;"), never markup.
 */
final class Xhtml {

    /** The CSS family name the embedded font is registered under. */
    static final String FAMILY = "jixiao-cjk";

    /** The page footer's words; {@code counter(page)} and {@code counter(pages)} go between them. */
    static final String FOOTER_WORDS = "第页共";

    private Xhtml() {
    }

    static String of(Report report) {
        StringBuilder out = new StringBuilder(16_384);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(report.title())).append("</title><style>").append(css()).append("</style></head><body>");
        out.append("<h1>").append(text(report.title())).append("</h1>");
        for (Section section : report.sections()) {
            out.append("<h2>").append(text(section.heading())).append("</h2>");
            for (Block block : section.blocks()) {
                if (block instanceof Subheading s) {
                    out.append("<h3>").append(text(s.text())).append("</h3>");
                } else if (block instanceof Paragraph p) {
                    out.append("<p>").append(text(p.text())).append("</p>");
                } else if (block instanceof Table t) {
                    table(t, out);
                } else if (block instanceof Figure f) {
                    figure(f, out);
                }
            }
        }
        return out.append("</body></html>").toString();
    }

    private static String css() {
        String font = "font-family: '" + FAMILY + "';";
        return "@page { size: A4; margin: 20mm 16mm 20mm 16mm;"
                + " @bottom-center { content: '第 ' counter(page) ' 页，共 ' counter(pages) ' 页'; " + font + " font-size: 9pt; } }"
                + " body { " + font + " font-size: 10.5pt; line-height: 1.55; }"
                + " h1 { font-size: 17pt; text-align: center; margin: 0 0 12pt 0; }"
                + " h2 { font-size: 13.5pt; margin: 12pt 0 6pt 0; page-break-after: avoid; }"
                + " h3 { font-size: 11.5pt; margin: 8pt 0 4pt 0; page-break-after: avoid; }"
                + " p { text-indent: 2em; margin: 2pt 0; }"
                + " table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 6pt 0;"
                + " -fs-table-paginate: paginate; font-size: 8.5pt; line-height: 1.35; }"
                + " thead { display: table-header-group; }"
                + " tr { page-break-inside: avoid; }"
                + " th, td { border: 0.6pt solid #000; padding: 2pt 3pt; vertical-align: middle; word-wrap: break-word; }"
                + " th { background-color: #e8e8e8; text-align: center; }"
                + " td.n { text-align: right; }"
                + " tr.subtotal td { background-color: #f4f4f4; }"
                + " tr.total td { background-color: #e8e8e8; }"
                + " .fill { background-color: #fff0a0; }"
                + " div.figure { text-align: center; margin: 6pt 0; page-break-inside: avoid; }"
                + " p.caption { text-indent: 0; text-align: center; font-size: 10pt; margin: 2pt 0 6pt 0; }"
                + " * { " + font + " }";
    }

    private static void table(Table table, StringBuilder out) {
        List<Column> columns = table.columns();
        out.append("<table><colgroup>");
        for (Column column : columns) {
            out.append("<col style=\"width: ").append(column.percent()).append("%\"/>");
        }
        out.append("</colgroup><thead><tr>");
        if (!table.grouped()) {
            for (Column column : columns) {
                out.append("<th>").append(text(column.heading())).append("</th>");
            }
        } else {
            // a group over its columns (colspan), an ungrouped column over both heading rows (rowspan)
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                if (column.group().isEmpty()) {
                    out.append("<th rowspan=\"2\">").append(text(column.heading())).append("</th>");
                } else if (table.startsGroup(c)) {
                    out.append("<th colspan=\"").append(table.groupSpan(c)).append("\">").append(text(column.group())).append("</th>");
                }
            }
            out.append("</tr><tr>");
            for (Column column : columns) {
                if (!column.group().isEmpty()) {
                    out.append("<th>").append(text(column.heading())).append("</th>");
                }
            }
        }
        out.append("</tr></thead><tbody>");
        for (Row row : table.rows()) {
            String style = switch (row.style()) {
                case NORMAL -> "";
                case SUBTOTAL -> " class=\"subtotal\"";
                case TOTAL -> " class=\"total\"";
            };
            out.append("<tr").append(style).append(">");
            List<String> cells = row.cells();
            for (int c = 0; c < cells.size(); c += c == 0 ? row.span() : 1) {
                out.append("<td");
                if (c == 0 && row.span() > 1) {
                    out.append(" colspan=\"").append(row.span()).append("\"");
                }
                out.append(columns.get(c).numeric() ? " class=\"n\">" : ">").append(text(cells.get(c))).append("</td>");
            }
            out.append("</tr>");
        }
        out.append("</tbody></table>");
    }

    /** The PNG inline as a data URI (nothing is fetched), at its share of the text width; the caption below. */
    private static void figure(Figure figure, StringBuilder out) {
        out.append("<div class=\"figure\"><img src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(figure.png())).append("\" alt=\"").append(escape(figure.caption()))
                .append("\" style=\"width: ").append(figure.percent()).append("%;\"/><p class=\"caption\">")
                .append(text(figure.caption())).append("</p></div>");
    }

    /** Escaped text, line breaks as {@code <br/>}, the placeholder marked so it shows. */
    static String text(String text) {
        String escaped = escape(text);
        escaped = escaped.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "<br/>");
        return escaped.replace(Report.PLACEHOLDER, "<span class=\"fill\">" + Report.PLACEHOLDER + "</span>");
    }

    /** XML-escaped, without the characters XML 1.0 cannot carry (control characters draw nothing anyway). */
    static String escape(String text) {
        String legal = SafeText.xmlLegal(text);
        StringBuilder out = new StringBuilder(legal.length() + 16);
        for (int i = 0; i < legal.length(); i++) {
            char c = legal.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
