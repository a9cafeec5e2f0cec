package org.jixiao.core.review.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jixiao.core.measure.TargetValue;
import org.jixiao.core.measure.ValueText;
import org.jixiao.core.review.Check;
import org.jixiao.core.review.Column;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.PublishedTable;
import org.jixiao.core.review.ReviewedTable;
import org.jixiao.core.review.TableKind;

/**
 * Reviews a 绩效目标表: the funds by source and the spending plan must add up (资金总额 = its
 * sources; 项目支出 = its projects, half-year and full-year; 基本支出 + 项目支出 = 资金总额), and no
 * half-year value may exceed its full-year value. Published target tables shift their cells from
 * row to row, so rows are read by meaning (label, then the amounts in order), not by position.
 */
public final class TargetTableReview {

    private static final Set<String> INCOME_SOURCES = Set.of("财政拨款", "国有资本金", "社保基金", "上年结转资金", "其他资金");
    private static final Set<String> APPROPRIATION_PARTS = Set.of("一般公共预算资金", "政府性基金", "财政专户管理资金");

    private TargetTableReview() {
    }

    public static Optional<ReviewedTable> review(PublishedTable table) {
        boolean target = false;
        for (PublishedTable.Row row : table.rows()) {
            Optional<Header> h = Header.of(row, 2);
            if (h.isPresent() && h.get().has(Column.HALF_YEAR_TARGET) && !h.get().has(Column.SCORE)) {
                target = true;
                break;
            }
        }
        if (!target) {
            return Optional.empty();
        }
        String title = table.title();
        List<Finding> findings = new ArrayList<>();
        funds(table, title, findings);
        halfYear(table, title, findings);
        return Optional.of(new ReviewedTable(TableKind.TARGET_TABLE, title, "第" + table.line() + "行", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), findings));
    }

    /** A funds row read by meaning: its label and its amounts in order. */
    private record Line(int line, String label, List<BigDecimal> amounts, List<String> written) {
    }

    private static void funds(PublishedTable table, String title, List<Finding> findings) {
        Map<String, Line> income = new LinkedHashMap<>();
        Line basic = null;
        Line projects = null;
        List<Line> projectItems = new ArrayList<>();
        String section = "";
        for (PublishedTable.Row row : table.rows()) {
            Line line = line(row);
            String label = line.label();
            if (label.startsWith("中长期目标") || label.startsWith("年度目标") || label.equals("一级指标")) {
                break;
            }
            if (row.cells().stream().anyMatch(c -> Cells.compact(c).equals("收入"))) {
                section = "income";
                continue;
            }
            if (row.cells().stream().anyMatch(c -> Cells.compact(c).equals("支出"))) {
                section = "spending";
                continue;
            }
            if (line.amounts().isEmpty()) {
                continue;
            }
            if (section.equals("income")) {
                income.put(label, line);
            } else if (section.equals("spending")) {
                if (label.equals("基本支出")) {
                    basic = line;
                } else if (label.equals("项目支出")) {
                    projects = line;
                } else if (projects != null) {
                    projectItems.add(line);
                }
            }
        }
        Line total = income.get("资金总额");
        if (total != null) {
            sum(title, total, income.values().stream().filter(l -> INCOME_SOURCES.contains(l.label())).toList(), 0, "全年预算数", findings);
        }
        Line appropriation = income.get("财政拨款");
        if (appropriation != null) {
            sum(title, appropriation, income.values().stream().filter(l -> APPROPRIATION_PARTS.contains(l.label())).toList(), 0,
                    "全年预算数", findings);
        }
        if (projects != null && !projectItems.isEmpty()) {
            sum(title, projects, projectItems, 0, "半年计划执行数", findings);
            sum(title, projects, projectItems, 1, "全年预算数", findings);
        }
        if (total != null && basic != null && projects != null && basic.amounts().size() > 1 && projects.amounts().size() > 1) {
            BigDecimal spending = basic.amounts().get(1).add(projects.amounts().get(1));
            if (spending.compareTo(total.amounts().get(0)) != 0) {
                findings.add(Finding.of(Check.AMOUNT_SUM_MISMATCH, title, "资金总额", total.line(),
                        "基本支出与项目支出的全年预算数合计" + spending.toPlainString() + "万元，与资金总额" + total.written().get(0) + "万元不符",
                        spending.toPlainString(), total.written().get(0)));
            }
        }
    }

    private static void sum(String title, Line whole, List<Line> parts, int column, String columnName, List<Finding> findings) {
        if (parts.isEmpty() || whole.amounts().size() <= column) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Line part : parts) {
            if (part.amounts().size() <= column) {
                return; // a part without this column: cannot add up honestly
            }
            sum = sum.add(part.amounts().get(column));
        }
        BigDecimal stated = whole.amounts().get(column);
        if (sum.compareTo(stated) != 0) {
            findings.add(Finding.of(Check.AMOUNT_SUM_MISMATCH, title, whole.label(), whole.line(),
                    "“" + whole.label() + "”的" + columnName + "为" + whole.written().get(column) + "万元，其下" + parts.size()
                            + "项合计为" + sum.toPlainString() + "万元",
                    sum.toPlainString(), whole.written().get(column)));
        }
    }

    private static Line line(PublishedTable.Row row) {
        String label = "";
        List<BigDecimal> amounts = new ArrayList<>();
        List<String> written = new ArrayList<>();
        for (String cell : row.cells()) {
            String c = Cells.compact(cell);
            if (c.isEmpty() || c.equals("小计")) {
                continue;
            }
            Optional<BigDecimal> n = Cells.number(c);
            if (n.isPresent() && !c.contains("%")) {
                amounts.add(n.get());
                written.add(c);
            } else if (label.isEmpty()) {
                label = c;
            }
        }
        return new Line(row.line(), label, amounts, written);
    }

    /** The last two written values of an indicator row are its half-year and full-year values. */
    private static void halfYear(PublishedTable table, String title, List<Finding> findings) {
        boolean indicators = false;
        for (PublishedTable.Row row : table.rows()) {
            Optional<Header> header = Header.of(row, 2);
            if (header.isPresent() && header.get().has(Column.HALF_YEAR_TARGET)) {
                indicators = true;
                continue;
            }
            if (!indicators) {
                continue;
            }
            List<String> cells = row.cells().stream().map(Cells::compact).filter(c -> !c.isEmpty()).toList();
            if (cells.size() < 2) {
                continue;
            }
            TargetValue half = ValueText.target(cells.get(cells.size() - 2));
            TargetValue full = ValueText.target(cells.get(cells.size() - 1));
            // A value pair is numeric on one side at least, or the same word twice (健全 / 健全); a row
            // ending in two different words is an indicator named with no values after it.
            boolean valuePair = half instanceof TargetValue.Numeric || full instanceof TargetValue.Numeric
                    || ValueText.label(half.text()).equals(ValueText.label(full.text()));
            if (!valuePair) {
                String name = cells.get(cells.size() - 1);
                findings.add(Finding.of(Check.VALUE_MISSING, title, name, row.line(),
                        "“" + name + "”没有填写半年指标值和全年指标值", "", ""));
                continue;
            }
            if (half instanceof TargetValue.Numeric h && full instanceof TargetValue.Numeric f
                    && h.quantity().unit().equals(f.quantity().unit()) && h.comparison() == f.comparison()
                    && h.quantity().value().compareTo(f.quantity().value()) > 0) {
                String name = cells.get(cells.size() - 3);
                findings.add(Finding.of(Check.HALF_YEAR_EXCEEDS_FULL, title, name, row.line(),
                        "半年指标值" + h.text() + "超过全年指标值" + f.text(), f.text(), h.text()));
            }
        }
    }
}
