package org.jixiao.core.accounts.tables;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jixiao.core.accounts.Classification;
import org.jixiao.core.accounts.ClassificationEntry;
import org.jixiao.core.accounts.ShippedClassifications;
import org.jixiao.core.number.Decimals;
import org.jixiao.core.number.MoneyUnit;
import org.jixiao.core.review.Check;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.Severity;

/**
 * Checks a unit's disclosure tables within and across themselves, and reports each problem as a
 * reviewer {@link Finding} (table, row, where, message in Chinese, expected and found):
 *
 * <ul>
 *   <li>{@code DISCLOSURE_TOTAL_MISMATCH}: a total is not the sum of its parts — 类 = Σ 款 = Σ 项 and
 *       合计 = Σ 类 in every column of a table keyed by codes; 本年收入合计 = Σ sources and the other
 *       sums of fixed lines; 合计 = 基本支出 + 项目支出 and the other sums of columns in every row;</li>
 *   <li>{@code DISCLOSURE_BALANCE_MISMATCH}: 年初结转和结余 + 本年收入 − 本年支出 ≠ 年末结转和结余;</li>
 *   <li>{@code DISCLOSURE_RATE_MISMATCH}: a stated rate (完成年初预算 %, 中小企业 shares) that part ÷
 *       whole × 100 cannot give;</li>
 *   <li>{@code DISCLOSURE_FIGURE_DISAGREES}: the same figure differs between tables (一般公共预算财政拨款
 *       in the 总表, the 财政拨款总表 and the 支出决算表 by function; 基本支出 and its economic detail;
 *       机关运行经费 and 公用经费; “三公”经费 and its economic 款 — the last as a warning);</li>
 *   <li>{@code DISCLOSURE_PART_EXCEEDS_WHOLE} (warning): a part larger than its whole (the 财政拨款
 *       budget above the whole budget; 小微企业 above 中小企业);</li>
 *   <li>{@code DISCLOSURE_UNKNOWN_CODE}, {@code DISCLOSURE_CODE_NAME_MISMATCH},
 *       {@code DISCLOSURE_PARENT_ROW_MISSING} (warnings): codes checked against the year's shipped
 *       classification (an excerpt: "not found" means "not in the excerpt"); name variants are
 *       tolerated as the classification's lookups allow.</li>
 * </ul>
 *
 * <p><b>Rounding.</b> Every amount is published to the cent, so it stands for ± half a cent (a count
 * is exact, a rate ± 0.005): a sum differs only when the difference exceeds the half-cents of all the
 * figures involved (the rule the reviewer's amount tables follow), a rate only when no part and whole
 * within their half-cents give it.
 *
 * <p><b>Blanks.</b> A blank cell states nothing: a total left blank is not checked, nor one whose
 * parts are all blank; among parts that are partly filled, a blank counts as 0. A code row that a
 * table leaves out counts as 0 when another table has it.
 */
public final class DisclosureChecks {

    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");

    private DisclosureChecks() {
    }

    public static List<Finding> check(DisclosureTables tables) {
        List<Finding> out = new ArrayList<>();
        for (DisclosureTable t : tables.tables()) {
            codes(tables.year(), t, out);
            new Within(t, out).run();
        }
        new Across(tables, out).run();
        return List.copyOf(out);
    }

    // ---- a figure and how precisely it is known ---------------------------------------------------

    /** A figure in 万元 when money (so tables in 元 and 万元 compare), with its half-unit of precision. */
    private record Fig(BigDecimal value, BigDecimal half) {
        static final Fig ZERO = new Fig(BigDecimal.ZERO, BigDecimal.ZERO);

        Fig plus(Fig o) {
            return new Fig(value.add(o.value), half.add(o.half));
        }

        Fig minus(Fig o) {
            return new Fig(value.subtract(o.value), half.add(o.half));
        }
    }

    private static Optional<Fig> fig(DisclosureTable t, String key, String column) {
        Optional<DisclosureRow> row = t.row(key);
        if (row.isEmpty() && DisclosureRow.isCode(key)) {
            return Optional.of(Fig.ZERO);
        }
        return row.flatMap(r -> r.value(column)).map(v -> {
            Quantity q = quantity(t, key, column);
            if (q == Quantity.COUNT) {
                return new Fig(v, BigDecimal.ZERO);
            }
            if (q == Quantity.PERCENT) {
                return new Fig(v, HALF_CENT);
            }
            BigDecimal toWan = t.unit().inYuan().divide(MoneyUnit.WAN_YUAN.inYuan(), Decimals.EXACT);
            return new Fig(v.multiply(toWan), HALF_CENT.multiply(toWan));
        });
    }

    private static Quantity quantity(DisclosureTable t, String key, String column) {
        if (t.layout().column(column).map(c -> c.role() == ColumnRole.RATE).orElse(false)) {
            return Quantity.PERCENT;
        }
        return DisclosureRow.isCode(key) ? Quantity.MONEY : t.layout().line(key).map(TableLine::quantity).orElse(Quantity.MONEY);
    }

    /** A figure as shown in a finding: money in the table's unit with two decimals, counts whole, rates with two decimals. */
    private static String shown(DisclosureTable t, Fig f, Quantity q) {
        if (q == Quantity.COUNT) {
            return Decimals.canonical(f.value()).toPlainString();
        }
        BigDecimal v = q == Quantity.MONEY
                ? f.value().multiply(MoneyUnit.WAN_YUAN.inYuan()).divide(t.unit().inYuan(), Decimals.EXACT) : f.value();
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static boolean differ(Fig a, Fig b) {
        return a.value().subtract(b.value()).abs().compareTo(a.half().add(b.half())) > 0;
    }

    private static String where(DisclosureTable t, String key, String column) {
        String origin = t.row(key).map(DisclosureRow::origin).orElse("");
        String col = t.layout().column(column).map(TableColumn::fullLabel).orElse(column);
        return origin.isEmpty() ? col : origin + "·" + col;
    }

    private static String rowLabel(DisclosureTable t, String key) {
        return t.row(key).map(t::label).orElseGet(() -> DisclosureRow.isCode(key) ? key : t.layout().lineLabel(key));
    }

    private static String unitText(DisclosureTable t, Quantity q) {
        return switch (q) {
            case MONEY -> " " + t.unit().label();
            case PERCENT -> "%";
            case COUNT -> "";
        };
    }

    // ---- codes ---------------------------------------------------------------------------------

    private static void codes(int year, DisclosureTable t, List<Finding> out) {
        Optional<CodeRows> codeRows = t.layout().codeRows();
        if (codeRows.isEmpty() || t.codeRows().isEmpty()) {
            return;
        }
        Optional<Classification> classification = ShippedClassifications.forYear(codeRows.get().kind(), year);
        String title = t.table().title();
        if (classification.isEmpty()) {
            out.add(new Finding(Check.DISCLOSURE_UNKNOWN_CODE, Severity.INFO, title, "", "",
                    "没有 " + year + " 年度的内置" + codeRows.get().kind().label() + "，本表的科目编码未核对", "", ""));
        }
        for (DisclosureRow row : t.codeRows()) {
            String code = row.key();
            String location = row.origin().isEmpty() ? "科目编码" : row.origin() + "·科目编码";
            if (classification.isPresent()) {
                Classification c = classification.get();
                Optional<ClassificationEntry> entry = c.byCode(code);
                if (entry.isEmpty()) {
                    out.add(new Finding(Check.DISCLOSURE_UNKNOWN_CODE, Check.DISCLOSURE_UNKNOWN_CODE.severity(), title, t.label(row), location,
                            "科目编码 " + code + (row.name().isEmpty() ? "" : "（" + row.name() + "）") + "不在“" + c.title()
                                    + "”中；内置科目为节选，未列出的编码不一定不是国家科目，请核对", "", code));
                    continue;
                }
                if (!row.name().isEmpty() && c.resolve(code + " " + row.name()).isEmpty()) {
                    out.add(new Finding(Check.DISCLOSURE_CODE_NAME_MISMATCH, Check.DISCLOSURE_CODE_NAME_MISMATCH.severity(), title,
                            t.label(row), location, "科目编码 " + code + " 在“" + c.title() + "”中是“" + entry.get().name() + "”，表中写作“"
                                    + row.name() + "”", entry.get().name(), row.name()));
                }
            }
            if (code.length() > 3) {
                String parent = code.substring(0, code.length() - 2);
                if (t.row(parent).isEmpty()) {
                    String parentName = classification.flatMap(c -> c.byCode(parent)).map(e -> " " + e.name()).orElse("");
                    out.add(new Finding(Check.DISCLOSURE_PARENT_ROW_MISSING, Check.DISCLOSURE_PARENT_ROW_MISSING.severity(), title,
                            t.label(row), location, "“" + t.label(row) + "”的上级科目 " + parent + parentName + " 没有列出，无法核对它的合计",
                            parent, ""));
                }
            }
        }
    }

    // ---- within a table ----------------------------------------------------------------------------

    private static final class Within {
        private final DisclosureTable t;
        private final TableLayout layout;
        private final List<Finding> out;
        private final String title;

        Within(DisclosureTable t, List<Finding> out) {
            this.t = t;
            this.layout = t.layout();
            this.out = out;
            this.title = t.table().title();
        }

        void run() {
            List<TableColumn> figures = layout.columns().stream().filter(c -> c.role() != ColumnRole.RATE).toList();
            // 类 = Σ 款, 款 = Σ 项 (a code's parent is the code without its last two digits)
            java.util.Map<String, List<String>> childrenOf = new java.util.HashMap<>();
            for (DisclosureRow r : t.codeRows()) {
                if (r.key().length() > 3) {
                    childrenOf.computeIfAbsent(r.key().substring(0, r.key().length() - 2), k -> new ArrayList<>()).add(r.key());
                }
            }
            for (DisclosureRow parent : t.codeRows()) {
                List<String> children = childrenOf.getOrDefault(parent.key(), List.of());
                if (!children.isEmpty()) {
                    figures.forEach(c -> sum(parent.key(), children, List.of(), c.id(), "其下" + children.size() + "个科目"));
                }
            }
            for (TableLayout.LineSum s : layout.lineSums) {
                List<String> plus = new ArrayList<>(s.plus());
                String parts = s.plus().stream().map(layout::lineLabel).reduce((a, b) -> a + "、" + b).orElse("");
                if (s.classRows()) {
                    t.codeRows().stream().map(DisclosureRow::key).filter(k -> k.length() == 3).forEach(plus::add);
                    parts = "各类科目";
                }
                if (plus.isEmpty()) {
                    continue;
                }
                for (TableColumn c : figures) {
                    sum(s.whole(), plus, s.minus(), c.id(), parts);
                }
            }
            for (TableLayout.ColumnSum s : layout.columnSums) {
                String parts = s.parts().stream().map(layout::columnLabel).reduce((a, b) -> a + "、" + b).orElse("");
                for (DisclosureRow row : t.rows()) {
                    columnSum(row, s, parts);
                }
            }
            for (TableLayout.LineBalance b : layout.lineBalances) {
                for (TableColumn c : figures) {
                    balance(b.plus(), b.minus(), b.closing(), c.id());
                }
            }
            for (TableLayout.ColumnBalance b : layout.columnBalances) {
                for (DisclosureRow row : t.rows()) {
                    columnBalance(row, b);
                }
            }
            for (TableLayout.Rate r : layout.lineRates) {
                for (TableColumn c : figures) {
                    rate(r.rate(), c.id(), fig(t, r.part(), c.id()), fig(t, r.whole(), c.id()),
                            layout.lineLabel(r.part()), layout.lineLabel(r.whole()), r.rate(), c.id());
                }
            }
            for (TableLayout.Rate r : layout.columnRates) {
                for (DisclosureRow row : t.rows()) {
                    rate(row.key(), r.rate(), fig(t, row.key(), r.part()), fig(t, row.key(), r.whole()),
                            layout.columnLabel(r.part()), layout.columnLabel(r.whole()), row.key(), r.rate());
                }
            }
            for (TableLayout.AtMost a : layout.lineAtMost) {
                for (TableColumn c : figures) {
                    Optional<Fig> part = fig(t, a.part(), c.id());
                    Optional<Fig> whole = fig(t, a.whole(), c.id());
                    if (part.isPresent() && whole.isPresent()
                            && part.get().value().subtract(whole.get().value()).compareTo(part.get().half().add(whole.get().half())) > 0) {
                        Quantity q = quantity(t, a.part(), c.id());
                        out.add(new Finding(Check.DISCLOSURE_PART_EXCEEDS_WHOLE, Check.DISCLOSURE_PART_EXCEEDS_WHOLE.severity(), title,
                                rowLabel(t, a.part()), where(t, a.part(), c.id()),
                                "“" + rowLabel(t, a.part()) + "”的" + layout.columnLabel(c.id()) + "为 " + shown(t, part.get(), q) + unitText(t, q)
                                        + "，大于“" + rowLabel(t, a.whole()) + "”的 " + shown(t, whole.get(), q) + unitText(t, q) + "，而前者是后者的一部分",
                                shown(t, whole.get(), q), shown(t, part.get(), q)));
                    }
                }
            }
        }

        private void sum(String wholeKey, List<String> plusKeys, List<String> minusKeys, String column, String partsText) {
            Optional<Fig> whole = fig(t, wholeKey, column);
            if (whole.isEmpty() || t.row(wholeKey).isEmpty()) {
                return;
            }
            Fig total = Fig.ZERO;
            boolean any = false;
            for (String k : plusKeys) {
                Optional<Fig> f = stated(k, column);
                any |= f.isPresent();
                total = total.plus(f.orElse(Fig.ZERO));
            }
            for (String k : minusKeys) {
                Optional<Fig> f = stated(k, column);
                any |= f.isPresent();
                total = total.minus(f.orElse(Fig.ZERO));
            }
            if (any && differ(whole.get(), total)) {
                Quantity q = quantity(t, wholeKey, column);
                String found = shown(t, whole.get(), q);
                String expected = shown(t, total, q);
                out.add(new Finding(Check.DISCLOSURE_TOTAL_MISMATCH, Check.DISCLOSURE_TOTAL_MISMATCH.severity(), title,
                        rowLabel(t, wholeKey), where(t, wholeKey, column),
                        "“" + rowLabel(t, wholeKey) + "”的" + layout.columnLabel(column) + "为 " + found + unitText(t, q) + "，" + partsText
                                + "之和为 " + expected + unitText(t, q) + "，相差 " + difference(whole.get(), total, q)
                                + "，超出四舍五入可以解释的范围", expected, found));
            }
        }

        /** A part's figure as stated: blank is empty (a code row left out is blank here too). */
        private Optional<Fig> stated(String key, String column) {
            return t.row(key).isPresent() ? fig(t, key, column) : Optional.empty();
        }

        private String difference(Fig a, Fig b, Quantity q) {
            return shown(t, new Fig(a.value().subtract(b.value()).abs(), BigDecimal.ZERO), q) + unitText(t, q);
        }

        private void columnSum(DisclosureRow row, TableLayout.ColumnSum s, String partsText) {
            Optional<Fig> whole = fig(t, row.key(), s.whole());
            if (whole.isEmpty()) {
                return;
            }
            Fig total = Fig.ZERO;
            boolean any = false;
            for (String c : s.parts()) {
                Optional<Fig> f = fig(t, row.key(), c);
                any |= f.isPresent();
                total = total.plus(f.orElse(Fig.ZERO));
            }
            if (any && differ(whole.get(), total)) {
                Quantity q = quantity(t, row.key(), s.whole());
                String found = shown(t, whole.get(), q);
                String expected = shown(t, total, q);
                out.add(new Finding(Check.DISCLOSURE_TOTAL_MISMATCH, Check.DISCLOSURE_TOTAL_MISMATCH.severity(), title, t.label(row),
                        where(t, row.key(), s.whole()),
                        "“" + t.label(row) + "”的" + layout.columnLabel(s.whole()) + "为 " + found + unitText(t, q) + "，" + partsText
                                + "之和为 " + expected + unitText(t, q) + "，相差 " + difference(whole.get(), total, q)
                                + "，超出四舍五入可以解释的范围", expected, found));
            }
        }

        private void balance(List<String> plus, List<String> minus, String closing, String column) {
            Optional<Fig> end = fig(t, closing, column);
            if (end.isEmpty()) {
                return;
            }
            Fig computed = Fig.ZERO;
            boolean any = false;
            StringBuilder text = new StringBuilder();
            for (String k : plus) {
                Optional<Fig> f = fig(t, k, column);
                any |= f.isPresent();
                computed = computed.plus(f.orElse(Fig.ZERO));
                text.append(text.length() == 0 ? "" : " + ").append(layout.lineLabel(k)).append(" ")
                        .append(shown(t, f.orElse(Fig.ZERO), Quantity.MONEY));
            }
            for (String k : minus) {
                Optional<Fig> f = fig(t, k, column);
                any |= f.isPresent();
                computed = computed.minus(f.orElse(Fig.ZERO));
                text.append(" − ").append(layout.lineLabel(k)).append(" ").append(shown(t, f.orElse(Fig.ZERO), Quantity.MONEY));
            }
            if (any && differ(end.get(), computed)) {
                reportBalance(layout.lineLabel(closing), where(t, closing, column), text.toString(), computed, end.get(),
                        layout.columnLabel(column));
            }
        }

        private void columnBalance(DisclosureRow row, TableLayout.ColumnBalance b) {
            Optional<Fig> end = fig(t, row.key(), b.closing());
            if (end.isEmpty()) {
                return;
            }
            Fig computed = Fig.ZERO;
            boolean any = false;
            StringBuilder text = new StringBuilder();
            for (String c : b.plus()) {
                Optional<Fig> f = fig(t, row.key(), c);
                any |= f.isPresent();
                computed = computed.plus(f.orElse(Fig.ZERO));
                text.append(text.length() == 0 ? "" : " + ").append(layout.columnLabel(c)).append(" ")
                        .append(shown(t, f.orElse(Fig.ZERO), Quantity.MONEY));
            }
            for (String c : b.minus()) {
                Optional<Fig> f = fig(t, row.key(), c);
                any |= f.isPresent();
                computed = computed.minus(f.orElse(Fig.ZERO));
                text.append(" − ").append(layout.columnLabel(c)).append(" ").append(shown(t, f.orElse(Fig.ZERO), Quantity.MONEY));
            }
            if (any && differ(end.get(), computed)) {
                reportBalance(t.label(row), where(t, row.key(), b.closing()), text.toString(), computed, end.get(),
                        layout.columnLabel(b.closing()));
            }
        }

        private void reportBalance(String row, String location, String formula, Fig computed, Fig end, String closingLabel) {
            String expected = shown(t, computed, Quantity.MONEY);
            String found = shown(t, end, Quantity.MONEY);
            out.add(new Finding(Check.DISCLOSURE_BALANCE_MISMATCH, Check.DISCLOSURE_BALANCE_MISMATCH.severity(), title, row, location,
                    "“" + row + "”：" + formula + " = " + expected + " " + t.unit().label() + "，而" + closingLabel + "为 " + found + " "
                            + t.unit().label(), expected, found));
        }

        private void rate(String rowKey, String rateColumn, Optional<Fig> part, Optional<Fig> whole, String partLabel, String wholeLabel,
                String findingRow, String findingColumn) {
            Optional<Fig> stated = fig(t, rowKey, rateColumn);
            if (stated.isEmpty() || part.isEmpty() || whole.isEmpty()) {
                return;
            }
            Fig p = part.get();
            Fig w = whole.get();
            Fig r = stated.get();
            BigDecimal low;
            BigDecimal high;
            String expected;
            if (w.value().signum() == 0) {
                if (p.value().signum() != 0) {
                    return; // a share of nothing cannot be computed; not accused
                }
                low = BigDecimal.ZERO;
                high = BigDecimal.ZERO;
                expected = "0.00";
            } else {
                BigDecimal wLow = w.value().abs().subtract(w.half());
                if (wLow.signum() <= 0) {
                    return;
                }
                BigDecimal exact = p.value().multiply(Decimals.HUNDRED).divide(w.value(), Decimals.EXACT);
                BigDecimal a = p.value().subtract(p.half()).multiply(Decimals.HUNDRED);
                BigDecimal b = p.value().add(p.half()).multiply(Decimals.HUNDRED);
                BigDecimal wHigh = w.value().abs().add(w.half());
                low = a.divide(a.signum() >= 0 ? wHigh : wLow, Decimals.EXACT);
                high = b.divide(b.signum() >= 0 ? wLow : wHigh, Decimals.EXACT);
                expected = exact.setScale(2, RoundingMode.HALF_UP).toPlainString();
            }
            boolean meets = r.value().add(r.half()).compareTo(low) >= 0 && r.value().subtract(r.half()).compareTo(high) <= 0;
            if (!meets) {
                String found = r.value().setScale(2, RoundingMode.HALF_UP).toPlainString();
                String label = rowLabel(t, findingRow);
                out.add(new Finding(Check.DISCLOSURE_RATE_MISMATCH, Check.DISCLOSURE_RATE_MISMATCH.severity(), title, label,
                        where(t, findingRow, findingColumn),
                        "“" + label + "”的" + layout.columnLabel(findingColumn) + "为 " + found
                                + "%，按" + partLabel + " ÷ " + wholeLabel + " × 100 应为 " + expected + "%", expected, found));
            }
        }
    }

    // ---- across tables -------------------------------------------------------------------------

    /** A cell of a table: a fixed line's id or a code, and a column id. */
    private record Ref(StandardTable table, String key, String column) {
    }

    private static Ref ref(StandardTable table, String key, String column) {
        return new Ref(table, key, column);
    }

    private static final class Across {
        private final DisclosureTables tables;
        private final List<Finding> out;

        Across(DisclosureTables tables, List<Finding> out) {
            this.tables = tables;
            this.out = out;
        }

        void run() {
            StandardTable s = StandardTable.SUMMARY;
            StandardTable in = StandardTable.INCOME;
            StandardTable ex = StandardTable.EXPENDITURE;
            StandardTable f = StandardTable.FISCAL_SUMMARY;
            StandardTable g = StandardTable.GENERAL_EXPENDITURE;
            StandardTable basic = StandardTable.GENERAL_BASIC;
            StandardTable project = StandardTable.GENERAL_PROJECT;
            StandardTable three = StandardTable.THREE_COSTS;
            // income by source: 总表 against 财政拨款总表 and 收入决算表
            same(ref(f, "income", "general"), ref(s, "general", "accounts"));
            same(ref(f, "income", "fund"), ref(s, "fund", "accounts"));
            same(ref(f, "income", "capital"), ref(s, "capital", "accounts"));
            same(ref(in, "total", "total"), ref(s, "income", "accounts"));
            same(ref(in, "total", "fiscal"), ref(s, "general", "accounts"), ref(s, "fund", "accounts"), ref(s, "capital", "accounts"));
            for (String source : List.of("superior", "business", "operating", "affiliated", "other")) {
                same(ref(in, "total", source), ref(s, source, "accounts"));
            }
            // expenditure: 总表 against 支出决算表; 财政拨款总表 against 一般公共预算财政拨款支出决算表
            same(ref(ex, "total", "total"), ref(s, "expenditure", "accounts"));
            sameByClass(ex, "total", s, "accounts");
            same(ref(g, "total", "total"), ref(f, "expenditure", "general"));
            sameByClass(g, "total", f, "general");
            same(ref(basic, "total", "total"), ref(g, "total", "basic"));
            same(ref(project, "total", "total"), ref(g, "total", "project"));
            // 政府性基金, 国有资本经营: their tables against the 财政拨款总表's columns
            for (StandardTable t : List.of(StandardTable.FUND, StandardTable.STATE_CAPITAL)) {
                String column = t == StandardTable.FUND ? "fund" : "capital";
                same(ref(t, "total", "opening"), ref(f, "opening", column));
                same(ref(t, "total", "income"), ref(f, "income", column));
                same(ref(t, "total", "expenditure"), ref(f, "expenditure", column));
                same(ref(t, "total", "closing"), ref(f, "closing", column));
            }
            // 机关运行经费 is the 公用经费 of the 一般公共预算财政拨款 basic expenditure
            same(ref(StandardTable.OTHER, "running", "accounts"), ref(basic, "total", "public"));
            // “三公”经费 against its economic 款 (a warning: 政府性基金 may also pay for them)
            threeCosts(ref(three, "abroad", "accounts"), "30212");
            threeCosts(ref(three, "reception", "accounts"), "30217");
            threeCosts(ref(three, "running", "accounts"), "30231");
            threeCosts(ref(three, "purchase", "accounts"), "31013", "30913");
            // parts that cannot exceed their whole
            atMost(ref(f, "incomeTotal", "budget"), ref(s, "incomeTotal", "budget"));
            atMost(ref(f, "incomeTotal", "previous"), ref(s, "incomeTotal", "previous"));
            atMost(ref(g, "total", "budget"), ref(f, "incomeTotal", "budget"));
            atMost(ref(g, "total", "basic"), ref(ex, "total", "basic"));
            atMost(ref(g, "total", "project"), ref(ex, "total", "project"));
        }

        private Optional<DisclosureTable> table(StandardTable which) {
            return tables.table(which);
        }

        private Optional<Fig> value(Ref r) {
            return table(r.table()).flatMap(t -> fig(t, r.key(), r.column()));
        }

        private String describe(Ref r) {
            DisclosureTable t = table(r.table()).orElseThrow();
            return "“" + r.table().title() + "”中“" + rowLabel(t, r.key()) + "”的" + t.layout().column(r.column()).map(TableColumn::fullLabel)
                    .orElse(r.column());
        }

        private void same(Ref subject, Ref... references) {
            compare(subject, List.of(references), Check.DISCLOSURE_FIGURE_DISAGREES.severity(), "");
        }

        private void compare(Ref subject, List<Ref> references, Severity severity, String note) {
            Optional<DisclosureTable> st = table(subject.table());
            if (st.isEmpty() || st.get().row(subject.key()).isEmpty()) {
                return;
            }
            Optional<Fig> found = value(subject);
            List<Ref> present = references.stream().filter(r -> value(r).isPresent()).toList();
            if (found.isEmpty() || present.isEmpty()) {
                return;
            }
            Fig expected = Fig.ZERO;
            for (Ref r : present) {
                expected = expected.plus(value(r).orElseThrow());
            }
            if (differ(found.get(), expected)) {
                DisclosureTable t = st.get();
                String e = shown(t, expected, Quantity.MONEY);
                String fo = shown(t, found.get(), Quantity.MONEY);
                String refs = present.stream().map(this::describe).reduce((a, b) -> a + "与" + b).orElse("")
                        + (present.size() > 1 ? "之和" : "");
                out.add(new Finding(Check.DISCLOSURE_FIGURE_DISAGREES, severity, subject.table().title(), rowLabel(t, subject.key()),
                        where(t, subject.key(), subject.column()),
                        describe(subject) + "为 " + fo + " " + t.unit().label() + "，" + refs + "为 " + e + " " + t.unit().label() + "，两处应相等"
                                + note, e, fo));
            }
        }

        /** Each 类 of {@code a} against the same 类 of {@code b}; a 类 one table leaves out counts as 0. */
        private void sameByClass(StandardTable a, String columnA, StandardTable b, String columnB) {
            Optional<DisclosureTable> ta = table(a);
            Optional<DisclosureTable> tb = table(b);
            if (ta.isEmpty() || tb.isEmpty()) {
                return;
            }
            TreeSet<String> classes = new TreeSet<>();
            ta.get().codeRows().stream().map(DisclosureRow::key).filter(k -> k.length() == 3).forEach(classes::add);
            tb.get().codeRows().stream().map(DisclosureRow::key).filter(k -> k.length() == 3).forEach(classes::add);
            if (ta.get().codeRows().isEmpty() || tb.get().codeRows().isEmpty()) {
                return;
            }
            for (String code : classes) {
                Optional<Fig> fa = fig(ta.get(), code, columnA);
                Optional<Fig> fb = fig(tb.get(), code, columnB);
                if (fa.isEmpty() || fb.isEmpty() || !differ(fa.get(), fb.get())) {
                    continue;
                }
                DisclosureTable t = ta.get();
                String label = ta.get().row(code).or(() -> tb.get().row(code)).map(r -> (r.key() + " " + r.name()).strip()).orElse(code);
                String e = shown(t, fb.get(), Quantity.MONEY);
                String fo = shown(t, fa.get(), Quantity.MONEY);
                out.add(new Finding(Check.DISCLOSURE_FIGURE_DISAGREES, Check.DISCLOSURE_FIGURE_DISAGREES.severity(), a.title(), label,
                        where(t, code, columnA),
                        "“" + a.title() + "”中“" + label + "”的" + t.layout().columnLabel(columnA) + "为 " + fo + " " + t.unit().label()
                                + "，“" + b.title() + "”中为 " + e + " " + t.unit().label() + "，两处应相等", e, fo));
            }
        }

        private void threeCosts(Ref subject, String... economicCodes) {
            List<Ref> references = new ArrayList<>();
            for (StandardTable detail : List.of(StandardTable.GENERAL_BASIC, StandardTable.GENERAL_PROJECT)) {
                // only a table detailed down to 款 says that a 款 it leaves out is 0
                boolean detailed = table(detail).map(t -> t.codeRows().stream().anyMatch(r -> r.key().length() == 5)).orElse(false);
                if (detailed) {
                    for (String code : economicCodes) {
                        references.add(ref(detail, code, "total"));
                    }
                }
            }
            if (!references.isEmpty()) {
                compare(subject, references, Severity.WARNING, "（按经济分类，" + String.join("、", economicCodes)
                        + " 应与“三公”经费一致；由政府性基金安排的“三公”经费除外）");
            }
        }

        private void atMost(Ref part, Ref whole) {
            Optional<Fig> p = value(part);
            Optional<Fig> w = value(whole);
            if (p.isEmpty() || w.isEmpty() || table(part.table()).flatMap(t -> t.row(part.key())).isEmpty()
                    || table(whole.table()).flatMap(t -> t.row(whole.key())).isEmpty()) {
                return;
            }
            if (p.get().value().subtract(w.get().value()).compareTo(p.get().half().add(w.get().half())) > 0) {
                DisclosureTable t = table(part.table()).orElseThrow();
                String e = shown(t, w.get(), Quantity.MONEY);
                String fo = shown(t, p.get(), Quantity.MONEY);
                out.add(new Finding(Check.DISCLOSURE_PART_EXCEEDS_WHOLE, Check.DISCLOSURE_PART_EXCEEDS_WHOLE.severity(), part.table().title(),
                        rowLabel(t, part.key()), where(t, part.key(), part.column()),
                        describe(part) + "为 " + fo + " " + t.unit().label() + "，大于" + describe(whole) + " " + e + " " + t.unit().label()
                                + "，而前者是后者的一部分", e, fo));
            }
        }
    }
}
