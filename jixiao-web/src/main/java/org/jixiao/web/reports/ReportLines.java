package org.jixiao.web.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.jixiao.core.review.PublishedDocument;
import org.jixiao.core.review.PublishedTable;

/**
 * A report's text as numbered lines, numbered as the reviewer numbers them, so that "第12行" in a
 * finding is line 12 here.
 */
final class ReportLines {

    private ReportLines() {
    }

    /** Lines of text as {@code PublishedText} counts them: "\n", "\r\n" and "\r" end a line; a leading BOM is ignored. */
    static List<String> of(String text) {
        List<String> lines = new ArrayList<>();
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        int n = text.length();
        for (int i = start; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /**
     * A .docx as read, written back one line per block (the .docx reader's line N is the N-th paragraph
     * or table row): prose as is, a row as "| a | b |" with line breaks inside a cell shown as " / ".
     * Lines the document no longer holds (empty paragraphs, header rows repeated after a page break,
     * which the reader drops) are blank, so the numbers still match.
     */
    static String render(PublishedDocument document) {
        TreeMap<Integer, String> lines = new TreeMap<>();
        for (PublishedDocument.Paragraph p : document.paragraphs()) {
            // a paragraph with manual line breaks is several prose entries on one line
            lines.merge(p.line(), oneLine(p.text()), (a, b) -> a + " / " + b);
        }
        for (PublishedTable table : document.tables()) {
            for (PublishedTable.Row row : table.rows()) {
                lines.put(row.line(), row(row.cells()));
            }
        }
        for (PublishedDocument.Unreadable u : document.unreadable()) {
            if (u.line() > 0 && !u.text().isBlank()) {
                lines.putIfAbsent(u.line(), oneLine(u.text()));
            }
        }
        StringBuilder text = new StringBuilder();
        int last = lines.isEmpty() ? 0 : lines.lastKey();
        for (int n = 1; n <= last; n++) {
            text.append(lines.getOrDefault(n, "")).append('\n');
        }
        return text.toString();
    }

    private static String row(List<String> cells) {
        StringBuilder row = new StringBuilder("|");
        for (String cell : cells) {
            row.append(' ').append(oneLine(cell)).append(" |");
        }
        return row.toString();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\R", " / ");
    }
}
