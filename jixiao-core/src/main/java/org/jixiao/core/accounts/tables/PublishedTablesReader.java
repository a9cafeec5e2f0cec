package org.jixiao.core.accounts.tables;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.core.accounts.ClassificationText;
import org.jixiao.core.accounts.tables.PublishedTableProblem.Code;
import org.jixiao.core.number.Decimals;
import org.jixiao.core.number.MoneyUnit;
import org.jixiao.core.review.PublishedDocument;
import org.jixiao.core.review.PublishedTable;

/**
 * Reads the disclosure tables (决算公开表) of a published report — a {@link PublishedDocument} as the text,
 * Markdown, HTML or Word readers give it — into {@link DisclosureTables}, for {@link DisclosureChecks}.
 * Pure: no I/O.
 *
 * <ul>
 *   <li><b>Which table.</b> By its title ({@link PublishedTable#title()}, else a title row at the top of the
 *       table) through {@link StandardTable#byTitle}: numbering ("表1", "附表3-2", "十、"), spaces and notes
 *       in brackets are tolerated, and so are the unit's name and a year before the name ("包头市电化教育馆
 *       2024年度收入决算表"). A table titled "…（续）" continues the table of that name; a table that is not
 *       a standard one is passed over; a standard table that is absent is simply absent.</li>
 *   <li><b>Columns.</b> The heading rows (one to three, with merged group cells blank to the right of the
 *       group's text, or repeated, as the readers flatten them) give each column a label and a group
 *       ("决算数"·"合计"); labels are compared without spaces, full-width forms or quotes, then without
 *       bracketed notes, "%" or a final 数 ("年初预算" is 年初预算数). 科目编码 (or 类/款/项 in three columns), 项目 /
 *       科目名称 and 行次/栏次 are recognised as such.</li>
 *   <li><b>Rows.</b> By code (with or without separators, split over 类/款/项 columns — a 款 or 项 written
 *       without its 类 takes the last one above —, or written before the name in one cell: "2050299 其他
 *       普通教育支出"), else by the fixed line's label, numbering and "其中：" tolerated. Rows without figures
 *       that are neither (a heading inside a table), 栏次 rows, notes ("注：…") and repeated heading rows are
 *       passed over.</li>
 *   <li><b>Figures.</b> Thousands separators and full-width digits are read, "%" after a rate; a blank cell
 *       and "-", "—", "/" state nothing (no value), as in the template a blank cell does; "0" and "0.00" are
 *       zero.</li>
 *   <li><b>Money unit.</b> From "单位：万元" / "金额单位：元" in the title, in a row above the heading, else in a
 *       line between the previous table and this one (the last such line); without one, 万元 is assumed and
 *       reported.</li>
 *   <li><b>Unit, year, kind.</b> Unit name and year from the document's title ("2024 年度包头市电化教育馆
 *       决算公开报告", "XX局2024年度部门决算"); 事业单位 when the narrative writes "公用经费支出决算 …",
 *       行政单位 for "机关运行经费支出决算 …", or "单位性质：…".</li>
 * </ul>
 *
 * Every cell that cannot be taken is reported ({@link PublishedTableProblem}: line, table, row, column,
 * stable code, Chinese message) and left blank; the rest of the table is kept.
 */
public final class PublishedTablesReader {

    private PublishedTablesReader() {
    }

    /** Reads the tables; unit, year and kind come from the document alone. */
    public static PublishedTablesReading read(PublishedDocument document) {
        return new Run(document, OptionalInt.empty()).read();
    }

    /**
     * Reads the tables of a report for {@code year}: used when the title states none; when the title states
     * another, the given year is used and {@code YEAR_MISMATCH} reported.
     */
    public static PublishedTablesReading read(PublishedDocument document, int year) {
        return new Run(document, OptionalInt.of(year)).read();
    }

    // ---- text forms ------------------------------------------------------------------------------

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern YEAR_PHRASE = Pattern.compile("[（(]?\\s*(?:19|20)\\d{2}\\s*年度?\\s*[)）]?");
    /** "单位：万元", "金额单位:元", "（单位：千元）": a money unit is a word ending in 元 (a unit's name after "单位：" is not). */
    private static final Pattern MONEY_UNIT = Pattern.compile("(?:金额)?单位\\s*[:：]\\s*([^\\s,，、;；)）:：]{0,3}元)");
    private static final Pattern DASHES = Pattern.compile("[—–\\-－―/／]+");
    private static final Pattern KIND_SENTENCE = Pattern.compile("(机关运行经费|公用经费)支出决算(?:数)?(?:为)?\\s*[0-9０-９]");
    private static final Pattern KIND_STATED = Pattern.compile("单位性质\\s*[:：]\\s*(行政单位|事业单位)");
    private static final Pattern LINE_NUMBERING = Pattern.compile("^(?:[一二三四五六七八九十]+[、.]|\\([0-9一二三四五六七八九十]+\\)|[0-9]+[、.])");
    private static final Pattern WHEREOF = Pattern.compile("^其中:?");
    private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)");
    private static final Pattern LEADING_CODE = Pattern.compile("(?s)^([0-9]{3}(?:[\\s\\-.]?[0-9]{2}){0,2})\\s*(\\D.*)$");
    private static final Pattern NOTE = Pattern.compile("^(?:注|说明|备注)[:0-9一二三四五六七八九十]");

    private static final Set<String> CODE_HEADERS = Set.of("科目编码", "功能分类科目编码", "经济分类科目编码", "支出功能分类科目编码",
            "部门预算支出经济分类科目编码", "编码", "科目代码", "代码");
    private static final Set<String> NAME_HEADERS = Set.of("项目", "项目名称", "科目名称", "名称", "科目", "功能分类科目名称", "经济分类科目名称",
            "支出功能分类科目名称", "部门预算支出经济分类科目名称", "科目编码及名称");
    private static final Set<String> IGNORED_HEADERS = Set.of("行次", "栏次", "序号");
    private static final List<String> CODE_PARTS = List.of("类", "款", "项");

    /** NFKC, no spaces or quotes, one kind of bracket, no trailing punctuation. */
    static String key(String text) {
        return ClassificationText.nameKey(text == null ? "" : text).replace("\"", "");
    }

    /** A heading compared loosely: no bracketed note, no "%", no final 数. */
    static String looseHeader(String text) {
        String k = BRACKETED.matcher(key(text)).replaceAll("").replace("%", "");
        return k.endsWith("数") ? k.substring(0, k.length() - 1) : k;
    }

    /** A fixed line's label without its numbering ("一、", "（二）") or "其中：". */
    static String lineKey(String text) {
        String k = LINE_NUMBERING.matcher(key(text)).replaceFirst("");
        return WHEREOF.matcher(k).replaceFirst("");
    }

    static String looseLine(String text) {
        return BRACKETED.matcher(lineKey(text)).replaceAll("");
    }

    private static String nfkc(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).strip();
    }

    private static boolean isDash(String cell) {
        return DASHES.matcher(key(cell)).matches();
    }

    private static boolean isNumber(String cell) {
        String k = key(cell).replace("%", "");
        return !k.isEmpty() && Decimals.parseOrNull(k) != null;
    }

    /** The money unit a line states, if it states one: 万元, 元, or the text it names instead. */
    private static Optional<String> moneyUnitText(String text) {
        Matcher m = MONEY_UNIT.matcher(nfkc(text));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    // ---- one reading -----------------------------------------------------------------------------

    private static final class Run {
        private final PublishedDocument document;
        private final OptionalInt givenYear;
        private final List<PublishedTableProblem> problems = new ArrayList<>();
        private final Map<StandardTable, TableRead> reads = new EnumMap<>(StandardTable.class);
        private String unit = "";

        Run(PublishedDocument document, OptionalInt givenYear) {
            this.document = Objects.requireNonNull(document, "document");
            this.givenYear = givenYear;
        }

        PublishedTablesReading read() {
            OptionalInt year = title();
            UnitKind kind = kind();
            // what the title and the narrative lack matters only for a report that has disclosure tables
            List<PublishedTableProblem> ofDocument = List.copyOf(problems);
            problems.clear();
            int previousEnd = 0;
            for (PublishedTable t : document.tables()) {
                table(t, previousEnd);
                previousEnd = t.rows().isEmpty() ? t.line() : t.rows().get(t.rows().size() - 1).line();
            }
            if (!reads.isEmpty()) {
                problems.addAll(0, ofDocument);
            }
            List<DisclosureTable> tables = new ArrayList<>();
            for (TableRead r : reads.values()) {
                r.build().ifPresent(tables::add);
            }
            problems.sort(Comparator.comparingInt(PublishedTableProblem::line));
            Optional<DisclosureTables> out = year.isPresent()
                    ? Optional.of(new DisclosureTables(unit, year.getAsInt(), kind, tables)) : Optional.empty();
            return new PublishedTablesReading(out, List.copyOf(reads.keySet()), problems);
        }

        /**
         * Unit name and year from the document's title: the first short line before the tables naming 决算 and
         * a year, else the first naming 决算 (for the unit's name).
         */
        private OptionalInt title() {
            int firstTable = document.tables().isEmpty() ? Integer.MAX_VALUE : document.tables().get(0).line();
            PublishedDocument.Paragraph title = null;
            PublishedDocument.Paragraph withoutYear = null;
            int seen = 0;
            for (PublishedDocument.Paragraph p : document.paragraphs()) {
                if (p.line() >= firstTable || seen++ >= 15) {
                    break;
                }
                String t = nfkc(p.text());
                if (t.contains("决算") && t.length() <= 60 && !t.contains("。")) {
                    if (YEAR.matcher(t).find()) {
                        title = p;
                        break;
                    }
                    if (withoutYear == null) {
                        withoutYear = p;
                    }
                }
            }
            OptionalInt stated = OptionalInt.empty();
            if (title != null) {
                Matcher m = YEAR.matcher(nfkc(title.text()));
                m.find();
                stated = OptionalInt.of(Integer.parseInt(m.group(1)));
            } else {
                title = withoutYear;
            }
            int line = title == null ? 0 : title.line();
            String written = title == null ? "" : title.text().strip();
            if (title != null) {
                String rest = YEAR_PHRASE.matcher(nfkc(written)).replaceFirst("");
                int cut = rest.indexOf("决算");
                rest = (cut < 0 ? rest : rest.substring(0, cut)).strip();
                unit = rest.replaceFirst("(单位|部门)$", "").strip();
            }
            if (unit.isEmpty()) {
                problems.add(new PublishedTableProblem(line, "", "", 0, "", Code.UNIT_NAME_MISSING, title == null
                        ? "文档开头找不到标题（如“包头市电化教育馆2024年度单位决算”），单位名称未知"
                        : "标题“" + written + "”中找不到单位名称"));
            }
            if (givenYear.isPresent()) {
                if (stated.isPresent() && stated.getAsInt() != givenYear.getAsInt()) {
                    problems.add(new PublishedTableProblem(line, "", "", 0, "", Code.YEAR_MISMATCH, "标题“" + written + "”写的是 "
                            + stated.getAsInt() + " 年度，按指定的 " + givenYear.getAsInt() + " 年度读取"));
                }
                return givenYear;
            }
            if (stated.isEmpty() || stated.getAsInt() < 1990 || stated.getAsInt() > 2100) {
                problems.add(new PublishedTableProblem(line, "", "", 0, "", Code.YEAR_MISSING, (title == null
                        ? "文档开头找不到标题（如“…2024年度单位决算”）"
                        : stated.isEmpty() ? "标题“" + written + "”没有写明年度" : "标题“" + written + "”的年度不在 1990 至 2100 之间")
                        + "，无法确定决算年度；请指定年度"));
                return OptionalInt.empty();
            }
            return stated;
        }

        /** 事业单位 when the narrative writes "公用经费支出决算 …", 行政单位 for "机关运行经费支出决算 …", or "单位性质：…". */
        private UnitKind kind() {
            for (PublishedDocument.Paragraph p : document.paragraphs()) {
                String t = nfkc(p.text()).replaceAll("\\s+", "");
                Matcher stated = KIND_STATED.matcher(t);
                if (stated.find()) {
                    return UnitKind.byLabel(stated.group(1)).orElseThrow();
                }
                Matcher m = KIND_SENTENCE.matcher(t);
                if (m.find()) {
                    return m.group(1).equals("公用经费") ? UnitKind.INSTITUTION : UnitKind.ADMINISTRATIVE;
                }
            }
            problems.add(new PublishedTableProblem(0, "", "", 0, "", Code.UNIT_KIND_NOT_STATED,
                    "文中没有写明单位性质（“单位性质：事业单位”，或“公用经费支出决算”“机关运行经费支出决算”的说明），按行政单位读取"));
            return UnitKind.ADMINISTRATIVE;
        }

        /** The standard table a title names, with a unit's name or a year before it tolerated. */
        private Optional<StandardTable> recognise(String title) {
            if (title == null || title.isBlank()) {
                return Optional.empty();
            }
            String t = nfkc(title);
            Optional<StandardTable> found = StandardTable.byTitle(t);
            if (found.isEmpty()) {
                Matcher m = YEAR_PHRASE.matcher(t);
                if (m.find()) {
                    found = StandardTable.byTitle(t.substring(m.end()));
                }
            }
            if (found.isEmpty() && !unit.isEmpty()) {
                String k = key(t);
                String u = key(unit);
                int at = k.indexOf(u);
                if (at >= 0) {
                    String rest = k.substring(at + u.length());
                    found = StandardTable.byTitle(YEAR_PHRASE.matcher(rest).replaceFirst(""));
                }
            }
            return found;
        }

        private void table(PublishedTable t, int previousEnd) {
            List<PublishedTable.Row> rows = t.rows();
            int at = 0;
            Optional<StandardTable> which = recognise(t.title());
            String titleText = t.title();
            List<String> unitTexts = new ArrayList<>();
            moneyUnitText(t.title()).ifPresent(unitTexts::add);
            // rows above the heading that only give the title, the unit or the year
            while (at < rows.size()) {
                PublishedTable.Row r = rows.get(at);
                List<String> texts = r.cells().stream().filter(c -> !c.isBlank()).map(String::strip).distinct().toList();
                if (texts.isEmpty()) {
                    at++;
                    continue;
                }
                boolean meta = true;
                Optional<StandardTable> named = Optional.empty();
                List<String> units = new ArrayList<>();
                for (String c : texts) {
                    Optional<StandardTable> n = recognise(c);
                    Optional<String> u = moneyUnitText(c);
                    if (n.isPresent()) {
                        named = n;
                        u.ifPresent(units::add);
                    } else if (u.isPresent()) {
                        units.add(u.get());
                    } else if (!YEAR_PHRASE.matcher(nfkc(c)).matches() && !key(c).matches("公开[0-9]+表")) {
                        meta = false;
                    }
                }
                if (!meta) {
                    break;
                }
                if (which.isEmpty() && named.isPresent()) {
                    which = named;
                    titleText = texts.get(0);
                }
                unitTexts.addAll(units);
                at++;
            }
            if (which.isEmpty()) {
                return;
            }
            StandardTable standard = which.get();
            TableRead read = reads.get(standard);
            if (read != null) {
                if (!nfkc(titleText).contains("续")) {
                    problem(t.line(), standard, "", 0, "", Code.DUPLICATE_TABLE, "本表在第" + read.line + "行已经出现过，这里又出现一次（标题“"
                            + titleText.strip() + "”，没有注明“续”），未读取");
                    return;
                }
            } else {
                read = new TableRead(standard, t.line());
                reads.put(standard, read);
                MoneyUnit money = moneyUnit(t, previousEnd, unitTexts, standard);
                if (money == null) {
                    read.refused = true;
                    return;
                }
                read.unit = money;
            }
            if (read.refused) {
                return;
            }
            read.rows(rows, at);
        }

        /**
         * The table's money unit: stated in its title or rows above its heading, else in a line between the previous
         * table and this one; null (reported) when it names one that is neither 万元 nor 元.
         */
        private MoneyUnit moneyUnit(PublishedTable t, int previousEnd, List<String> inTable, StandardTable standard) {
            String stated = inTable.isEmpty() ? null : inTable.get(inTable.size() - 1);
            int line = t.line();
            if (stated == null) {
                String before = null;
                int beforeLine = 0;
                for (PublishedDocument.Paragraph p : document.paragraphs()) {
                    if (p.line() >= t.line()) {
                        break;
                    }
                    if (p.line() <= previousEnd) {
                        continue;
                    }
                    Optional<String> u = moneyUnitText(p.text());
                    if (u.isPresent()) {
                        before = u.get();
                        beforeLine = p.line();
                    }
                }
                if (before != null) {
                    stated = before;
                    line = beforeLine;
                }
            }
            if (stated == null) {
                problem(t.line(), standard, "", 0, "", Code.MONEY_UNIT_MISSING, "找不到本表的金额单位（“单位：万元”或“单位：元”），按万元读取");
                return MoneyUnit.WAN_YUAN;
            }
            if (stated.startsWith("万元")) {
                return MoneyUnit.WAN_YUAN;
            }
            if (stated.startsWith("元")) {
                return MoneyUnit.YUAN;
            }
            problem(line, standard, "", 0, "", Code.BAD_MONEY_UNIT, "金额单位应为“万元”或“元”，写的是“" + stated + "”；本表未读取");
            return null;
        }

        private void problem(int line, StandardTable table, String row, int column, String header, Code code, String what) {
            StringBuilder where = new StringBuilder();
            if (line > 0) {
                where.append("第").append(line).append("行");
            }
            where.append("“").append(table.title()).append("”");
            if (!row.isEmpty()) {
                where.append("“").append(row).append("”行");
            }
            if (column > 0) {
                where.append("第").append(column).append("列");
                if (!header.isEmpty()) {
                    where.append("（").append(header).append("）");
                }
            }
            problems.add(new PublishedTableProblem(line, table.title(), row, column, header, code, where + "：" + what));
        }

        // ---- one standard table -------------------------------------------------------------------

        /** What a published column is. */
        private enum Role { CODE, CODE_PART, NAME, IGNORED, VALUE, UNKNOWN, NONE }

        private record Col(int index, String group, String label, Role role, int part, TableColumn column) {
            String heading() {
                return group.isEmpty() ? label : group + "·" + label;
            }
        }

        private final class TableRead {
            final StandardTable table;
            final TableLayout layout;
            final int line;
            MoneyUnit unit = MoneyUnit.WAN_YUAN;
            boolean refused;
            final List<DisclosureRow> rows = new ArrayList<>();
            final Set<String> keys = new HashSet<>();
            final Map<String, TableLine> lines = new HashMap<>();
            final Map<String, List<TableLine>> looseLines = new HashMap<>();

            TableRead(StandardTable table, int line) {
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
                        problem(first.line(), table, "", 0, "", Code.HEADER_NOT_FOUND, "表头“" + String.join(" | ", first.cells()).strip()
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
                                problem(first.line(), table, "", 0, "", Code.MISSING_COLUMN, "表头中没有“" + c.fullLabel() + "”这一列，这一列的数按空白处理");
                            }
                        }
                    }
                } else if (cols == null) {
                    refused = true;
                    problem(first.line(), table, "", 0, "", Code.HEADER_NOT_FOUND, "表格第一行不是表头（写的是“"
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
                        problem(headerLine, table, "", c.index() + 1, c.heading(), Code.UNKNOWN_COLUMN, "“" + c.heading() + "”不是本表的列（本表的列："
                                + String.join("、", layout.columns().stream().map(TableColumn::fullLabel).toList()) + "）"
                                + (n > 0 ? "，这一列的 " + n + " 个数未读取" : ""));
                    } else if (c.role() == Role.NONE && n > 0) {
                        problem(headerLine, table, "", c.index() + 1, "", Code.UNKNOWN_COLUMN, "这一列没有表头，其中的 " + n + " 个数未读取");
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
                        problem(r.line(), table, (code + " " + label).strip(), j + 1, "", Code.UNKNOWN_COLUMN,
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
                    problem(r.line(), table, shown, 0, "", Code.BAD_CODE, "“" + (partsText.isEmpty() ? code : partsText) + "”不是科目编码（"
                            + (partsText.isEmpty() ? "应为 3、5 或 7 位数字，可带空格或短横线" : "类 3 位、款 2 位、项 2 位数字") + "）；这一行未读取");
                    return;
                } else {
                    if (figures) {
                        problem(r.line(), table, shown, 0, "", Code.UNKNOWN_ROW, shown.isEmpty()
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
                        problem(r.line(), table, shown, 0, "", Code.CODE_NOT_IN_TABLE, codes.isEmpty()
                                ? "本表没有按科目编码列示的行，不应有科目编码“" + key + "”；这一行未读取"
                                : "本表按" + codes.get().kind().label() + "列示到" + codes.get().deepest().label() + "，科目编码“" + key
                                        + "”（" + key.length() + " 位）不是本表列示的级次；这一行未读取");
                        return;
                    }
                }
                if (!keys.add(key)) {
                    problem(r.line(), table, shown, 0, "", Code.DUPLICATE_ROW, "“" + shown + "”在本表中已经出现过，这一行未读取");
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
                    problem(r.line(), table, row, c.index() + 1, c.heading(), Code.NOT_A_NUMBER, "应为"
                            + (quantity == Quantity.COUNT ? "整数" : percent ? "百分数（如 20.27）" : "金额") + "，写的是“" + cell + "”");
                    return Optional.empty();
                }
                if (quantity == Quantity.COUNT && v.stripTrailingZeros().scale() > 0) {
                    problem(r.line(), table, row, c.index() + 1, c.heading(), Code.NOT_A_WHOLE_NUMBER, "是数量，应为整数，写的是“" + cell + "”");
                    return Optional.empty();
                }
                return Optional.of(v);
            }
        }
    }
}
