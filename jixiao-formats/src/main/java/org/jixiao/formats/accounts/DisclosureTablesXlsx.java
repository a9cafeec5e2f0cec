package org.jixiao.formats.accounts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellAddress;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jixiao.core.accounts.ClassificationText;
import org.jixiao.core.accounts.tables.CodeRows;
import org.jixiao.core.accounts.tables.DisclosureRow;
import org.jixiao.core.accounts.tables.DisclosureTable;
import org.jixiao.core.accounts.tables.DisclosureTables;
import org.jixiao.core.accounts.tables.LayoutPart;
import org.jixiao.core.accounts.tables.Quantity;
import org.jixiao.core.accounts.tables.StandardTable;
import org.jixiao.core.accounts.tables.TableColumn;
import org.jixiao.core.accounts.tables.TableLayout;
import org.jixiao.core.accounts.tables.TableLine;
import org.jixiao.core.accounts.tables.UnitKind;
import org.jixiao.core.number.Decimals;
import org.jixiao.core.number.MoneyUnit;
import org.jixiao.formats.OfficeZip;
import org.jixiao.formats.ReadLimits;
import org.jixiao.formats.UnreadableFileException;
import org.jixiao.formats.UnreadableFileException.Code;
import org.jixiao.formats.xlsx.SafeText;

/**
 * The disclosure tables as an Excel workbook, written with fastexcel and read back, streaming, with
 * fastexcel-reader.
 *
 * <p><b>Layout.</b> A sheet 封面 (单位名称, 年度, 单位性质 in column B of rows 3–5), then one sheet per
 * standard table, named by its title. On each table sheet: row 1 the title; row 2 "编制单位：…" and, in
 * the last column, "金额单位：万元" (or 元: the importer reads it); rows 3–4 the header, merged — 科目编码
 * and 项目 over both rows, a group (决算数, 本年支出) over its columns, the column labels below; from row 5
 * the lines in the template's order, with code rows at their place. Column A holds a code row's code (as
 * text), column B the line's label or the code's name, columns C… the figures: money with two decimals,
 * counts whole, rates as percent numbers (20.27). The empty template has every fixed line and no code
 * row: a person inserts rows for the codes (the order does not matter).
 *
 * <p><b>Import.</b> Sheets are found by title (an unknown sheet is passed over, a missing table is
 * left out); the header must be the template's (else {@code HEADER_MISMATCH}); each row is a code row
 * (column A), a fixed line (column B, the template's label; spaces and full-width forms tolerated) or
 * blank. Values may be numbers, numbers typed as text ("1,234.50"), a formula's calculated value, or
 * blank ("—" and "-" are blank). Every cell that cannot be taken is reported with its sheet, cell, a
 * stable code and a Chinese message, and then nothing is returned. Files that are not a workbook are
 * refused first with an {@link UnreadableFileException} ({@code NOT_XLSX}, {@code UNSUPPORTED} for an
 * .xls, {@code ENCRYPTED}, {@code CORRUPT}, {@code ZIP_BOMB}, {@code XXE}, {@code FILE_TOO_LARGE},
 * {@code TOO_MANY_ROWS}, {@code TOO_MANY_CELLS}) by {@link OfficeZip}'s checks.
 */
public final class DisclosureTablesXlsx {

    /** The cover sheet's name. */
    public static final String COVER = "封面";
    /** The first data row (0-based) of a table sheet. */
    static final int FIRST_ROW = 4;
    /** The first value column (0-based): A is the code, B the label. */
    static final int FIRST_VALUE_COLUMN = 2;

    private static final String UNIT_PREFIX = "金额单位：";
    /** The significant digits Excel keeps of a number. */
    private static final java.math.MathContext EXCEL_DIGITS = new java.math.MathContext(15, java.math.RoundingMode.HALF_EVEN);

    private DisclosureTablesXlsx() {
    }

    // ================================================================ writing

    /** The tables as a filled template. The stream stays open. */
    public static void write(DisclosureTables tables, OutputStream out) {
        write(tables.unit(), tables.year(), tables.kind(), tables, out);
    }

    /** An empty template for a unit and year: the cover filled, every table with its fixed lines and no figures. */
    public static void writeTemplate(String unit, int year, UnitKind kind, OutputStream out) {
        write(unit, year, kind, null, out);
    }

    private static void write(String unit, int year, UnitKind kind, DisclosureTables tables, OutputStream out) {
        Workbook workbook = new Workbook(out, "Jixiao", "1.0");
        Worksheet cover = workbook.newWorksheet(COVER);
        text(cover, 0, 0, "部门（单位）决算公开表", Look.TITLE);
        cover.range(0, 0, 0, 3).merge();
        text(cover, 2, 0, "单位名称", Look.BOLD);
        text(cover, 2, 1, unit, Look.INPUT);
        text(cover, 3, 0, "年度", Look.BOLD);
        cover.value(3, 1, year);
        style(cover, 3, 1, Look.INPUT, "0");
        text(cover, 4, 0, "单位性质", Look.BOLD);
        text(cover, 4, 1, kind.label(), Look.INPUT);
        text(cover, 6, 0, "填表说明", Look.BOLD);
        String[] notes = {
                "1. 每张决算表一个工作表，工作表名称即表名，请勿改名；表头（第3、4行）请勿增删改。",
                "2. A 列填科目编码（如 2050299，可带空格或短横线），B 列填科目名称；固定行（合计、本年收入合计等）的 B 列文字请勿修改。",
                "3. 金额保留两位小数，单位见各表第2行“金额单位”（万元或元）；车辆、设备填整数；比例填百分数（如 20.27）。",
                "4. “年初预算数”“上年决算数”列供生成文字说明之用；空白单元格表示未填写，不按 0 处理。",
                "5. 单位性质填“行政单位”或“事业单位”。"};
        for (int i = 0; i < notes.length; i++) {
            text(cover, 7 + i, 0, notes[i], Look.PLAIN);
        }
        cover.width(0, 14);
        cover.width(1, 40);
        for (StandardTable t : StandardTable.values()) {
            Optional<DisclosureTable> filled = tables == null ? Optional.empty() : tables.table(t);
            if (tables != null && filled.isEmpty()) {
                continue;
            }
            sheet(workbook.newWorksheet(t.title()), t, unit, filled);
        }
        try {
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Worksheet ws, StandardTable t, String unit, Optional<DisclosureTable> filled) {
        TableLayout layout = t.layout();
        List<TableColumn> columns = layout.columns();
        int last = FIRST_VALUE_COLUMN + columns.size() - 1;
        text(ws, 0, 0, t.title(), Look.TITLE);
        ws.range(0, 0, 0, last).merge();
        text(ws, 1, 0, "编制单位：" + unit, Look.PLAIN);
        MoneyUnit money = filled.map(DisclosureTable::unit).orElse(MoneyUnit.WAN_YUAN);
        text(ws, 1, last, UNIT_PREFIX + money.label(), Look.PLAIN);
        header(ws, 2, 0, 3, 0, "科目编码");
        header(ws, 2, 1, 3, 1, "项目");
        for (int i = 0; i < columns.size(); i++) {
            TableColumn c = columns.get(i);
            int col = FIRST_VALUE_COLUMN + i;
            if (c.group().isEmpty()) {
                header(ws, 2, col, 3, col, c.label());
            } else {
                int end = i;
                while (end + 1 < columns.size() && columns.get(end + 1).group().equals(c.group())) {
                    end++;
                }
                if (i == 0 || !columns.get(i - 1).group().equals(c.group())) {
                    header(ws, 2, col, 2, FIRST_VALUE_COLUMN + end, c.group());
                }
                header(ws, 3, col, 3, col, c.label());
            }
        }
        int row = FIRST_ROW;
        for (LayoutPart part : layout.parts()) {
            if (part instanceof TableLine line) {
                DisclosureRow r = filled.flatMap(f -> f.row(line.id())).orElse(new DisclosureRow(line.id(), "", Map.of(), ""));
                text(ws, row, 0, "", Look.CELL);
                text(ws, row, 1, line.label(), Look.CELL);
                values(ws, row, columns, r, line.quantity());
                row++;
            } else {
                for (DisclosureRow r : filled.map(DisclosureTable::codeRows).orElse(List.of())) {
                    text(ws, row, 0, r.key(), Look.CODE);
                    text(ws, row, 1, r.name(), Look.CELL);
                    values(ws, row, columns, r, Quantity.MONEY);
                    row++;
                }
            }
        }
        ws.width(0, 12);
        ws.width(1, 40);
        for (int i = 0; i < columns.size(); i++) {
            ws.width(FIRST_VALUE_COLUMN + i, 14);
        }
        ws.freezePane(2, FIRST_ROW);
    }

    private static void values(Worksheet ws, int row, List<TableColumn> columns, DisclosureRow r, Quantity quantity) {
        for (int i = 0; i < columns.size(); i++) {
            int col = FIRST_VALUE_COLUMN + i;
            String format = quantity == Quantity.COUNT ? "0" : "0.00";
            Optional<BigDecimal> v = r.value(columns.get(i).id());
            // a plain form: a canonical 1E+1 would otherwise be written in exponent form
            v.ifPresent(value -> ws.value(row, col, value.scale() < 0 ? value.setScale(0) : value));
            style(ws, row, col, Look.INPUT, format);
        }
    }

    private enum Look {
        PLAIN, BOLD, TITLE, HEADER, CELL, CODE, INPUT
    }

    private static void header(Worksheet ws, int top, int left, int bottom, int right, String label) {
        text(ws, top, left, label, Look.HEADER);
        for (int r = top; r <= bottom; r++) {
            for (int c = left; c <= right; c++) {
                if (r != top || c != left) {
                    style(ws, r, c, Look.HEADER, null);
                }
            }
        }
        if (bottom > top || right > left) {
            ws.range(top, left, bottom, right).merge();
        }
    }

    private static void text(Worksheet ws, int row, int col, String text, Look look) {
        String safe = SafeText.cell(text);
        if (!safe.isEmpty()) {
            ws.value(row, col, safe);
        }
        style(ws, row, col, look, look == Look.CODE ? "@" : null);
    }

    private static void style(Worksheet ws, int row, int col, Look look, String format) {
        if (look == Look.PLAIN && format == null) {
            return;
        }
        StyleSetter s = ws.style(row, col);
        if (format != null) {
            s.format(format);
        }
        switch (look) {
            case BOLD -> s.bold();
            case TITLE -> {
                s.bold();
                s.fontSize(16);
                s.horizontalAlignment("center");
            }
            case HEADER -> {
                s.bold();
                s.fillColor("DDEBF7");
                s.borderStyle(BorderStyle.THIN);
                s.wrapText(true);
                s.horizontalAlignment("center");
                s.verticalAlignment("center");
            }
            case CELL, CODE -> s.borderStyle(BorderStyle.THIN);
            case INPUT -> {
                s.borderStyle(BorderStyle.THIN);
                s.fillColor("FFF9E5");
            }
            case PLAIN -> {
            }
        }
        s.set();
    }

    // ================================================================ reading

    /** Reads {@code file} within {@link ReadLimits#DEFAULTS}. */
    public static DisclosureTablesImport read(Path file) {
        return read(file, ReadLimits.DEFAULTS);
    }

    /**
     * Reads a filled template.
     *
     * @throws UnreadableFileException when the file is missing, too large, not an .xlsx, encrypted,
     *                                 corrupt, a zip bomb, declares a DOCTYPE, or has too many rows or cells
     */
    public static DisclosureTablesImport read(Path file, ReadLimits limits) {
        String source = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new UnreadableFileException(Code.NOT_FOUND, source, "不存在或不是普通文件");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(source, in, limits);
        } catch (IOException e) {
            throw new UnreadableFileException(Code.NOT_FOUND, source, "无法读取（" + e.getMessage() + "）", e);
        }
    }

    /** Reads a filled template from {@code in} (not closed), at most {@link ReadLimits#maxFileBytes()} bytes of it. */
    public static DisclosureTablesImport read(String source, InputStream in, ReadLimits limits) throws IOException {
        byte[] bytes = OfficeZip.readAtMost(in, limits.maxFileBytes());
        if (bytes.length > limits.maxFileBytes()) {
            throw new UnreadableFileException(Code.FILE_TOO_LARGE, source, "超过 " + limits.maxFileMegabytes() + " MB，已拒绝读取");
        }
        OfficeZip.checkWorkbook(source, bytes, limits);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            return new Reader(source, limits).read(workbook);
        } catch (UnreadableFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(Code.CORRUPT, source, "无法作为 Excel 工作簿读取，可能已损坏（" + e.getMessage() + "）", e);
        }
    }

    /** A label compared as written by people: NFKC, no spaces. */
    static String labelKey(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).replaceAll("[\\s\\u00A0\\u3000]+", "");
    }

    private static final class Reader {
        private final String source;
        private final ReadLimits limits;
        private final List<TableImportProblem> problems = new ArrayList<>();
        /** The 1-based row of each 封面 label. */
        private final Map<String, Integer> coverRows = new HashMap<>();
        private long cells;

        Reader(String source, ReadLimits limits) {
            this.source = source;
            this.limits = limits;
        }

        DisclosureTablesImport read(ReadableWorkbook workbook) throws IOException {
            List<Sheet> sheets = workbook.getSheets().toList();
            Optional<Sheet> cover = sheets.stream().filter(s -> labelKey(s.getName()).equals(COVER)).findFirst();
            String unit = "";
            Integer year = null;
            UnitKind kind = null;
            if (cover.isEmpty()) {
                problem(COVER, "", TableImportProblem.Code.MISSING_SHEET, "缺少工作表“封面”（单位名称、年度、单位性质），请使用本系统导出的模板");
            } else {
                Map<String, Cell> entries = coverEntries(cover.get());
                unit = entry(entries, "单位名称").map(this::text).orElse("").strip();
                if (unit.isEmpty()) {
                    problem(COVER, address("单位名称"), TableImportProblem.Code.MISSING_VALUE, "单位名称为空，请填写单位全称");
                }
                String yearText = entry(entries, "年度").map(this::text).orElse("").strip();
                BigDecimal y = Decimals.parseOrNull(yearText.replace("年", "").replace("度", ""));
                if (y == null || y.stripTrailingZeros().scale() > 0 || y.intValue() < 1990 || y.intValue() > 2100) {
                    problem(COVER, address("年度"), TableImportProblem.Code.BAD_YEAR,
                            "年度应为 1990 至 2100 之间的年份，填写的是“" + yearText + "”");
                } else {
                    year = y.intValue();
                }
                String kindText = entry(entries, "单位性质").map(this::text).orElse("").strip();
                kind = UnitKind.byLabel(kindText).orElse(null);
                if (kind == null) {
                    problem(COVER, address("单位性质"), TableImportProblem.Code.BAD_UNIT_KIND,
                            "单位性质应为“行政单位”或“事业单位”，填写的是“" + kindText + "”");
                }
            }
            List<DisclosureTable> tables = new ArrayList<>();
            for (Sheet sheet : sheets) {
                Optional<StandardTable> which = StandardTable.byTitle(sheet.getName());
                if (which.isPresent() && tables.stream().noneMatch(t -> t.table() == which.get())) {
                    table(sheet, which.get()).ifPresent(tables::add);
                }
            }
            if (!problems.isEmpty()) {
                return new DisclosureTablesImport(Optional.empty(), problems);
            }
            return new DisclosureTablesImport(Optional.of(new DisclosureTables(unit, year, kind, tables)), List.of());
        }

        /** The 封面's entries: label in column A, value in column B. */
        private Map<String, Cell> coverEntries(Sheet sheet) throws IOException {
            Map<String, Cell> out = new HashMap<>();
            try (Stream<Row> rows = sheet.openStream()) {
                Iterator<Row> it = rows.iterator();
                int count = 0;
                while (it.hasNext() && count++ < 100) {
                    Row r = it.next();
                    String label = labelKey(r.getOptionalCell(0).map(this::text).orElse(""));
                    if (!label.isEmpty()) {
                        out.putIfAbsent(label, r.getOptionalCell(1).orElse(null));
                        coverRows.put(label, r.getRowNum());
                    }
                }
            }
            return out;
        }

        private Optional<Cell> entry(Map<String, Cell> entries, String label) {
            return Optional.ofNullable(entries.get(label));
        }

        /** The 封面 cell of an entry: B and its row, or "" when the label is missing. */
        private String address(String label) {
            Integer row = coverRows.get(label);
            return row == null ? "" : "B" + row;
        }

        private Optional<DisclosureTable> table(Sheet sheet, StandardTable which) throws IOException {
            String name = sheet.getName();
            TableLayout layout = which.layout();
            List<TableColumn> columns = layout.columns();
            Optional<CodeRows> codeRows = layout.codeRows();
            Map<String, TableLine> linesByLabel = new HashMap<>();
            layout.lines().forEach(l -> linesByLabel.put(labelKey(l.label()), l));
            MoneyUnit unit = null;
            boolean unitSeen = false;
            List<DisclosureRow> rows = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            int before = problems.size();
            int width = FIRST_VALUE_COLUMN + columns.size();
            try (Stream<Row> stream = sheet.openStream()) {
                Iterator<Row> it = stream.iterator();
                while (it.hasNext()) {
                    Row r = it.next();
                    int number = r.getRowNum();
                    if (number > limits.maxRows()) {
                        throw new UnreadableFileException(Code.TOO_MANY_ROWS, source, "的工作表“" + name + "”超过 " + limits.maxRows()
                                + " 行，已拒绝读取");
                    }
                    cells += Math.min(r.getCellCount(), width);
                    if (cells > limits.maxCells()) {
                        throw new UnreadableFileException(Code.TOO_MANY_CELLS, source, "的单元格超过 " + limits.maxCells() + " 个，已拒绝读取");
                    }
                    int index = number - 1;
                    if (index == 1) {
                        for (int c = 0; c < Math.min(r.getCellCount(), width); c++) {
                            String t = labelKey(r.getOptionalCell(c).map(this::text).orElse(""));
                            if (t.startsWith(labelKey(UNIT_PREFIX))) {
                                unitSeen = true;
                                String label = t.substring(labelKey(UNIT_PREFIX).length());
                                unit = label.equals("万元") ? MoneyUnit.WAN_YUAN : label.equals("元") ? MoneyUnit.YUAN : null;
                                if (unit == null) {
                                    problem(name, cell(c, number), TableImportProblem.Code.BAD_MONEY_UNIT,
                                            "金额单位应为“万元”或“元”，填写的是“" + label + "”");
                                }
                            }
                        }
                        continue;
                    }
                    if (index == 2 || index == 3) {
                        header(name, r, index, columns);
                        continue;
                    }
                    if (index < FIRST_ROW) {
                        continue;
                    }
                    String codeText = r.getOptionalCell(0).map(this::text).orElse("").strip();
                    String label = r.getOptionalCell(1).map(this::text).orElse("").strip();
                    Map<String, BigDecimal> values = new LinkedHashMap<>();
                    boolean anyValue = false;
                    for (int i = 0; i < columns.size(); i++) {
                        anyValue |= r.getOptionalCell(FIRST_VALUE_COLUMN + i).map(c -> !text(c).isBlank()).orElse(false);
                    }
                    String key;
                    Quantity quantity = Quantity.MONEY;
                    if (!codeText.isEmpty()) {
                        Optional<String> code = ClassificationText.code(codeText);
                        if (code.isEmpty()) {
                            problem(name, cell(0, number), TableImportProblem.Code.BAD_CODE,
                                    "“" + codeText + "”不是科目编码（应为 3、5 或 7 位数字，可带空格或短横线）");
                            continue;
                        }
                        if (codeRows.isEmpty() || !codeRows.get().allows(code.get())) {
                            problem(name, cell(0, number), TableImportProblem.Code.CODE_NOT_IN_TABLE, codeRows.isEmpty()
                                    ? "本表没有按科目编码列示的行，不能填写科目编码“" + codeText + "”"
                                    : "本表按" + codeRows.get().kind().label() + "列示到" + codeRows.get().deepest().label() + "，科目编码“"
                                            + codeText + "”不是本表列示的级次");
                            continue;
                        }
                        key = code.get();
                    } else if (!label.isEmpty()) {
                        TableLine line = linesByLabel.get(labelKey(label));
                        if (line == null) {
                            problem(name, cell(1, number), TableImportProblem.Code.UNKNOWN_ROW, "“" + label + "”不是本表的项目"
                                    + (codeRows.isPresent() ? "；按科目列示的行请在 A 列填写科目编码" : "") + "（模板中的项目文字请勿修改）");
                            continue;
                        }
                        key = line.id();
                        quantity = line.quantity();
                    } else {
                        if (anyValue) {
                            problem(name, String.valueOf(number), TableImportProblem.Code.UNKNOWN_ROW,
                                    "第" + number + "行填了数字，却没有科目编码或项目名称");
                        }
                        continue;
                    }
                    if (!keys.add(key)) {
                        problem(name, String.valueOf(number), TableImportProblem.Code.DUPLICATE_ROW,
                                "“" + (codeText.isEmpty() ? label : codeText) + "”在本表中出现了两次（第" + number + "行是重复的一行）");
                        continue;
                    }
                    for (int i = 0; i < columns.size(); i++) {
                        int col = FIRST_VALUE_COLUMN + i;
                        Optional<Cell> c = r.getOptionalCell(col);
                        String id = columns.get(i).id();
                        if (c.isPresent()) {
                            value(name, c.get(), col, number, quantity, columns.get(i)).ifPresent(v -> values.put(id, v));
                        }
                    }
                    rows.add(new DisclosureRow(key, codeText.isEmpty() ? "" : label, values, "第" + number + "行"));
                }
            }
            if (!unitSeen) {
                problem(name, "", TableImportProblem.Code.BAD_MONEY_UNIT, "第2行找不到“金额单位：万元”或“金额单位：元”");
            }
            if (problems.size() > before) {
                return Optional.empty();
            }
            try {
                return Optional.of(new DisclosureTable(which, unit, rows));
            } catch (IllegalArgumentException e) {
                problem(name, "", TableImportProblem.Code.UNKNOWN_ROW, e.getMessage());
                return Optional.empty();
            }
        }

        private void header(String sheet, Row r, int index, List<TableColumn> columns) {
            expect(sheet, r, 0, index == 2 ? "科目编码" : "");
            expect(sheet, r, 1, index == 2 ? "项目" : "");
            for (int i = 0; i < columns.size(); i++) {
                TableColumn c = columns.get(i);
                String expected;
                if (index == 2) {
                    boolean first = i == 0 || !columns.get(i - 1).group().equals(c.group()) || c.group().isEmpty();
                    expected = c.group().isEmpty() ? c.label() : first ? c.group() : "";
                } else {
                    expected = c.group().isEmpty() ? "" : c.label();
                }
                expect(sheet, r, FIRST_VALUE_COLUMN + i, expected);
            }
        }

        private void expect(String sheet, Row r, int col, String expected) {
            String found = r.getOptionalCell(col).map(this::text).orElse("");
            if (!labelKey(found).equals(labelKey(expected))) {
                problem(sheet, cell(col, r.getRowNum()), TableImportProblem.Code.HEADER_MISMATCH, expected.isEmpty()
                        ? "表头此处应为空（合并单元格），却是“" + found + "”；请勿增删改模板的列"
                        : "表头应为“" + expected + "”，却是“" + found + "”；请勿增删改模板的列");
            }
        }

        private Optional<BigDecimal> value(String sheet, Cell c, int col, int number, Quantity quantity, TableColumn column) {
            String where = cell(col, number);
            BigDecimal v;
            if (c.getType() == CellType.EMPTY) {
                return Optional.empty();
            } else if (c.getType() == CellType.NUMBER) {
                v = c.asNumber();
            } else if (c.getType() == CellType.ERROR) {
                problem(sheet, where, TableImportProblem.Code.ERROR_VALUE, "单元格是错误值“" + c.getRawValue() + "”，请改为数字或留空");
                return Optional.empty();
            } else if (c.getType() == CellType.FORMULA) {
                String raw = c.getRawValue();
                v = raw == null ? null : Decimals.parseOrNull(raw);
                if (v == null) {
                    problem(sheet, where, TableImportProblem.Code.FORMULA_WITHOUT_VALUE, "公式“=" + c.getFormula()
                            + "”没有计算结果（文件可能由不计算公式的程序保存）；请在 Excel 中打开并保存，或改填数字");
                    return Optional.empty();
                }
            } else {
                String t = text(c).strip();
                if (t.isEmpty() || t.matches("[—–\\-－―]+")) {
                    return Optional.empty();
                }
                v = Decimals.parseOrNull(t.replace("%", "").replace("％", ""));
                if (v == null) {
                    problem(sheet, where, TableImportProblem.Code.NOT_A_NUMBER, "“" + column.fullLabel() + "”应填"
                            + (quantity == Quantity.COUNT ? "整数" : quantity == Quantity.PERCENT ? "百分数（如 20.27）" : "金额")
                            + "，填写的是“" + t + "”");
                    return Optional.empty();
                }
            }
            // Excel computes and stores in binary floating point but keeps 15 significant digits:
            // a SUM cached as 550.0699999999999 is the 550.07 Excel shows
            v = v.round(EXCEL_DIGITS);
            if (quantity == Quantity.COUNT && v.stripTrailingZeros().scale() > 0) {
                problem(sheet, where, TableImportProblem.Code.NOT_A_WHOLE_NUMBER, "数量应为整数，填写的是 " + v.toPlainString());
                return Optional.empty();
            }
            return Optional.of(v);
        }

        private String text(Cell c) {
            if (c == null) {
                return "";
            }
            if (c.getType() == CellType.NUMBER) {
                return Decimals.canonical(c.asNumber()).toPlainString();
            }
            String t = c.getText();
            return t == null ? "" : t;
        }

        private void problem(String sheet, String cell, TableImportProblem.Code code, String message) {
            String where = (sheet.isEmpty() ? "" : "工作表“" + sheet + "”") + cell;
            problems.add(new TableImportProblem(sheet, cell, code, where + (where.isEmpty() ? "" : "：") + message));
        }
    }

    /** "C12" from a 0-based column and a 1-based row. */
    static String cell(int col, int row) {
        return CellAddress.convertNumToColString(col) + row;
    }
}
