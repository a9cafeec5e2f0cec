package org.jixiao.core.accounts.tables;

import static org.jixiao.core.accounts.tables.PublishedTablesReader.NOTE;
import static org.jixiao.core.accounts.tables.PublishedTablesReader.isDash;
import static org.jixiao.core.accounts.tables.PublishedTablesReader.isNumber;
import static org.jixiao.core.accounts.tables.PublishedTablesReader.key;
import static org.jixiao.core.accounts.tables.PublishedTablesReader.lineKey;
import static org.jixiao.core.accounts.tables.PublishedTablesReader.looseHeader;
import static org.jixiao.core.accounts.tables.PublishedTablesReader.looseLine;
import static org.jixiao.core.accounts.tables.PublishedTablesReader.moneyUnitText;
import static org.jixiao.core.accounts.tables.PublishedTablesReader.nfkc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.core.accounts.ClassificationText;
import org.jixiao.core.accounts.tables.PublishedTableProblem.Code;
import org.jixiao.core.number.Decimals;
import org.jixiao.core.number.MoneyUnit;
import org.jixiao.core.review.PublishedTable;

/**
 * One standard table of a published report being read ({@link PublishedTablesReader}): its heading
 * rows matched to the layout's columns by label, its rows to fixed lines or classification codes, its
 * figures taken; every cell that cannot be taken goes to the reader's {@link Sink} with its place.
 */
final class PublishedTableRead {

    /** Where a problem goes, with its place: line, table, row, column (1-based, 0: none) and heading. */
    interface Sink {
        void problem(int line, StandardTable table, String row, int column, String header, Code code, String what);
    }

    private final Sink sink;

    private static final Set<String> CODE_HEADERS = Set.of("科目编码", "功能分类科目编码", "经济分类科目编码", "支出功能分类科目编码",
            "部门预算支出经济分类科目编码", "编码", "科目代码", "代码");
    private static final Set<String> NAME_HEADERS = Set.of("项目", "项目名称", "科目名称", "名称", "科目", "功能分类科目名称", "经济分类科目名称",
            "支出功能分类科目名称", "部门预算支出经济分类科目名称", "科目编码及名称");
    private static final Set<String> IGNORED_HEADERS = Set.of("行次", "栏次", "序号");
    private static final List<String> CODE_PARTS = List.of("类", "款", "项");
    private static final Pattern LEADING_CODE = Pattern.compile("(?s)^([0-9]{3}(?:[\\s\\-.]?[0-9]{2}){0,2})\\s*(\\D.*)$");

    /** What a published column is. */
    private enum Role { CODE, CODE_PART, NAME, IGNORED, VALUE, UNKNOWN, NONE }

    private record Col(int index, String group, String label, Role role, int part, TableColumn column) {
        String heading() {
            return group.isEmpty() ? label : group + "·" + label;
        }
    }

    final StandardTable table;
    final TableLayout layout;
    final int line;
    MoneyUnit unit = MoneyUnit.WAN_YUAN;
    boolean refused;
    final List<DisclosureRow> rows = new ArrayList<>();
    final Set<String> keys = new HashSet<>();
    final Map<String, TableLine> lines = new HashMap<>();
    final Map<String, List<TableLine>> looseLines = new HashMap<>();

    PublishedTableRead(StandardTable table, int line, Sink sink) {
        this.sink = sink;
        this.table = table;
        this.layout = table.layout();
        this.line = line;
        for (TableLine l : layout.lines()) {
            lines.put(lineKey(l.label()), l);
            looseLines.computeIfAbsent(looseLine(l.label()), k -> new ArrayList<>()).add(l);
        }
    }

    Optional<DisclosureTable> build() {
        if (refused) {
            return Optional.empty();
        }
        return Optional.of(new DisclosureTable(table, unit, rows));
    }

    Optional<TableLine> line(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        TableLine l = lines.get(lineKey(text));
        if (l != null) {
            return Optional.of(l);
        }
        List<TableLine> loose = looseLines.getOrDefault(looseLine(text), List.of());
        return loose.size() == 1 ? Optional.of(loose.get(0)) : Optional.empty();
    }

    /** The columns of the heading read so far (a continuation without its own heading reuses them). */
    List<Col> cols;
    List<PublishedTable.Row> header = List.of();
    String lastClass = "";
    String lastSection = "";

    /** Reads the heading and the rows of a published table (or of its continuation) from row {@code at}. */
    void rows(List<PublishedTable.Row> published, int at) {
        if (at >= published.size()) {
            return;
        }
        PublishedTable.Row first = published.get(at);
        int labelCount = labelColumns(first);
        int next = at;
        if (headerLike(first, labelCount)) {
            List<PublishedTable.Row> heading = new ArrayList<>();
            heading.add(first);
            next = at + 1;
            while (next < published.size() && heading.size() < 3 && headerLike(published.get(next), labelCount)) {
                heading.add(published.get(next++));
            }
            int width = published.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
            List<Col> found = columns(heading, width, published.subList(next, published.size()));
            if (found.stream().noneMatch(c -> c.role() == Role.VALUE)) {
                if (cols == null) {
                    refused = true;
                }
                sink.problem(first.line(), table, "", 0, "", Code.HEADER_NOT_FOUND, "表头“" + String.join(" | ", first.cells()).strip()
                        + "”中没有本表的任何一列（" + String.join("、", layout.columns().stream().map(TableColumn::fullLabel).toList())
                        + "）；" + (cols == null ? "本表未读取" : "这一部分未读取"));
                return;
            }
            boolean continued = cols != null;
            cols = found;
            header = heading;
            if (!continued) {
                Set<String> mapped = new HashSet<>();
                cols.stream().filter(c -> c.role() == Role.VALUE).forEach(c -> mapped.add(c.column().id()));
                for (TableColumn c : layout.columns()) {
                    if (!mapped.contains(c.id())) {
                        sink.problem(first.line(), table, "", 0, "", Code.MISSING_COLUMN, "表头中没有“" + c.fullLabel() + "”这一列，这一列的数按空白处理");
                    }
                }
            }
        } else if (cols == null) {
            refused = true;
            sink.problem(first.line(), table, "", 0, "", Code.HEADER_NOT_FOUND, "表格第一行不是表头（写的是“"
                    + String.join(" | ", first.cells()).strip() + "”），分不出各列；本表未读取");
            return;
        }
        int headerLine = header.get(0).line();
        Map<Integer, Integer> unknownFigures = new LinkedHashMap<>();
        for (int i = next; i < published.size(); i++) {
            PublishedTable.Row r = published.get(i);
            if (r.isBlank() || skipped(r)) {
                continue;
            }
            row(r, unknownFigures);
        }
        for (Col c : cols) {
            int n = unknownFigures.getOrDefault(c.index(), 0);
            if (c.role() == Role.UNKNOWN) {
                sink.problem(headerLine, table, "", c.index() + 1, c.heading(), Code.UNKNOWN_COLUMN, "“" + c.heading() + "”不是本表的列（本表的列："
                        + String.join("、", layout.columns().stream().map(TableColumn::fullLabel).toList()) + "）"
                        + (n > 0 ? "，这一列的 " + n + " 个数未读取" : ""));
            } else if (c.role() == Role.NONE && n > 0) {
                sink.problem(headerLine, table, "", c.index() + 1, "", Code.UNKNOWN_COLUMN, "这一列没有表头，其中的 " + n + " 个数未读取");
            }
        }
    }

    /** One data row: its key (a code or a fixed line), its name and its figures; or a problem. */
    private void row(PublishedTable.Row r, Map<Integer, Integer> unknownFigures) {
        StringBuilder codeCell = new StringBuilder();
        List<String> parts = new ArrayList<>(List.of("", "", ""));
        StringBuilder name = new StringBuilder();
        boolean figures = false;
        for (Col c : cols) {
            String cell = r.cell(c.index()).strip();
            switch (c.role()) {
                case CODE -> codeCell.append(cell);
                case CODE_PART -> parts.set(c.part(), cell);
                case NAME -> name.append(cell);
                case VALUE -> figures |= !cell.isEmpty() && !isDash(cell);
                case UNKNOWN, NONE -> {
                    if (!cell.isEmpty() && !isDash(cell)) {
                        unknownFigures.merge(c.index(), 1, Integer::sum);
                    }
                }
                default -> {
                }
            }
        }
        String code = codeCell.toString().strip();
        String label = name.toString().strip();
        // a row wider than the heading (a continuation cut differently): what lies beyond has no column
        for (int j = cols.size(); j < r.cells().size(); j++) {
            String cell = r.cell(j).strip();
            if (!cell.isEmpty() && !isDash(cell)) {
                sink.problem(r.line(), table, (code + " " + label).strip(), j + 1, "", Code.UNKNOWN_COLUMN,
                        "这一格在表头的各列之外，写的是“" + cell + "”，未读取");
            }
        }
        String partsText = String.join(" ", parts).strip();
        String shown = ((partsText.isEmpty() ? code : partsText) + " " + label).strip();
        String key;
        String rowName = "";
        Quantity quantity = Quantity.MONEY;
        Optional<String> asCode = !partsText.isEmpty() ? splitCode(parts)
                : code.isEmpty() ? Optional.empty() : ClassificationText.code(code);
        Optional<TableLine> asLine = asCode.isPresent() ? Optional.empty()
                : line(code + String.join("", parts) + label).or(() -> line(label)).or(() -> line(code + String.join("", parts)));
        // "2050299 其他普通教育支出" in one cell (the 项目 column, or the 科目编码 column with the name beside it blank)
        Matcher leading = LEADING_CODE.matcher(nfkc(code.isEmpty() ? label : label.isEmpty() ? code : ""));
        if (asCode.isPresent()) {
            key = asCode.get();
            rowName = label;
        } else if (asLine.isPresent()) {
            key = asLine.get().id();
            quantity = asLine.get().quantity();
        } else if (partsText.isEmpty() && layout.codeRows().isPresent() && leading.matches()) {
            key = ClassificationText.code(leading.group(1)).orElseThrow();
            rowName = leading.group(2).strip();
        } else if (isCodeLike(code + partsText)) {
            sink.problem(r.line(), table, shown, 0, "", Code.BAD_CODE, "“" + (partsText.isEmpty() ? code : partsText) + "”不是科目编码（"
                    + (partsText.isEmpty() ? "应为 3、5 或 7 位数字，可带空格或短横线" : "类 3 位、款 2 位、项 2 位数字") + "）；这一行未读取");
            return;
        } else {
            if (figures) {
                sink.problem(r.line(), table, shown, 0, "", Code.UNKNOWN_ROW, shown.isEmpty()
                        ? "这一行有数字，却没有科目编码或项目名称；这一行未读取"
                        : "“" + shown + "”不是本表的项目" + (layout.codeRows().isPresent() ? "，也没有科目编码" : "") + "；这一行未读取");
            }
            return;
        }
        if (DisclosureRow.isCode(key)) {
            if (key.length() == 3) {
                lastClass = key;
            } else if (key.length() == 5) {
                lastClass = key.substring(0, 3);
                lastSection = key;
            }
            Optional<CodeRows> codes = layout.codeRows();
            if (codes.isEmpty() || !codes.get().allows(key)) {
                sink.problem(r.line(), table, shown, 0, "", Code.CODE_NOT_IN_TABLE, codes.isEmpty()
                        ? "本表没有按科目编码列示的行，不应有科目编码“" + key + "”；这一行未读取"
                        : "本表按" + codes.get().kind().label() + "列示到" + codes.get().deepest().label() + "，科目编码“" + key
                                + "”（" + key.length() + " 位）不是本表列示的级次；这一行未读取");
                return;
            }
        }
        if (!keys.add(key)) {
            sink.problem(r.line(), table, shown, 0, "", Code.DUPLICATE_ROW, "“" + shown + "”在本表中已经出现过，这一行未读取");
            return;
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (Col c : cols) {
            if (c.role() == Role.VALUE) {
                Quantity q = quantity;
                value(r, c, shown, q).ifPresent(v -> values.put(c.column().id(), v));
            }
        }
        rows.add(new DisclosureRow(key, rowName, values, "第" + r.line() + "行"));
    }

    /** How many columns at the left hold codes and names, as the first heading row says. */
    private int labelColumns(PublishedTable.Row first) {
        int n = 0;
        for (String cell : first.cells()) {
            String k = key(cell);
            if (k.isEmpty() || CODE_HEADERS.contains(k) || NAME_HEADERS.contains(k) || CODE_PARTS.contains(k) || IGNORED_HEADERS.contains(k)) {
                n++;
            } else {
                break;
            }
        }
        return n;
    }

    /** A heading row: not blank, no number, no line of the table where the labels go. */
    private boolean headerLike(PublishedTable.Row r, int labelCount) {
        if (r.isBlank()) {
            return false;
        }
        for (int j = 0; j < r.cells().size(); j++) {
            String cell = r.cell(j);
            if (isNumber(cell) || j < Math.max(labelCount, 1) && !cell.isBlank() && line(cell).isPresent()) {
                return false;
            }
        }
        return true;
    }

    /** Rows passed over: 栏次 (also as bare 1, 2, 3 …), notes, unit lines, heading rows repeated after a page break. */
    private boolean skipped(PublishedTable.Row r) {
        List<String> texts = r.cells().stream().filter(c -> !c.isBlank()).map(PublishedTablesReader::key).toList();
        String lead = texts.isEmpty() ? "" : texts.get(0);
        if (IGNORED_HEADERS.contains(lead) || NOTE.matcher(lead).find()) {
            return true;
        }
        if (texts.size() == 1 && moneyUnitText(texts.get(0)).isPresent()) {
            return true;
        }
        boolean numbering = texts.size() > 1;
        for (int i = 0; i < texts.size() && numbering; i++) {
            numbering = texts.get(i).equals(String.valueOf(i + 1));
        }
        if (numbering) {
            return true;
        }
        List<String> keysOf = r.cells().stream().map(PublishedTablesReader::key).toList();
        return header.stream().anyMatch(h -> h.cells().stream().map(PublishedTablesReader::key).toList().equals(keysOf));
    }

    /** The heading rows flattened: each column's label (its lowest text) and group (the nearest other text above). */
    private List<Col> columns(List<PublishedTable.Row> header, int width, List<PublishedTable.Row> data) {
        int h = header.size();
        String[][] text = new String[h][width];
        int[] labelRow = new int[width];
        for (int j = 0; j < width; j++) {
            labelRow[j] = -1;
            for (int r = 0; r < h; r++) {
                text[r][j] = header.get(r).cell(j).strip();
                if (!text[r][j].isEmpty()) {
                    labelRow[j] = r;
                }
            }
        }
        // a group's text stands over its first column only (merged cells): carry it right over the
        // blank cells of columns that have a label below it
        String[][] effective = new String[h][width];
        for (int r = 0; r < h; r++) {
            for (int j = 0; j < width; j++) {
                if (!text[r][j].isEmpty()) {
                    effective[r][j] = text[r][j];
                } else if (j > 0 && labelRow[j] > r && effective[r][j - 1] != null && labelRow[j - 1] > r) {
                    effective[r][j] = effective[r][j - 1];
                }
            }
        }
        List<Col> cols = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        boolean valueSeen = false;
        for (int j = 0; j < width; j++) {
            if (labelRow[j] < 0) {
                cols.add(new Col(j, "", "", valueSeen ? Role.NONE : Role.NAME, 0, null));
                continue;
            }
            String label = text[labelRow[j]][j];
            String group = "";
            for (int r = labelRow[j] - 1; r >= 0; r--) {
                if (effective[r][j] != null && !key(effective[r][j]).equals(key(label))) {
                    group = effective[r][j];
                    break;
                }
            }
            String k = key(label);
            if (CODE_PARTS.contains(k) && (group.isEmpty() || CODE_HEADERS.contains(key(group)) || key(group).contains("编码"))) {
                cols.add(new Col(j, group, label, Role.CODE_PART, CODE_PARTS.indexOf(k), null));
            } else if (CODE_HEADERS.contains(k)) {
                cols.add(new Col(j, group, label, Role.CODE, 0, null));
            } else if (NAME_HEADERS.contains(k) && !valueSeen) {
                cols.add(new Col(j, group, label, Role.NAME, 0, null));
            } else if (IGNORED_HEADERS.contains(k)) {
                cols.add(new Col(j, group, label, Role.IGNORED, 0, null));
            } else {
                Optional<TableColumn> c = match(group, label).filter(m -> !taken.contains(m.id()));
                if (c.isPresent()) {
                    taken.add(c.get().id());
                    valueSeen = true;
                    cols.add(new Col(j, group, label, Role.VALUE, 0, c.get()));
                } else {
                    cols.add(new Col(j, group, label, Role.UNKNOWN, 0, null));
                }
            }
        }
        // 科目编码 over three columns without a 类/款/项 row: the blank-headed columns after it holding
        // two-digit parts are 款 and 项
        for (int j = 1; j < cols.size(); j++) {
            Col c = cols.get(j);
            Col before = cols.get(j - 1);
            boolean code = before.role() == Role.CODE || before.role() == Role.CODE_PART && before.part() < 2;
            if (c.role() == Role.NAME && c.label().isEmpty() && code && codeParts(data, j)) {
                if (before.role() == Role.CODE) {
                    cols.set(j - 1, new Col(before.index(), before.group(), before.label(), Role.CODE_PART, 0, null));
                }
                cols.set(j, new Col(c.index(), "", "", Role.CODE_PART, before.role() == Role.CODE ? 1 : before.part() + 1, null));
            }
        }
        return cols;
    }

    /** Whether a column's cells are all blank or parts of codes (two digits), and some are. */
    private boolean codeParts(List<PublishedTable.Row> data, int column) {
        boolean any = false;
        for (PublishedTable.Row r : data) {
            String cell = r.cell(column).strip();
            if (!cell.isEmpty()) {
                Optional<String> digits = ClassificationText.code(cell);
                if (digits.isEmpty() || digits.get().length() != 2) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** The layout's column a heading names: label (and group, where both have one), then loosely. */
    private Optional<TableColumn> match(String group, String label) {
        for (boolean loose : new boolean[] {false, true}) {
            List<TableColumn> found = new ArrayList<>();
            for (TableColumn c : layout.columns()) {
                boolean same = loose ? looseHeader(c.label()).equals(looseHeader(label)) : key(c.label()).equals(key(label));
                if (same) {
                    found.add(c);
                }
            }
            if (found.size() > 1 && !group.isEmpty()) {
                found.removeIf(c -> !looseHeader(c.group()).equals(looseHeader(group)));
            }
            if (found.size() == 1) {
                return Optional.of(found.get(0));
            }
        }
        return Optional.empty();
    }

    /** A code written over 类/款/项 columns; a 款 or 项 without its 类 (or 款) takes the last one above. */
    private Optional<String> splitCode(List<String> parts) {
        List<String> digits = new ArrayList<>();
        for (String p : parts) {
            if (p.isEmpty()) {
                digits.add("");
                continue;
            }
            Optional<String> d = ClassificationText.code(p);
            if (d.isEmpty()) {
                return Optional.empty();
            }
            digits.add(d.get());
        }
        String c = digits.get(0);
        String s = digits.get(1);
        String i = digits.get(2);
        if (!c.isEmpty() && s.isEmpty() && i.isEmpty()) {
            return Optional.of(c); // a whole code in the first column (its cell merged over the three)
        }
        if (!c.isEmpty()) {
            return c.length() == 3 && s.length() == 2 && (i.isEmpty() || i.length() == 2) ? Optional.of(c + s + i) : Optional.empty();
        }
        if (!s.isEmpty()) {
            return s.length() == 2 && !lastClass.isEmpty() && (i.isEmpty() || i.length() == 2) ? Optional.of(lastClass + s + i) : Optional.empty();
        }
        return i.length() == 2 && !lastSection.isEmpty() ? Optional.of(lastSection + i) : Optional.empty();
    }

    private boolean isCodeLike(String cell) {
        String k = key(cell);
        long digits = k.chars().filter(Character::isDigit).count();
        return digits > 0 && digits * 2 >= k.length();
    }

    private Optional<BigDecimal> value(PublishedTable.Row r, Col c, String row, Quantity quantity) {
        String cell = r.cell(c.index()).strip();
        if (cell.isEmpty() || isDash(cell)) {
            return Optional.empty();
        }
        boolean percent = quantity == Quantity.PERCENT || c.column().role() == ColumnRole.RATE;
        String k = key(cell);
        if (percent) {
            k = k.replace("%", "");
        }
        BigDecimal v = Decimals.parseOrNull(k);
        if (v == null) {
            sink.problem(r.line(), table, row, c.index() + 1, c.heading(), Code.NOT_A_NUMBER, "应为"
                    + (quantity == Quantity.COUNT ? "整数" : percent ? "百分数（如 20.27）" : "金额") + "，写的是“" + cell + "”");
            return Optional.empty();
        }
        if (quantity == Quantity.COUNT && v.stripTrailingZeros().scale() > 0) {
            sink.problem(r.line(), table, row, c.index() + 1, c.heading(), Code.NOT_A_WHOLE_NUMBER, "是数量，应为整数，写的是“" + cell + "”");
            return Optional.empty();
        }
        return Optional.of(v);
    }
}
