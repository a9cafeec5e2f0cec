package org.jixiao.core.accounts.tables;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
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
    static final Pattern NOTE = Pattern.compile("^(?:注|说明|备注)[:0-9一二三四五六七八九十]");


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

    static String nfkc(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).strip();
    }

    static boolean isDash(String cell) {
        return DASHES.matcher(key(cell)).matches();
    }

    static boolean isNumber(String cell) {
        String k = key(cell).replace("%", "");
        return !k.isEmpty() && Decimals.parseOrNull(k) != null;
    }

    /** The money unit a line states, if it states one: 万元, 元, or the text it names instead. */
    static Optional<String> moneyUnitText(String text) {
        Matcher m = MONEY_UNIT.matcher(nfkc(text));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    // ---- one reading -----------------------------------------------------------------------------

    private static final class Run {
        private final PublishedDocument document;
        private final OptionalInt givenYear;
        private final List<PublishedTableProblem> problems = new ArrayList<>();
        private final Map<StandardTable, PublishedTableRead> reads = new EnumMap<>(StandardTable.class);
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
            for (PublishedTableRead r : reads.values()) {
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
            PublishedTableRead read = reads.get(standard);
            if (read != null) {
                if (!nfkc(titleText).contains("续")) {
                    problem(t.line(), standard, "", 0, "", Code.DUPLICATE_TABLE, "本表在第" + read.line + "行已经出现过，这里又出现一次（标题“"
                            + titleText.strip() + "”，没有注明“续”），未读取");
                    return;
                }
            } else {
                read = new PublishedTableRead(standard, t.line(), this::problem);
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
    }
}
