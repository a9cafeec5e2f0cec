package org.jixiao.web.accounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jixiao.core.accounts.ClassificationText;
import org.jixiao.core.accounts.tables.CodeRows;
import org.jixiao.core.accounts.tables.DisclosureRow;
import org.jixiao.core.accounts.tables.DisclosureTable;
import org.jixiao.core.accounts.tables.LayoutPart;
import org.jixiao.core.accounts.tables.Quantity;
import org.jixiao.core.accounts.tables.StandardTable;
import org.jixiao.core.accounts.tables.TableColumn;
import org.jixiao.core.accounts.tables.TableLine;
import org.jixiao.core.number.Decimals;
import org.jixiao.core.number.MoneyUnit;
import org.springframework.util.MultiValueMap;

/**
 * One disclosure table as its edit form holds it: every input as text, exactly as shown or typed, so
 * a refused form comes back as the user left it. Fixed lines are {@code line.<id>.<column>}; code rows
 * are numbered, {@code row.<i>.code}, {@code row.<i>.name}, {@code row.<i>.<column>} and the checkbox
 * {@code row.<i>.remove}, with {@code rows} saying how many the form had (blank ones add a row).
 *
 * <p>{@link #parse} takes the text as people type figures ("1,234.50", full-width digits, "—" or blank
 * for nothing, "%" after a rate: the importer's rules, through the core's {@link Decimals}) and codes
 * as the importer does ({@link ClassificationText#code}, the layout's {@link CodeRows#allows}); the
 * table itself is built by the core's {@link DisclosureTable#builder}, which enforces the rest.
 */
public record TableForm(StandardTable table, String moneyUnit, List<Row> rows, int codeRows) {

    /** Blank code rows the form offers for new codes. */
    static final int BLANK_ROWS = 3;
    /** At most this many code rows in one form (the longest national list of one table is far shorter). */
    static final int MAX_CODE_ROWS = 2000;
    /** Longer text in a figure is not a figure. */
    private static final int MAX_FIGURE = 40;
    static final int MAX_NAME = 200;

    /** An input of the form: its name and its text. */
    public record Cell(String field, String value) {
    }

    /**
     * A row of the form in the layout's order: a fixed line ({@code line}: its id and label) or a code
     * row ({@code index}, the code and name as typed, whether it is marked for removal).
     */
    public record Row(boolean line, String key, int index, String label, Quantity quantity, Cell code, Cell name,
                      Cell remove, List<Cell> cells) {

        /** The anchor of the shown table's row this is (DisclosureView.rowAnchor), for the findings' marks. */
        public String anchorKey() {
            return line ? key : ClassificationText.code(code.value()).orElse("");
        }

        public boolean removed() {
            return remove != null && !remove.value().isEmpty();
        }

        /** 类 0, 款 1, 项 2, as the code typed says (a fixed line 0). */
        public int level() {
            String digits = line ? "" : ClassificationText.code(code.value()).orElse("");
            return digits.length() <= 3 ? 0 : digits.length() <= 5 ? 1 : 2;
        }
    }

    static String lineField(String id, String column) {
        return "line." + id + "." + column;
    }

    static String rowField(int index, String part) {
        return "row." + index + "." + part;
    }

    /** The form of a stored table (or of none yet: blank), figures as the page shows them, and blank code rows. */
    static TableForm of(StandardTable which, Optional<DisclosureTable> current, int blankRows) {
        List<TableColumn> columns = which.layout().columns();
        List<Row> rows = new ArrayList<>();
        int index = 0;
        for (LayoutPart part : which.layout().parts()) {
            if (part instanceof TableLine line) {
                Map<String, BigDecimal> values = current.flatMap(t -> t.row(line.id())).map(DisclosureRow::values).orElse(Map.of());
                List<Cell> cells = new ArrayList<>();
                for (TableColumn c : columns) {
                    BigDecimal v = values.get(c.id());
                    cells.add(new Cell(lineField(line.id(), c.id()), v == null ? "" : DisclosureView.shown(v, line.quantity())));
                }
                rows.add(new Row(true, line.id(), -1, line.label(), line.quantity(), null, null, null, cells));
            } else {
                for (DisclosureRow r : current.map(DisclosureTable::codeRows).orElse(List.of())) {
                    rows.add(codeRow(which, index++, r.key(), r.name(), r.values(), false));
                }
                for (int i = 0; i < blankRows; i++) {
                    rows.add(codeRow(which, index++, "", "", Map.of(), false));
                }
            }
        }
        MoneyUnit unit = current.map(DisclosureTable::unit).orElse(MoneyUnit.WAN_YUAN);
        return new TableForm(which, unit.name(), rows, index);
    }

    private static Row codeRow(StandardTable which, int index, String code, String name, Map<String, BigDecimal> values,
                               boolean remove) {
        List<Cell> cells = new ArrayList<>();
        for (TableColumn c : which.layout().columns()) {
            BigDecimal v = values.get(c.id());
            cells.add(new Cell(rowField(index, c.id()), v == null ? "" : DisclosureView.shown(v, Quantity.MONEY)));
        }
        return new Row(false, code, index, "", Quantity.MONEY, new Cell(rowField(index, "code"), code),
                new Cell(rowField(index, "name"), name), new Cell(rowField(index, "remove"), remove ? "1" : ""), cells);
    }

    /** The form as posted (absent fields are blank), with {@code moreRows} blank code rows added. */
    static TableForm posted(StandardTable which, MultiValueMap<String, String> form, int moreRows) {
        List<TableColumn> columns = which.layout().columns();
        int posted = Math.min(MAX_CODE_ROWS, Math.max(0, number(first(form, "rows"))));
        int total = Math.min(MAX_CODE_ROWS, posted + Math.max(0, moreRows));
        List<Row> rows = new ArrayList<>();
        for (LayoutPart part : which.layout().parts()) {
            if (part instanceof TableLine line) {
                List<Cell> cells = new ArrayList<>();
                for (TableColumn c : columns) {
                    String field = lineField(line.id(), c.id());
                    cells.add(new Cell(field, first(form, field)));
                }
                rows.add(new Row(true, line.id(), -1, line.label(), line.quantity(), null, null, null, cells));
            } else {
                for (int i = 0; i < total; i++) {
                    List<Cell> cells = new ArrayList<>();
                    for (TableColumn c : columns) {
                        String field = rowField(i, c.id());
                        cells.add(new Cell(field, first(form, field)));
                    }
                    String code = first(form, rowField(i, "code"));
                    rows.add(new Row(false, code, i, "", Quantity.MONEY, new Cell(rowField(i, "code"), code),
                            new Cell(rowField(i, "name"), first(form, rowField(i, "name"))),
                            new Cell(rowField(i, "remove"), first(form, rowField(i, "remove")).isEmpty() ? "" : "1"), cells));
                }
            }
        }
        return new TableForm(which, first(form, "moneyUnit"), rows, which.layout().codeRows().isPresent() ? total : 0);
    }

    private static String first(MultiValueMap<String, String> form, String field) {
        String v = form.getFirst(field);
        return v == null ? "" : v;
    }

    private static int number(String text) {
        String t = text.strip();
        return t.matches("\\d{1,6}") ? Integer.parseInt(t) : 0;
    }

    /** The table the form gives, or every problem in it (then no table). */
    record Parsed(Optional<DisclosureTable> table, List<TableEditProblem> problems) {
    }

    /**
     * Reads the form into a table. A fixed line is kept when it has a figure or was a row of
     * {@code before} (an uploaded workbook lists every line, blank or not: an edit changes only what
     * was changed); a code row with nothing typed in it, or marked for removal, is left out.
     */
    Parsed parse(Optional<DisclosureTable> before) {
        List<TableEditProblem> problems = new ArrayList<>();
        String title = "“" + table.title() + "”";
        // a form that does not send the unit (a script's) keeps the table's
        MoneyUnit unit = moneyUnit.isBlank() ? before.map(DisclosureTable::unit).orElse(MoneyUnit.WAN_YUAN) : null;
        for (MoneyUnit u : MoneyUnit.values()) {
            if (u.name().equals(moneyUnit.strip())) {
                unit = u;
            }
        }
        if (unit == null) {
            problems.add(new TableEditProblem("", "", "moneyUnit", TableEditProblem.BAD_MONEY_UNIT,
                    title + "的金额单位应为“万元”或“元”，收到的是“" + moneyUnit + "”"));
        }
        Set<String> existing = new HashSet<>();
        before.ifPresent(t -> t.rows().forEach(r -> existing.add(r.key())));
        Optional<CodeRows> codeRows = table.layout().codeRows();
        List<TableColumn> columns = table.layout().columns();
        Map<String, Integer> codesSeen = new HashMap<>();
        List<Runnable> build = new ArrayList<>();
        DisclosureTable.Builder builder = DisclosureTable.builder(table, unit == null ? MoneyUnit.WAN_YUAN : unit);
        int shownNumber = 0;
        for (Row row : rows) {
            if (row.line()) {
                String[] values = figures(row, row.label(), row.quantity(), columns, problems);
                boolean any = java.util.Arrays.stream(values).anyMatch(v -> v != null);
                if (any || existing.contains(row.key())) {
                    build.add(() -> builder.line(row.key(), values));
                }
                continue;
            }
            shownNumber++;
            if (row.removed()) {
                continue;
            }
            String codeText = row.code().value().strip();
            String name = row.name().value().strip();
            boolean anyFigure = row.cells().stream().anyMatch(c -> !blank(c.value()));
            if (codeText.isEmpty() && name.isEmpty() && !anyFigure) {
                continue;
            }
            String rowName = "第" + shownNumber + "个科目行" + (codeText.isEmpty() ? "" : " " + codeText) + (name.isEmpty() ? "" : " " + name);
            String[] values = figures(row, rowName, Quantity.MONEY, columns, problems);
            if (name.length() > MAX_NAME) {
                problems.add(new TableEditProblem(rowName, "", row.name().field(), TableEditProblem.NAME_TOO_LONG,
                        title + rowName + "：科目名称最多 " + MAX_NAME + " 个字，填写了 " + name.length() + " 个字"));
            }
            if (codeText.isEmpty()) {
                problems.add(new TableEditProblem(rowName, "", row.code().field(), TableEditProblem.MISSING_CODE,
                        title + rowName + "填了" + (name.isEmpty() ? "数字" : "名称") + "，却没有科目编码；不要的行请清空或勾选“删除”"));
                continue;
            }
            Optional<String> code = ClassificationText.code(codeText);
            if (code.isEmpty()) {
                problems.add(new TableEditProblem(rowName, "", row.code().field(), TableEditProblem.BAD_CODE,
                        title + rowName + "：“" + codeText + "”不是科目编码（应为 3、5 或 7 位数字，可带空格或短横线）"));
                continue;
            }
            CodeRows codes = codeRows.orElseThrow();
            if (!codes.allows(code.get())) {
                problems.add(new TableEditProblem(rowName, "", row.code().field(), TableEditProblem.CODE_NOT_IN_TABLE,
                        title + rowName + "：本表按" + codes.kind().label() + "列示到" + codes.deepest().label() + "，科目编码“"
                                + codeText + "”不是本表列示的级次"));
                continue;
            }
            Integer first = codesSeen.putIfAbsent(code.get(), shownNumber);
            if (first != null) {
                problems.add(new TableEditProblem(rowName, "", row.code().field(), TableEditProblem.DUPLICATE_ROW,
                        title + "科目编码“" + code.get() + "”出现了两次（第" + first + "个和第" + shownNumber + "个科目行）"));
                continue;
            }
            build.add(() -> builder.code(codeText, name, values));
        }
        if (!problems.isEmpty()) {
            return new Parsed(Optional.empty(), problems);
        }
        try {
            build.forEach(Runnable::run);
            return new Parsed(Optional.of(builder.build()), List.of());
        } catch (IllegalArgumentException e) {
            // what the core's table refuses beyond the checks above, in its own words
            return new Parsed(Optional.empty(), List.of(new TableEditProblem("", "", "", TableEditProblem.TABLE_STRUCTURE,
                    e.getMessage())));
        }
    }

    /**
     * The row's figures in column order as plain decimals for the core's builder (null: blank), each
     * one that is not a figure reported with its row and column.
     */
    private String[] figures(Row row, String rowName, Quantity quantity, List<TableColumn> columns, List<TableEditProblem> problems) {
        String[] out = new String[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            TableColumn column = columns.get(i);
            String text = row.cells().get(i).value().strip();
            if (blank(text)) {
                continue;
            }
            BigDecimal v = text.length() > MAX_FIGURE ? null : Decimals.parseOrNull(text.replace("%", "").replace("％", ""));
            String where = "“" + table.title() + "”" + (row.line() ? "“" + rowName + "”行" : rowName) + "“" + column.fullLabel() + "”列";
            if (v == null) {
                String shown = text.length() > MAX_FIGURE ? text.substring(0, MAX_FIGURE) + "…" : text;
                problems.add(new TableEditProblem(rowName, column.fullLabel(), row.cells().get(i).field(), TableEditProblem.NOT_A_NUMBER,
                        where + "应填" + (quantity == Quantity.COUNT ? "整数" : quantity == Quantity.PERCENT ? "百分数（如 20.27）" : "金额")
                                + "，填写的是“" + shown + "”"));
                continue;
            }
            if (quantity == Quantity.COUNT && v.stripTrailingZeros().scale() > 0) {
                problems.add(new TableEditProblem(rowName, column.fullLabel(), row.cells().get(i).field(),
                        TableEditProblem.NOT_A_WHOLE_NUMBER, where + "是数量，应为整数，填写的是 " + v.toPlainString()));
                continue;
            }
            out[i] = v.toPlainString();
        }
        return out;
    }

    /** Nothing typed, or a dash standing for nothing (as in the template and the published tables). */
    static boolean blank(String text) {
        String t = text.replace('\u3000', ' ').strip();
        return t.isEmpty() || t.matches("[—–\\-－―]+");
    }

    /** The fields of the problems, for the page to mark those inputs. */
    static Set<String> invalidFields(List<TableEditProblem> problems) {
        Set<String> out = new HashSet<>();
        problems.forEach(p -> out.add(p.field()));
        return out;
    }
}
