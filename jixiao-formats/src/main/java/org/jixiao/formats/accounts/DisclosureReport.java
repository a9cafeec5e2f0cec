package org.jixiao.formats.accounts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jixiao.core.accounts.disclosure.Compared;
import org.jixiao.core.accounts.disclosure.Disclosure;
import org.jixiao.core.accounts.disclosure.FunctionalClass;
import org.jixiao.core.accounts.disclosure.FunctionalItem;
import org.jixiao.core.accounts.disclosure.Listing;
import org.jixiao.core.accounts.disclosure.NarrativeGenerator;
import org.jixiao.core.accounts.disclosure.Sentence;
import org.jixiao.core.accounts.disclosure.Share;
import org.jixiao.core.accounts.tables.DisclosureRow;
import org.jixiao.core.accounts.tables.DisclosureTable;
import org.jixiao.core.accounts.tables.DisclosureTables;
import org.jixiao.core.accounts.tables.LayoutPart;
import org.jixiao.core.accounts.tables.Quantity;
import org.jixiao.core.accounts.tables.TableColumn;
import org.jixiao.core.accounts.tables.TableLine;
import org.jixiao.core.accounts.tables.TablesNarrative;
import org.jixiao.core.number.Amount;
import org.jixiao.core.number.MoneyUnit;
import org.jixiao.formats.report.CjkFont;
import org.jixiao.formats.report.CjkFonts;
import org.jixiao.formats.report.Report;
import org.jixiao.formats.report.Report.Block;
import org.jixiao.formats.report.Report.Column;
import org.jixiao.formats.report.Report.Paragraph;
import org.jixiao.formats.report.Report.Row;
import org.jixiao.formats.report.Report.RowStyle;
import org.jixiao.formats.report.Report.Section;
import org.jixiao.formats.report.Report.Subheading;
import org.jixiao.formats.report.ReportException;
import org.jixiao.formats.report.ReportTitle;

/**
 * A unit's final-accounts disclosure (决算公开) as a {@link Report}, for {@code DocxReport} and
 * {@code PdfReport}: the title "{unit}决算公开报告（{year} 年度）", then
 *
 * <ul>
 *   <li>第一部分 单位决算情况说明 — sections 一 to 十三 in the national wording, written from the tables
 *       through {@link TablesNarrative} and {@link NarrativeGenerator} (so the text reads back through
 *       the reviewer's reader), every cause left as {@link Report#PLACEHOLDER}; 六 and 七 list the economic
 *       detail, 十二 and 十三 procurement and assets from the 其他相关情况 table; with 二 the chart 图1
 *       收入决算结构 and with 三 图2 支出决算结构 ({@link DisclosureCharts});</li>
 *   <li>第二部分 单位决算表 — each table under its numbered title and its money unit, with its two-row
 *       merged heading (科目编码, 项目 and ungrouped columns over both rows, a group such as 决算数 over its
 *       columns) and a fixed line's label spanning 科目编码 and 项目.</li>
 * </ul>
 *
 * A table that is missing leaves its section out. The charts need the Chinese font (their labels
 * are Chinese); without one, each chart's place holds a visible note saying so and why.
 */
public final class DisclosureReport {

    /** What a chart's place says when no font could draw it (followed by the reason's code). */
    static final String NO_CHART = "未绘制：本机没有可用于绘制图表文字的中文字体";

    private DisclosureReport() {
    }

    /**
     * The report, with charts when {@link CjkFonts#find()} finds a Chinese font; when it finds none
     * (or {@code JIXIAO_CJK_FONT} names one that cannot serve), a note in each chart's place.
     */
    public static Report build(DisclosureTables tables) {
        Optional<CjkFont> font;
        ReportException why = null;
        try {
            font = Optional.of(CjkFonts.find());
        } catch (ReportException e) {
            font = Optional.empty();
            why = e;
        }
        return new Builder(tables, font, why == null ? ReportException.Code.CJK_FONT_MISSING : why.code()).report();
    }

    /**
     * The report, its charts drawn with {@code chartFont}; with none, a note in each chart's place.
     *
     * @throws ReportException {@code GLYPH_MISSING} or {@code CJK_FONT_UNUSABLE} when the font cannot draw a chart's labels
     */
    public static Report build(DisclosureTables tables, Optional<CjkFont> chartFont) {
        Objects.requireNonNull(chartFont, "chartFont");
        return new Builder(tables, chartFont, ReportException.Code.CJK_FONT_MISSING).report();
    }

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四",
            "十五", "十六", "十七", "十八", "十九", "二十"};

    private static final class Builder {
        private final DisclosureTables tables;
        private final Optional<CjkFont> font;
        private final ReportException.Code noFont;
        private final Disclosure d;
        private final List<Sentence> generated;
        private final Map<String, Sentence> sentences = new HashMap<>();
        private final String lead;
        private List<Block> blocks;

        Builder(DisclosureTables tables, Optional<CjkFont> font, ReportException.Code noFont) {
            this.tables = Objects.requireNonNull(tables, "tables");
            this.font = font;
            this.noFont = noFont;
            this.d = TablesNarrative.disclosure(tables);
            this.generated = NarrativeGenerator.generate(d);
            generated.forEach(s -> sentences.putIfAbsent(s.key(), s));
            this.lead = tables.unit() + " " + tables.year() + " 年度";
        }

        Report report() {
            List<Section> sections = new ArrayList<>();
            blocks = new ArrayList<>();
            section1();
            section2and3();
            section4();
            section5();
            section6and7();
            section8();
            changeSection("九、政府性基金预算财政拨款支出决算情况说明", d.governmentFunds());
            changeSection("十、国有资本经营预算财政拨款支出决算情况说明", d.stateCapital());
            changeSection("十一、机关运行经费（公用经费）支出决算情况说明", d.runningCosts());
            section12and13();
            sections.add(new Section("第一部分 单位决算情况说明", blocks));
            blocks = new ArrayList<>();
            for (DisclosureTable t : tables.tables()) {
                table(t);
            }
            sections.add(new Section("第二部分 单位决算表", blocks));
            // the year in brackets closes the title: a long title ending in a character would be read as a
            // line cut by a page break and joined to the next (the reviewer's rule)
            return new Report(tables.unit() + "决算公开报告（" + tables.year() + " 年度）", new ReportTitle(tables.unit(), "", tables.year()),
                    sections);
        }

        // ---- narrative ------------------------------------------------------------------------

        private String text(String section, String subject, Sentence.Family family) {
            Sentence s = sentences.get(section + "｜" + subject + "｜" + family);
            return s == null ? "" : s.text();
        }

        /** "与…相比，…，变动原因：〔由单位填写〕", or "" when the sentence is not generated. */
        private String changeWithCause(String section, String subject) {
            String change = text(section, subject, Sentence.Family.CHANGE);
            return change.isEmpty() ? "" : change + "，" + text(section, subject, Sentence.Family.CAUSE);
        }

        private void section1() {
            if (d.totals().isEmpty()) {
                return;
            }
            heading("一、收入支出决算总体情况说明");
            Compared t = d.totals().get();
            List<String> changes = new ArrayList<>();
            for (String against : List.of("·与年初预算相比", "·与上年决算相比")) {
                String c = changeWithCause("一", t.name() + against);
                if (!c.isEmpty()) {
                    changes.add(c);
                }
            }
            paragraph(lead + "收入、支出决算总计均为 " + amount(t.current()) + " 万元。" + sentenceOf(changes) + "其中：");
            paragraph("（一）收入决算总计 " + amount(t.current()) + " 万元。包括：");
            items(d.incomeTotalItems());
            paragraph("（二）支出决算总计 " + amount(t.current()) + " 万元。包括：");
            items(d.expenditureTotalItems());
        }

        private void items(List<Compared> items) {
            int n = 1;
            for (Compared c : items) {
                String change = changeWithCause("一", c.name() + "·与上年决算相比");
                paragraph(n++ + ". " + c.name() + " " + amount(c.current()) + " 万元。" + (change.isEmpty() ? "" : change + "。"));
            }
        }

        private void section2and3() {
            d.income().ifPresent(whole -> {
                heading("二、收入决算情况说明");
                paragraph(lead + "本年收入决算合计 " + amount(whole) + " 万元，其中：");
                shares("二", d.incomeBySource());
                chart("二", "图1 收入决算结构");
            });
            d.expenditure().ifPresent(whole -> {
                heading("三、支出决算情况说明");
                paragraph(lead + "本年支出决算合计 " + amount(whole) + " 万元，其中：");
                shares("三", d.expenditureByKind());
                chart("三", "图2 支出决算结构");
            });
        }

        private void shares(String section, List<Share> shares) {
            for (int i = 0; i < shares.size(); i++) {
                paragraph(text(section, shares.get(i).name(), Sentence.Family.SHARE) + (i == shares.size() - 1 ? "。" : "；"));
            }
        }

        /** The chart of a section's shares, or a note in its place saying why there is none. */
        private void chart(String section, String caption) {
            DisclosureCharts.Outcome outcome = DisclosureCharts.of(generated, section);
            if (outcome.chart().isEmpty()) {
                blocks.add(new Paragraph("注：" + caption + "未绘制：" + outcome.reason() + "。"));
            } else if (font.isEmpty()) {
                blocks.add(new Paragraph("注：" + caption + NO_CHART + "［" + noFont.name() + "］，各项金额和占比见上文；安装文泉驿正黑字体"
                        + "（fonts-wqy-zenhei）或设置环境变量" + CjkFonts.ENV + "后重新导出即附图。"));
            } else {
                blocks.add(new Report.Figure(outcome.chart().get().png(font.get()), DisclosureCharts.PERCENT, caption));
            }
        }

        private void section4() {
            d.fiscalTotals().ifPresent(t -> {
                heading("四、财政拨款收入支出决算总体情况说明");
                List<String> changes = new ArrayList<>();
                for (String against : List.of("·与年初预算相比", "·与上年决算相比")) {
                    String c = changeWithCause("四", t.name() + against);
                    if (!c.isEmpty()) {
                        changes.add(c);
                    }
                }
                paragraph(lead + "财政拨款收入、支出决算总计均为 " + amount(t.current()) + " 万元，" + sentenceOf(changes));
            });
        }

        private void section5() {
            if (d.generalExpenditure().isEmpty()) {
                return;
            }
            heading("五、一般公共预算财政拨款支出决算情况说明");
            Compared g = d.generalExpenditure().get();
            String completion = text("五", g.name(), Sentence.Family.COMPLETION);
            paragraph(lead + "一般公共预算财政拨款支出决算 " + amount(g.current()) + " 万元。" + (completion.isEmpty() ? "" : completion + "。") + "其中：");
            int n = 0;
            for (FunctionalClass c : d.functionalClasses()) {
                paragraph("（" + NUMERALS[Math.min(n++, NUMERALS.length - 1)] + "）" + c.name() + "（类）");
                String category = text("五", c.name() + "（类）", Sentence.Family.CATEGORY);
                paragraph((category.isEmpty() ? c.name() + "（类）决算数为 " + amount(c.accounts()) + " 万元" : category) + "。其中：");
                int i = 1;
                for (FunctionalItem item : c.items()) {
                    paragraph(i++ + ". " + item.name() + "。" + text("五", item.name(), Sentence.Family.COMPLETION) + "。"
                            + text("五", item.name(), Sentence.Family.CAUSE) + "。");
                }
            }
        }

        /** 六 and 七: the economic detail of basic and project expenditure (amounts only, nothing derived). */
        private void section6and7() {
            listings("六", "六、一般公共预算财政拨款基本支出决算情况说明", "一般公共预算财政拨款基本支出决算", d.basicExpenditure().isPresent(),
                    d.basicGroups());
            listings("七", "七、一般公共预算财政拨款项目支出决算情况说明", "一般公共预算财政拨款项目支出决算", d.projectExpenditure().isPresent(),
                    d.projectClasses());
        }

        private void listings(String section, String heading, String total, boolean hasTotal, List<Listing> groups) {
            if (!hasTotal && groups.isEmpty()) {
                return;
            }
            heading(heading);
            if (hasTotal) {
                paragraph(lead + text(section, total, Sentence.Family.LISTING) + (groups.isEmpty() ? "。" : "，其中："));
            }
            int n = 0;
            for (Listing g : groups) {
                paragraph("（" + NUMERALS[Math.min(n++, NUMERALS.length - 1)] + "）" + text(section, g.name(), Sentence.Family.LISTING) + "。");
            }
        }

        private void section8() {
            if (d.threeCosts().isEmpty()) {
                return;
            }
            heading("八、财政拨款“三公”经费支出决算情况说明");
            paragraph("（一）财政拨款“三公”经费支出总体情况说明。");
            Compared t = d.threeCosts().get();
            String items = d.threeCostItems().stream().map(c -> text("八", c.name(), Sentence.Family.COMPLETION))
                    .filter(s -> !s.isEmpty()).collect(Collectors.joining("；"));
            paragraph(lead + text("八", t.name(), Sentence.Family.COMPLETION) + "。" + (items.isEmpty() ? "" : "其中：" + items + "。"));
            d.threeCostsSpent().ifPresent(spent -> {
                paragraph("（二）财政拨款“三公”经费支出具体情况说明。");
                String shares = d.threeCostShares().stream().map(s -> text("八", s.name(), Sentence.Family.SHARE)).collect(Collectors.joining("；"));
                paragraph(lead + "财政拨款“三公”经费支出 " + amount(spent) + " 万元。" + (shares.isEmpty() ? "" : shares + "。"));
                int n = 1;
                for (Compared c : d.threeCostChanges()) {
                    String change = changeWithCause("八", c.name() + "·与上年决算相比");
                    paragraph(n++ + ". " + c.name() + " " + amount(c.current()) + " 万元。" + (change.isEmpty() ? "" : change + "。"));
                }
            });
        }

        private void changeSection(String heading, Optional<Compared> figure) {
            figure.ifPresent(c -> {
                heading(heading);
                String section = heading.substring(0, heading.indexOf('、'));
                String change = changeWithCause(section, c.name() + "·与上年决算相比");
                paragraph(lead + c.name() + " " + amount(c.current()) + " 万元。" + (change.isEmpty() ? "" : change + "。"));
            });
        }

        /** 十二 and 十三 from the generated sentences (the shares recomputed, not the table's % lines). */
        private void section12and13() {
            d.procurement().ifPresent(p -> {
                heading("十二、政府采购支出决算情况说明");
                StringBuilder text = new StringBuilder(lead).append(text("十二", "政府采购支出总额", Sentence.Family.LISTING)).append("。");
                String sme = text("十二", "政府采购授予中小企业合同金额", Sentence.Family.SHARE);
                String small = text("十二", "授予小微企业合同金额", Sentence.Family.SHARE);
                String byKind = Stream.of("货物", "工程", "服务").map(k -> text("十二", k + "采购授予中小企业合同金额", Sentence.Family.SHARE))
                        .filter(x -> !x.isEmpty()).collect(Collectors.joining("，"));
                List<String> clauses = new ArrayList<>();
                if (!sme.isEmpty()) {
                    clauses.add(sme + (small.isEmpty() ? "" : "，其中：" + small));
                } else if (!small.isEmpty()) {
                    clauses.add(small);
                }
                if (!byKind.isEmpty()) {
                    clauses.add(byKind);
                }
                paragraph(text.append(sentenceOf(clauses)).toString());
            });
            d.assets().ifPresent(a -> {
                heading("十三、国有资产占用情况说明");
                List<String> clauses = new ArrayList<>();
                for (String subject : List.of("车辆", "单价100万元（含）以上的设备（不含车辆）")) {
                    String t = text("十三", subject, Sentence.Family.LISTING);
                    if (!t.isEmpty()) {
                        clauses.add(t);
                    }
                }
                paragraph(tables.unit() + "截至 " + tables.year() + " 年 12 月 31 日，" + sentenceOf(clauses));
            });
        }

        /** Joins clauses into one sentence ending "。", or "" when there are none. */
        private static String sentenceOf(List<String> clauses) {
            return clauses.isEmpty() ? "" : String.join("；", clauses) + "。";
        }

        private void heading(String text) {
            blocks.add(new Subheading(text));
        }

        private void paragraph(String text) {
            blocks.add(new Paragraph(text));
        }

        // ---- tables ---------------------------------------------------------------------------

        /** A table under its numbered title and its money unit (a line alone, so the title stays the line above it). */
        private void table(DisclosureTable t) {
            heading(t.table().numberedTitle());
            paragraph("金额单位：" + t.unit().label());
            List<TableColumn> layout = t.layout().columns();
            int n = layout.size();
            // numbers up to "9999.99" on one line in 8.5–9 pt; the name takes what is left
            int each = n <= 3 ? 15 : n <= 5 ? 12 : 10;
            int code = 10;
            List<Column> columns = new ArrayList<>();
            columns.add(new Column("科目编码", code, false));
            columns.add(new Column("项目", 100 - code - n * each, false));
            for (TableColumn c : layout) {
                columns.add(new Column(c.label(), each, true, c.group()));
            }
            List<Row> rows = new ArrayList<>();
            for (LayoutPart part : t.layout().parts()) {
                if (part instanceof TableLine line) {
                    Optional<DisclosureRow> row = t.row(line.id());
                    if (row.isPresent()) {
                        List<String> cells = new ArrayList<>(List.of(line.label(), ""));
                        cells.addAll(values(layout, row.get(), line.quantity()));
                        rows.add(new Row(cells, TOTALS.contains(line.id()) ? RowStyle.TOTAL : RowStyle.NORMAL, 2));
                    }
                } else {
                    for (DisclosureRow row : t.codeRows()) {
                        List<String> cells = new ArrayList<>(List.of(row.key(), row.name()));
                        cells.addAll(values(layout, row, Quantity.MONEY));
                        rows.add(new Row(cells, RowStyle.NORMAL));
                    }
                }
            }
            blocks.add(new Report.Table(columns, rows));
        }

        private static List<String> values(List<TableColumn> columns, DisclosureRow row, Quantity quantity) {
            return columns.stream().map(c -> row.value(c.id()).map(v -> quantity == Quantity.COUNT ? v.toPlainString()
                    : v.setScale(2, RoundingMode.HALF_UP).toPlainString()).orElse("")).toList();
        }

        private static Optional<Amount> wan(DisclosureTable t, String key, String column) {
            return t.amount(key, column).map(a -> a.in(MoneyUnit.WAN_YUAN));
        }
    }

    /** Fixed lines set as totals (shaded, bold): a table's 合计, 收入总计 and 支出总计. */
    private static final List<String> TOTALS = List.of("total", "incomeTotal", "expenditureTotal");

    /** As the narrative writes amounts: two decimals half-up, zero as "0". */
    static String amount(Amount a) {
        return amount(a.in(MoneyUnit.WAN_YUAN).value());
    }

    static String amount(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** As the narrative writes percentages: two decimals half-up, zero (after rounding) as "0". */
    static String percent(BigDecimal v) {
        BigDecimal shown = v.setScale(2, RoundingMode.HALF_UP);
        return shown.signum() == 0 ? "0" : shown.toPlainString();
    }
}
