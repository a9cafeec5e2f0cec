package org.jixiao.core.review.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.review.Column;
import org.jixiao.core.review.PublishedTable;

/**
 * Reads a published 项目支出绩效自评表 into its parts, as written: project name, funds rows,
 * indicator rows (merged 一级/二级 cells carried down) and the total row.
 */
public final class ProjectTableReader {

    private ProjectTableReader() {
    }

    /** A funds row: its label and cells by column, as written. */
    public record FundsRow(int line, String label, Map<Column, String> cells) {
    }

    /** An indicator row: its categories (carried down), and cells by column, as written. */
    public record IndicatorRow(int line, String level1, String level2, Map<Column, String> cells) {
        public String cell(Column column) {
            return cells.getOrDefault(column, "");
        }

        public String name() {
            return Cells.compact(cell(Column.LEVEL3));
        }
    }

    /**
     * The table's parts; {@code totalLine} is 0 when the table has no total row; {@code unit} is the
     * 实施单位 the table names, or empty.
     */
    public record Parts(String projectName, Header fundsHeader, List<FundsRow> funds, Header indicatorHeader,
                        List<IndicatorRow> indicators, int totalLine, Optional<String> totalWeight,
                        Optional<String> totalScore, String unit) {
    }

    /** The parts, when the table has a funds header and an indicator header; empty otherwise. */
    public static Optional<Parts> read(PublishedTable table) {
        Header fundsHeader = null;
        Header indicatorHeader = null;
        String projectName = "";
        String unit = "";
        List<FundsRow> funds = new ArrayList<>();
        List<IndicatorRow> indicators = new ArrayList<>();
        int totalLine = 0;
        Optional<String> totalWeight = Optional.empty();
        Optional<String> totalScore = Optional.empty();
        String level1 = "";
        String level2 = "";
        for (PublishedTable.Row row : table.rows()) {
            if (row.isBlank()) {
                continue;
            }
            String label = firstText(row);
            if (projectName.isEmpty() && Cells.compact(label).equals("项目名称")) {
                projectName = textAfter(row, label);
                continue;
            }
            if (unit.isEmpty() && indicatorHeader == null) {
                unit = cellAfter(row, "实施单位");
            }
            if (indicatorHeader == null) {
                Optional<Header> h = Header.of(row, 3);
                if (h.isPresent() && h.get().has(Column.EXECUTED)) {
                    fundsHeader = h.get();
                    continue;
                }
                if (h.isPresent() && h.get().has(Column.LEVEL3) && h.get().has(Column.SCORE)) {
                    indicatorHeader = h.get();
                    continue;
                }
                if (fundsHeader != null && isFundsLabel(label)) {
                    funds.add(new FundsRow(row.line(), Cells.compact(label), fundsHeader.read(row)));
                }
                continue;
            }
            String first = Cells.compact(row.cell(0).isBlank() ? label : row.cell(0));
            if (first.equals("总分") || first.equals("合计") || first.equals("总计")) {
                Map<Column, String> cells = indicatorHeader.read(row);
                totalLine = row.line();
                totalWeight = nonEmpty(cells.get(Column.WEIGHT));
                totalScore = nonEmpty(cells.get(Column.SCORE));
                if (totalWeight.isEmpty() || totalScore.isEmpty()) {
                    List<String> numbers = numbers(row);
                    if (numbers.size() >= 2) {
                        totalWeight = Optional.of(numbers.get(numbers.size() - 2));
                        totalScore = Optional.of(numbers.get(numbers.size() - 1));
                    }
                }
                break;
            }
            Map<Column, String> cells = indicatorHeader.read(row);
            String name = cells.getOrDefault(Column.LEVEL3, "");
            if (Cells.isEmpty(name) || Column.of(name).isPresent()) {
                continue;
            }
            if (!Cells.isEmpty(cells.getOrDefault(Column.LEVEL1, ""))) {
                level1 = Cells.compact(cells.get(Column.LEVEL1));
            }
            if (!Cells.isEmpty(cells.getOrDefault(Column.LEVEL2, ""))) {
                level2 = Cells.compact(cells.get(Column.LEVEL2));
            }
            indicators.add(new IndicatorRow(row.line(), level1, level2, cells));
        }
        if (fundsHeader == null || indicatorHeader == null) {
            return Optional.empty();
        }
        return Optional.of(new Parts(projectName, fundsHeader, funds, indicatorHeader, indicators, totalLine, totalWeight,
                totalScore, unit));
    }

    static boolean isTotalFunds(String label) {
        String c = Cells.compact(label);
        return c.equals("年度资金总额") || c.equals("资金总额") || c.equals("合计");
    }

    private static boolean isFundsLabel(String label) {
        String c = Cells.compact(label);
        return isTotalFunds(c) || c.startsWith("其中") || c.contains("财政拨款") || c.contains("上年结转") || c.contains("其他资金");
    }

    private static String firstText(PublishedTable.Row row) {
        for (String cell : row.cells()) {
            if (!Cells.isEmpty(cell) && Cells.number(cell).isEmpty()) {
                return cell;
            }
        }
        return "";
    }

    private static String textAfter(PublishedTable.Row row, String label) {
        boolean seen = false;
        for (String cell : row.cells()) {
            if (seen && !Cells.isEmpty(cell)) {
                return Cells.compact(cell);
            }
            if (cell.equals(label)) {
                seen = true;
            }
        }
        return "";
    }

    /** The first non-empty cell after the cell reading {@code label} ("实施单位 | | 包头 市电 化教 育馆"), compacted. */
    private static String cellAfter(PublishedTable.Row row, String label) {
        for (int i = 0; i < row.cells().size(); i++) {
            if (Cells.compact(row.cell(i)).equals(label)) {
                for (int j = i + 1; j < row.cells().size(); j++) {
                    if (!Cells.isEmpty(row.cell(j))) {
                        return Cells.compact(row.cell(j));
                    }
                }
            }
        }
        return "";
    }

    private static List<String> numbers(PublishedTable.Row row) {
        List<String> out = new ArrayList<>();
        for (String cell : row.cells()) {
            Optional<BigDecimal> n = Cells.number(cell);
            if (n.isPresent()) {
                out.add(cell);
            }
        }
        return out;
    }

    private static Optional<String> nonEmpty(String cell) {
        return cell == null || Cells.isEmpty(cell) ? Optional.empty() : Optional.of(cell);
    }
}
