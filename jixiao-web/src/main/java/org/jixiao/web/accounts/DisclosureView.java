package org.jixiao.web.accounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.accounts.disclosure.Sentence;
import org.jixiao.core.accounts.tables.DisclosureRow;
import org.jixiao.core.accounts.tables.DisclosureTable;
import org.jixiao.core.accounts.tables.DisclosureTables;
import org.jixiao.core.accounts.tables.LayoutPart;
import org.jixiao.core.accounts.tables.Quantity;
import org.jixiao.core.accounts.tables.StandardTable;
import org.jixiao.core.accounts.tables.TableColumn;
import org.jixiao.core.accounts.tables.TableLine;
import org.jixiao.core.number.MoneyUnit;
import org.jixiao.core.review.Finding;

/**
 * What the disclosure page shows, built from the core's results only: every table with its merged
 * header and rows (each row that a finding names is marked and linked to it), the findings (each
 * linked back to its table and row), and the generated narrative by section with its causes marked
 * as for a person to write. Nothing here computes a figure: values are shown as stored, findings and
 * sentences are the core's.
 */
public record DisclosureView(List<TableView> tables, List<FindingView> findings, List<Section> sections, int errors, int warnings,
                             List<Absent> absent) {

    /** A standard table the disclosure does not have (a workbook without its sheet): it can be entered. */
    public record Absent(StandardTable table, String title) {
    }

    /** A header cell: its label, how many columns and header rows it spans. */
    public record HeaderCell(String label, int colspan, int rowspan) {
    }

    /** A shown row: anchor, code (code rows), label, indent level, the cells as shown, the findings naming it. */
    public record RowView(String anchor, String code, String label, int level, boolean line, List<String> cells,
                   List<String> findingAnchors, String worst) {
        public boolean flagged() {
            return !findingAnchors.isEmpty();
        }
    }

    /**
     * A table: its title and money unit, whether it has a code column, the header over the value
     * columns ({@code top}, and {@code bottom} under the groups; the code and name headers span
     * {@code headerRows}), its rows in the layout's order and how many findings name it.
     */
    public record TableView(StandardTable table, String anchor, String title, String moneyUnit, boolean codes, int headerRows,
                     List<HeaderCell> top, List<HeaderCell> bottom, List<RowView> rows, int findings) {
    }

    /** A finding with where it points on the page (the row's anchor, else the table's, else none). */
    public record FindingView(String anchor, String code, String severity, String table, String tableAnchor, String row,
                       String rowAnchor, String location, String message, String expected, String found) {
        public String severityKey() {
            return "accounts.severity." + severity;
        }

        public String target() {
            return rowAnchor != null ? rowAnchor : tableAnchor;
        }
    }

    /** A part of the narrative: a generated sentence, or a cause for a person to write (its lead-in only). */
    public record Part(String text, boolean toWrite) {
    }

    /** The sentences about one subject, in order ("收入、支出决算总计·与年初预算相比": the change, then its cause). */
    public record Statement(String subject, List<Part> parts) {
    }

    /** A section of the narrative: its number (1 for 一) and statements. */
    public record Section(int number, String numeral, List<Statement> statements) {
        public String titleKey() {
            return "accounts.section." + number;
        }
    }

    private static final List<String> NUMERALS = List.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一",
            "十二", "十三", "十四");

    static DisclosureView of(DisclosureTables tables, List<Finding> findings, List<Sentence> sentences) {
        Map<String, List<String>> byRow = new LinkedHashMap<>();
        Map<String, String> worstByRow = new LinkedHashMap<>();
        Map<StandardTable, Integer> byTable = new LinkedHashMap<>();
        List<FindingView> views = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            String anchor = "finding-" + (i + 1);
            Optional<DisclosureTable> table = StandardTable.byTitle(f.table()).flatMap(tables::table);
            String tableAnchor = table.map(t -> tableAnchor(t.table())).orElse(null);
            String rowAnchor = table.flatMap(t -> rowOf(t, f.row()).map(key -> rowAnchor(t.table(), key))).orElse(null);
            views.add(new FindingView(anchor, f.code(), f.severity().name(), f.table(), tableAnchor, f.row(), rowAnchor,
                    f.location(), f.message(), f.expected(), f.found()));
            table.ifPresent(t -> byTable.merge(t.table(), 1, Integer::sum));
            if (rowAnchor != null) {
                byRow.computeIfAbsent(rowAnchor, k -> new ArrayList<>()).add(anchor);
                worstByRow.merge(rowAnchor, f.severity().name(), DisclosureView::worse);
            }
        }
        List<TableView> tableViews = new ArrayList<>();
        for (DisclosureTable t : tables.tables()) {
            tableViews.add(table(t, byRow, worstByRow, byTable.getOrDefault(t.table(), 0)));
        }
        int errors = (int) findings.stream().filter(Finding::isError).count();
        List<Absent> absent = new ArrayList<>();
        for (StandardTable t : StandardTable.values()) {
            if (tables.table(t).isEmpty()) {
                absent.add(new Absent(t, t.numberedTitle()));
            }
        }
        return new DisclosureView(tableViews, views, sections(sentences), errors, findings.size() - errors, List.copyOf(absent));
    }

    /** The view of one table of this disclosure (its header, its rows with their marks), if it has the table. */
    Optional<TableView> table(StandardTable which) {
        return tables.stream().filter(t -> t.table() == which).findFirst();
    }

    /** The findings that point at one table. */
    List<FindingView> findingsOf(StandardTable which) {
        String anchor = tableAnchor(which);
        return findings.stream().filter(f -> anchor.equals(f.tableAnchor())).toList();
    }

    /** A table's header without figures (a table the disclosure does not have yet). */
    static TableView empty(StandardTable which) {
        return table(new DisclosureTable(which, MoneyUnit.WAN_YUAN, List.of()), Map.of(), Map.of(), 0);
    }

    private static String worse(String a, String b) {
        List<String> order = List.of("ERROR", "WARNING", "INFO");
        return order.indexOf(a) <= order.indexOf(b) ? a : b;
    }

    static String tableAnchor(StandardTable t) {
        return "table-" + t.number();
    }

    static String rowAnchor(StandardTable t, String key) {
        return "table-" + t.number() + "-" + key;
    }

    /** The key of the row a finding names by its label ("收入总计", "2059999 其他教育支出"); a fixed line need not be filled. */
    private static Optional<String> rowOf(DisclosureTable t, String label) {
        if (label == null || label.isEmpty()) {
            return Optional.empty();
        }
        for (DisclosureRow r : t.rows()) {
            if (t.label(r).equals(label)) {
                return Optional.of(r.key());
            }
        }
        return t.layout().lines().stream().filter(l -> l.label().equals(label)).map(TableLine::id).findFirst();
    }

    private static TableView table(DisclosureTable t, Map<String, List<String>> byRow, Map<String, String> worstByRow, int findings) {
        List<TableColumn> columns = t.layout().columns();
        boolean codes = t.layout().codeRows().isPresent();
        boolean grouped = columns.stream().anyMatch(c -> !c.group().isEmpty());
        int headerRows = grouped ? 2 : 1;
        List<HeaderCell> top = new ArrayList<>();
        List<HeaderCell> bottom = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            TableColumn c = columns.get(i);
            if (c.group().isEmpty()) {
                top.add(new HeaderCell(c.label(), 1, headerRows));
                continue;
            }
            int span = 1;
            while (i + span < columns.size() && columns.get(i + span).group().equals(c.group())) {
                span++;
            }
            top.add(new HeaderCell(c.group(), span, 1));
            for (int j = i; j < i + span; j++) {
                bottom.add(new HeaderCell(columns.get(j).label(), 1, 1));
            }
            i += span - 1;
        }
        List<RowView> rows = new ArrayList<>();
        for (LayoutPart part : t.layout().parts()) {
            if (part instanceof TableLine line) {
                Optional<DisclosureRow> row = t.row(line.id());
                rows.add(row(t, line.id(), "", line.label(), 0, true, row.map(DisclosureRow::values).orElse(Map.of()),
                        line.quantity(), byRow, worstByRow));
            } else {
                for (DisclosureRow r : t.codeRows()) {
                    int level = r.key().length() <= 3 ? 0 : r.key().length() <= 5 ? 1 : 2;
                    rows.add(row(t, r.key(), r.key(), r.name(), level, false, r.values(), Quantity.MONEY, byRow, worstByRow));
                }
            }
        }
        return new TableView(t.table(), tableAnchor(t.table()), t.table().numberedTitle(), t.unit().label(), codes, headerRows,
                top, bottom, rows, findings);
    }

    private static RowView row(DisclosureTable t, String key, String code, String label, int level, boolean line,
                               Map<String, BigDecimal> values, Quantity quantity, Map<String, List<String>> byRow,
                               Map<String, String> worstByRow) {
        List<String> cells = new ArrayList<>();
        for (TableColumn c : t.layout().columns()) {
            BigDecimal v = values.get(c.id());
            cells.add(v == null ? "" : shown(v, quantity));
        }
        String anchor = rowAnchor(t.table(), key);
        return new RowView(anchor, code, label, level, line, cells, byRow.getOrDefault(anchor, List.of()),
                worstByRow.getOrDefault(anchor, ""));
    }

    /**
     * A figure as the tables publish it: money and rates with two decimals, counts whole. A figure
     * stored with more decimals is shown with all of them: the page never hides what was uploaded.
     */
    static String shown(BigDecimal v, Quantity quantity) {
        if (quantity == Quantity.COUNT || v.scale() > 2) {
            return v.toPlainString();
        }
        return v.setScale(2).toPlainString();
    }

    private static List<Section> sections(List<Sentence> sentences) {
        Map<String, List<Statement>> bySection = new LinkedHashMap<>();
        for (Sentence s : sentences) {
            List<Statement> statements = bySection.computeIfAbsent(s.section(), k -> new ArrayList<>());
            Statement last = statements.isEmpty() ? null : statements.get(statements.size() - 1);
            Part part = s.isPlaceholder()
                    ? new Part(s.text().replace(Sentence.CAUSE_PLACEHOLDER, "").strip(), true)
                    : new Part(s.text(), false);
            if (last != null && last.subject().equals(s.subject())) {
                last.parts().add(part);
            } else {
                List<Part> parts = new ArrayList<>();
                parts.add(part);
                statements.add(new Statement(s.subject(), parts));
            }
        }
        List<Section> out = new ArrayList<>();
        bySection.forEach((numeral, statements) -> out.add(new Section(NUMERALS.indexOf(numeral) + 1, numeral, statements)));
        return out;
    }
}
