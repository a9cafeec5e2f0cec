package org.jixiao.formats.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jixiao.core.measure.ValueText;
import org.jixiao.core.review.Column;
import org.jixiao.formats.ReadLimits;
import org.jixiao.formats.UnreadableFileException;
import org.jixiao.formats.xlsx.ImportProblem.Code;

/**
 * Reads one sheet of a workbook as a form, streaming its rows once: the rows above the indicator
 * table (title, year, 项目名称, 实施单位 / 单位名称, the funds block) and the table itself, its columns
 * found by their heading text wherever they are ({@link Column}). Nothing is interpreted against a
 * framework here; that is {@link WorkbookImport}'s work. What a person's sheet may have is taken in
 * stride: blank rows, the heading repeated after a page break, merged cells (only the top-left cell
 * holds the text: 一级 and 二级指标 are carried down), numbers typed as text, full-width characters and
 * spaces, subtotals and totals typed in.
 *
 * <p>Limits: more rows than {@link ReadLimits#maxRows()} or cells than {@link ReadLimits#maxCells()}
 * refuse the file at the first row beyond them; columns past {@link ReadLimits#maxCellsPerRow()} are
 * not read.
 */
final class FormReader {

    /** The indicator table's heading must lie within this many rows from the top. */
    static final int HEADING_WITHIN_ROWS = 100;

    /** A column of the indicator table the import reads. */
    enum Field {
        LEVEL1, LEVEL2, LEVEL3, HALF_YEAR, TARGET, ACTUAL, WEIGHT, SCORE, REASON, NOTE
    }

    /** A column of the funds block the import reads. */
    enum FundsField {
        INITIAL, ADJUSTED, EXECUTED, WEIGHT, SCORE
    }

    enum Kind {
        /** 三级指标 named: an indicator, or a part-group's row. */
        INDICATOR,
        /** Only 一级 or 二级指标 named: a group's row, perhaps with its subtotal. */
        GROUP,
        /** A 小计 row: the subtotal of the group above. */
        SUBTOTAL,
        TOTAL,
        GRADE,
        /** Text that is none of the above. */
        OTHER
    }

    /**
     * A row of the indicator table: its 1-based row number, kind, carried-down 一级/二级指标, the texts
     * read, and which of them are a formula's value rather than typed.
     */
    record Line(int row, Kind kind, String level1, String level2, String name, Map<Field, String> texts, Set<Field> computed) {
        String text(Field field) {
            return texts.getOrDefault(field, "");
        }
    }

    /** A row of the funds block: its row number, its label (年度资金总额, 其中：财政拨款 …), the texts read and which are formulas. */
    record FundsRow(int row, String label, Map<FundsField, String> texts, Set<FundsField> computed) {
        String text(FundsField field) {
            return texts.getOrDefault(field, "");
        }
    }

    private static final Pattern YEAR_IN_TITLE = Pattern.compile("(\\d{4})年度");
    private static final Pattern YEAR_ALONE = Pattern.compile("^[(（]?(\\d{4})年?度?[)）]?$");
    private static final Set<String> TOTAL_WORDS = Set.of("总分", "合计", "总计", "得分合计", "综合得分", "自评得分", "总得分",
            "自评总分");
    private static final Set<String> GRADE_WORDS = Set.of("等级", "评价等级", "自评等级", "绩效等级", "评定等级");
    private static final Set<String> NOTE_WORDS = Set.of("备注", "说明", "评分说明", "认定理由", "备注说明");
    private static final Set<String> UNIT_LABELS = Set.of("实施单位", "单位名称", "填报单位", "预算单位", "单位", "部门名称",
            "部门(单位)名称", "部门（单位）名称");
    private static final Set<String> PROJECT_LABELS = Set.of("项目名称", "项目");
    private static final Set<String> YEAR_LABELS = Set.of("年度", "评价年度", "预算年度");
    private static final String[] FUNDS_WORDS = {"资金", "拨款", "总额", "合计", "总计", "其中", "小计"};

    final String sheet;
    private final String file;
    private final ReadLimits limits;
    private final CellText cells;

    boolean found;
    String title = "";
    Integer year;
    String yearCell = "";
    String unit = "";
    String project = "";
    int headerRow;
    final Map<Field, Integer> columns = new EnumMap<>(Field.class);
    final Map<FundsField, Integer> fundsColumns = new EnumMap<>(FundsField.class);
    int fundsHeaderRow;
    final List<FundsRow> funds = new ArrayList<>();
    final List<Line> lines = new ArrayList<>();
    final List<ImportProblem> problems = new ArrayList<>();
    /** The headings found, for a message naming what is there. */
    final List<String> headings = new ArrayList<>();

    private int rowsRead;
    private long cellsRead;
    private String carried1 = "";
    private String carried2 = "";
    private int firstAmountColumn = Integer.MAX_VALUE;
    /** A 总分 or 等级 row has been read: rows below without an indicator are not the table's. */
    private boolean ended;

    private FormReader(String file, String sheet, ReadLimits limits, CellText cells) {
        this.file = file;
        this.sheet = sheet;
        this.limits = limits;
        this.cells = cells;
    }

    /**
     * Reads {@code sheet} as a form. Without the indicator table's heading in its first
     * {@value #HEADING_WITHIN_ROWS} rows the sheet is left there ({@link #found} false).
     */
    static FormReader read(String file, Sheet sheet, ReadLimits limits, CellText cells) {
        FormReader reader = new FormReader(file, sheet.getName(), limits, cells);
        try (Stream<Row> rows = sheet.openStream()) {
            Iterator<Row> it = rows.iterator();
            while (it.hasNext()) {
                if (!reader.row(it.next())) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UnreadableFileException(UnreadableFileException.Code.CORRUPT, file,
                    "中的工作表“" + sheet.getName() + "”无法读取（" + e.getMessage() + "）", e);
        } catch (UncheckedIOException e) {
            throw new UnreadableFileException(UnreadableFileException.Code.CORRUPT, file,
                    "中的工作表“" + sheet.getName() + "”无法读取（" + e.getMessage() + "）", e);
        }
        return reader;
    }

    /** One row; false to stop reading. */
    private boolean row(Row row) {
        if (++rowsRead > limits.maxRows()) {
            throw new UnreadableFileException(UnreadableFileException.Code.TOO_MANY_ROWS, file, "的工作表“" + sheet + "”超过 "
                    + limits.maxRows() + " 行，已拒绝读取；自评表只需指标体系的各行，请删去多余的行后再导入");
        }
        cellsRead += row.getPhysicalCellCount();
        if (cellsRead > limits.maxCells()) {
            throw new UnreadableFileException(UnreadableFileException.Code.TOO_MANY_CELLS, file, "的工作表“" + sheet + "”超过 "
                    + limits.maxCells() + " 个单元格，已拒绝读取");
        }
        if (!found) {
            if (row.getRowNum() > HEADING_WITHIN_ROWS) {
                return false;
            }
            above(row);
            return true;
        }
        body(row);
        return true;
    }

    private int width(Row row) {
        return Math.min(row.getCellCount(), limits.maxCellsPerRow());
    }

    private String text(Row row, int col) {
        if (col < 0 || col >= width(row)) {
            return "";
        }
        Cell cell = row.getCell(col);
        if (CellText.isError(cell)) {
            problems.add(ImportProblem.of(Code.CELL_ERROR, sheet, FormLayout.ref(row.getRowNum() - 1, col),
                    "单元格为错误值，请改正公式或填写数值", "数值或文字", cell.getRawValue()));
            return "";
        }
        return cells.of(cell);
    }

    // ------------------------------------------------------------------ above the table

    private void above(Row row) {
        int n = width(row);
        String[] texts = new String[n];
        for (int c = 0; c < n; c++) {
            Cell cell = row.getCell(c);
            texts[c] = cell == null || CellText.isError(cell) ? "" : cells.of(cell);
        }
        Map<Column, Integer> named = new EnumMap<>(Column.class);
        for (int c = 0; c < n; c++) {
            if (!texts[c].isEmpty() && texts[c].length() <= 40) {
                Optional<Column> column = Column.of(texts[c]);
                if (column.isPresent()) {
                    named.putIfAbsent(column.get(), c);
                }
            }
        }
        boolean amounts = named.containsKey(Column.ADJUSTED_BUDGET) || named.containsKey(Column.EXECUTED)
                || named.containsKey(Column.INITIAL_BUDGET);
        if (!amounts && tableHeading(named) >= 3) {
            heading(row, texts, named);
            return;
        }
        if (named.containsKey(Column.ADJUSTED_BUDGET) && named.containsKey(Column.EXECUTED)) {
            fundsHeaderRow = row.getRowNum();
            put(fundsColumns, FundsField.INITIAL, named.get(Column.INITIAL_BUDGET));
            put(fundsColumns, FundsField.ADJUSTED, named.get(Column.ADJUSTED_BUDGET));
            put(fundsColumns, FundsField.EXECUTED, named.get(Column.EXECUTED));
            put(fundsColumns, FundsField.WEIGHT, named.get(Column.WEIGHT));
            put(fundsColumns, FundsField.SCORE, named.get(Column.SCORE));
            for (FundsField f : List.of(FundsField.INITIAL, FundsField.ADJUSTED, FundsField.EXECUTED)) {
                if (fundsColumns.containsKey(f)) {
                    firstAmountColumn = Math.min(firstAmountColumn, fundsColumns.get(f));
                }
            }
            return;
        }
        if (fundsHeaderRow > 0 && fundsLine(row, texts)) {
            return;
        }
        info(row, texts);
    }

    private static <K> void put(Map<K, Integer> map, K key, Integer col) {
        if (col != null) {
            map.put(key, col);
        }
    }

    /** How many of the indicator table's own columns a row names. */
    private static int tableHeading(Map<Column, Integer> named) {
        int count = 0;
        for (Column c : List.of(Column.LEVEL1, Column.LEVEL2, Column.LEVEL3, Column.TARGET, Column.HALF_YEAR_TARGET,
                Column.ACTUAL, Column.WEIGHT, Column.SCORE, Column.DEVIATION)) {
            if (named.containsKey(c)) {
                count++;
            }
        }
        return count;
    }

    private void heading(Row row, String[] texts, Map<Column, Integer> named) {
        found = true;
        headerRow = row.getRowNum();
        put(columns, Field.LEVEL1, named.get(Column.LEVEL1));
        put(columns, Field.LEVEL2, named.get(Column.LEVEL2));
        put(columns, Field.LEVEL3, named.get(Column.LEVEL3));
        put(columns, Field.HALF_YEAR, named.get(Column.HALF_YEAR_TARGET));
        put(columns, Field.TARGET, named.get(Column.TARGET));
        put(columns, Field.ACTUAL, named.get(Column.ACTUAL));
        put(columns, Field.WEIGHT, named.get(Column.WEIGHT));
        put(columns, Field.SCORE, named.get(Column.SCORE));
        put(columns, Field.REASON, named.get(Column.DEVIATION));
        for (int c = 0; c < texts.length; c++) {
            if (!texts[c].isEmpty()) {
                headings.add(texts[c]);
            }
            if (NOTE_WORDS.contains(ValueText.compact(texts[c])) && !columns.containsKey(Field.NOTE)) {
                columns.put(Field.NOTE, c);
            }
        }
        String where = FormLayout.ref(headerRow - 1, 0);
        if (!columns.containsKey(Field.LEVEL3)) {
            problems.add(ImportProblem.of(Code.MISSING_COLUMN, sheet, where, "指标表缺少“三级指标”列，无法知道每行是哪个指标",
                    "三级指标", String.join("、", headings)));
        }
        if (!columns.containsKey(Field.ACTUAL)) {
            problems.add(ImportProblem.of(Code.MISSING_COLUMN, sheet, where, "指标表缺少“实际完成值”列，没有可导入的完成情况",
                    "实际完成值", String.join("、", headings)));
        }
    }

    /** A funds line (年度资金总额, 其中：财政拨款 …): the label is the last text left of the amounts. */
    private boolean fundsLine(Row row, String[] texts) {
        String label = "";
        for (int c = 0; c < Math.min(texts.length, firstAmountColumn); c++) {
            if (!texts[c].isEmpty()) {
                label = texts[c];
            }
        }
        String compact = ValueText.compact(label);
        boolean isFunds = false;
        for (String word : FUNDS_WORDS) {
            isFunds |= compact.contains(word);
        }
        if (!isFunds || compact.startsWith("项目资金")) {
            return false;
        }
        Map<FundsField, String> read = new EnumMap<>(FundsField.class);
        Set<FundsField> computed = EnumSet.noneOf(FundsField.class);
        for (Map.Entry<FundsField, Integer> e : fundsColumns.entrySet()) {
            read.put(e.getKey(), text(row, e.getValue()));
            if (isFormula(row, e.getValue())) {
                computed.add(e.getKey());
            }
        }
        funds.add(new FundsRow(row.getRowNum(), label, read, computed));
        return true;
    }

    /** Title, year, 项目名称, 实施单位 / 单位名称. */
    private void info(Row row, String[] texts) {
        for (int c = 0; c < texts.length; c++) {
            String t = texts[c];
            if (t.isEmpty()) {
                continue;
            }
            if (title.isEmpty() && row.getRowNum() <= 3) {
                title = t;
            }
            String compact = ValueText.compact(t);
            if (year == null) {
                Matcher m = YEAR_IN_TITLE.matcher(compact);
                Matcher alone = YEAR_ALONE.matcher(compact);
                if (m.find()) {
                    year(Integer.parseInt(m.group(1)), row, c);
                } else if (alone.matches()) {
                    year(Integer.parseInt(alone.group(1)), row, c);
                }
            }
            String label = compact.endsWith(":") || compact.endsWith("：") ? compact.substring(0, compact.length() - 1) : compact;
            String inline = "";
            int colon = Math.max(compact.indexOf('：'), compact.indexOf(':'));
            if (colon > 0 && colon < compact.length() - 1) {
                inline = t.substring(Math.max(t.indexOf('：'), t.indexOf(':')) + 1).strip();
                label = compact.substring(0, colon);
            }
            boolean isUnit = UNIT_LABELS.contains(label);
            boolean isProject = PROJECT_LABELS.contains(label);
            boolean isYear = YEAR_LABELS.contains(label);
            if (!isUnit && !isProject && !isYear) {
                continue;
            }
            String value = inline.isEmpty() ? next(texts, c) : inline;
            if (isUnit && unit.isEmpty() && !value.isEmpty() && !ValueText.compact(value).equals("万元") && !ValueText.compact(value).equals("元")) {
                unit = value;
            } else if (isProject && project.isEmpty()) {
                project = value;
            } else if (isYear && year == null) {
                Matcher alone = YEAR_ALONE.matcher(ValueText.compact(value));
                if (alone.matches()) {
                    year(Integer.parseInt(alone.group(1)), row, c + 1);
                }
            }
        }
    }

    private void year(int value, Row row, int col) {
        year = value;
        yearCell = FormLayout.ref(row.getRowNum() - 1, col);
    }

    private static String next(String[] texts, int c) {
        for (int k = c + 1; k < texts.length; k++) {
            if (!texts[k].isEmpty()) {
                return texts[k];
            }
        }
        return "";
    }

    // ------------------------------------------------------------------ the table

    private void body(Row row) {
        Map<Field, String> texts = new EnumMap<>(Field.class);
        Set<Field> computed = EnumSet.noneOf(Field.class);
        boolean any = false;
        int problemsBefore = problems.size();
        for (Map.Entry<Field, Integer> e : columns.entrySet()) {
            String t = text(row, e.getValue());
            if (isFormula(row, e.getValue())) {
                computed.add(e.getKey());
            }
            if (!t.isEmpty()) {
                texts.put(e.getKey(), t);
                any = true;
            }
        }
        if (problems.size() > problemsBefore && !computed.isEmpty() && texts.get(Field.LEVEL3) == null) {
            // an error value a formula of the sheet's own computes in a sum row (a subtotal, the total)
            // is not the person's entry: the scorer computes those
            problems.subList(problemsBefore, problems.size()).clear();
        }
        String first = columns.containsValue(0) ? "" : plain(row, 0);
        if (!any && first.isEmpty()) {
            if (otherText(row)) {
                lines.add(new Line(row.getRowNum(), Kind.OTHER, carried1, carried2, "", texts, computed));
            }
            return;
        }
        String l1 = texts.getOrDefault(Field.LEVEL1, "");
        String l2 = texts.getOrDefault(Field.LEVEL2, "");
        String l3 = texts.getOrDefault(Field.LEVEL3, "");
        if (ValueText.compact(l3).equals("三级指标") || ValueText.compact(l1).equals("一级指标")) {
            return; // the heading again, after a page break
        }
        for (String label : new String[] {first, l1, l2, l3}) {
            String c = ValueText.compact(label);
            if (TOTAL_WORDS.contains(c)) {
                lines.add(new Line(row.getRowNum(), Kind.TOTAL, carried1, carried2, label, texts, computed));
                ended = true;
                return;
            }
            if (GRADE_WORDS.contains(c)) {
                if (!texts.containsKey(Field.SCORE)) {
                    texts.put(Field.SCORE, next(row, label));
                }
                lines.add(new Line(row.getRowNum(), Kind.GRADE, carried1, carried2, label, texts, computed));
                ended = true;
                return;
            }
        }
        if (ended && l3.isEmpty()) {
            // below 总分 and 等级 the table is over: a signature line, a footnote
            String text = first.isEmpty() ? String.join(" ", texts.values()) : first;
            lines.add(new Line(row.getRowNum(), Kind.OTHER, carried1, carried2, text, texts, computed));
            return;
        }
        if (!l1.isEmpty() && !subtotalWord(l1)) {
            carried1 = l1;
            carried2 = l2;
        } else if (!l2.isEmpty() && !subtotalWord(l2)) {
            carried2 = l2;
        }
        String subtotal = subtotalWord(l3) ? l3 : subtotalWord(l2) ? l2 : subtotalWord(l1) ? l1 : null;
        if (subtotal != null) {
            String group = ValueText.compact(subtotal).replace("小计", "");
            lines.add(new Line(row.getRowNum(), Kind.SUBTOTAL, carried1, carried2,
                    group.isEmpty() ? (carried2.isEmpty() ? carried1 : carried2) : group, texts, computed));
            return;
        }
        if (!l3.isEmpty()) {
            lines.add(new Line(row.getRowNum(), Kind.INDICATOR, carried1, carried2, l3, texts, computed));
            return;
        }
        if (!l1.isEmpty() || !l2.isEmpty()) {
            lines.add(new Line(row.getRowNum(), Kind.GROUP, carried1, carried2, l2.isEmpty() ? l1 : l2, texts, computed));
            return;
        }
        lines.add(new Line(row.getRowNum(), Kind.OTHER, carried1, carried2, first, texts, computed));
    }

    private boolean isFormula(Row row, int col) {
        if (col >= width(row)) {
            return false;
        }
        Cell cell = row.getCell(col);
        return cell != null && cell.getType() == org.dhatim.fastexcel.reader.CellType.FORMULA;
    }

    /** A cell's text, an error value read as blank without a report (for cells the import does not use). */
    private String plain(Row row, int col) {
        if (col >= width(row)) {
            return "";
        }
        Cell cell = row.getCell(col);
        return cell == null || CellText.isError(cell) ? "" : cells.of(cell);
    }

    private static boolean subtotalWord(String text) {
        return !text.isEmpty() && ValueText.compact(text).endsWith("小计");
    }

    /** The first text right of a label in the row (a grade typed beside 等级 rather than under 得分). */
    private String next(Row row, String label) {
        boolean seen = false;
        for (int c = 0; c < width(row); c++) {
            String t = plain(row, c);
            if (seen && !t.isEmpty()) {
                return t;
            }
            seen |= !t.isEmpty() && t.equals(label);
        }
        return "";
    }

    /** Whether a row outside the columns read has text (a footnote, a signature line). */
    private boolean otherText(Row row) {
        for (int c = 0; c < width(row); c++) {
            if (!plain(row, c).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
