package org.jixiao.core.review.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.core.review.Stated;
import org.jixiao.core.review.Check;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.PublishedTable;
import org.jixiao.core.review.ReviewedTable;
import org.jixiao.core.review.TableKind;

/**
 * Reviews an amount table of a final-accounts disclosure keyed by the national classification
 * codes (支出功能分类: 类 205, 款 20599, 项 2059999; 经济分类: 301, 30101): in every amount column a
 * 类 must be the sum of its 款 and a 款 of its 项, and the 合计 row the sum of the 类. Amounts are
 * published rounded to the cent, so a difference that n rounded parts can explain is not reported.
 */
public final class AmountTableReview {

    private static final Pattern CODE = Pattern.compile("^(\\d{3}(?:\\d{2}){0,2})(?![\\d.])\\s*(.*)$");
    private static final Set<String> AMOUNT_WORDS = Set.of(
            "年初预算数", "全年预算数", "调整预算数", "决算数", "支出决算", "本年收入", "本年支出", "合计", "金额",
            "基本支出", "项目支出", "人员经费", "公用经费", "本年收入合计", "本年支出合计");

    private AmountTableReview() {
    }

    /** A row: its classification code, name, line and amounts by column index. */
    private record Line(String code, String name, int line, Map<Integer, Stated> amounts) {
    }

    public static Optional<ReviewedTable> review(PublishedTable table) {
        Map<Integer, String> columns = new LinkedHashMap<>();
        List<Line> lines = new ArrayList<>();
        Line total = null;
        for (PublishedTable.Row row : table.rows()) {
            if (columns.isEmpty()) {
                for (int i = 0; i < row.cells().size(); i++) {
                    String c = Cells.compact(row.cell(i));
                    if (AMOUNT_WORDS.contains(c)) {
                        columns.put(i, c);
                    }
                }
                continue;
            }
            String first = Cells.compact(row.cell(0));
            Map<Integer, Stated> amounts = new LinkedHashMap<>();
            columns.keySet().forEach(i -> Stated.of(row.cell(i)).ifPresent(s -> amounts.put(i, s)));
            Matcher m = CODE.matcher(first);
            if (m.matches()) {
                String name = m.group(2).isEmpty() ? Cells.compact(row.cell(1)) : m.group(2);
                lines.add(new Line(m.group(1), name, row.line(), amounts));
            } else if (first.startsWith("合计") || first.startsWith("总计")) {
                total = new Line("", first, row.line(), amounts);
            }
        }
        if (columns.isEmpty() || lines.size() < 2) {
            return Optional.empty();
        }
        String title = table.title();
        List<Finding> findings = new ArrayList<>();
        for (Line parent : lines) {
            List<Line> parts = lines.stream()
                    .filter(l -> l.code().length() == parent.code().length() + 2 && l.code().startsWith(parent.code()))
                    .toList();
            check(title, parent, parts, columns, findings);
        }
        if (total != null) {
            check(title, total, lines.stream().filter(l -> l.code().length() == 3).toList(), columns, findings);
        }
        return Optional.of(new ReviewedTable(TableKind.AMOUNT_TABLE, title, "第" + table.line() + "行", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), findings));
    }

    private static void check(String title, Line whole, List<Line> parts, Map<Integer, String> columns, List<Finding> findings) {
        if (parts.isEmpty()) {
            return;
        }
        for (Map.Entry<Integer, String> column : columns.entrySet()) {
            Stated stated = whole.amounts().get(column.getKey());
            if (stated == null || parts.stream().noneMatch(p -> p.amounts().containsKey(column.getKey()))) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal tolerance = stated.halfUnit();
            for (Line part : parts) {
                Stated s = part.amounts().get(column.getKey());
                if (s != null) {
                    sum = sum.add(s.value());
                    tolerance = tolerance.add(s.halfUnit());
                }
            }
            if (sum.subtract(stated.value()).abs().compareTo(tolerance) > 0) {
                String label = (whole.code() + " " + whole.name()).trim();
                findings.add(Finding.of(Check.AMOUNT_SUM_MISMATCH, title, label, whole.line(),
                        "“" + label + "”的" + column.getValue() + "为" + stated + "，其下" + parts.size() + "项合计为"
                                + sum.toPlainString(), sum.toPlainString(), stated.toString()));
            }
        }
    }
}
