package org.jixiao.web.frameworks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.FrameworkFormat;
import org.jixiao.core.framework.FrameworkLoad;
import org.jixiao.core.framework.FrameworkProblem;
import org.jixiao.core.framework.FrameworkProblem.Severity;
import org.jixiao.core.funds.AmountTable;
import org.jixiao.core.monitoring.HalfYearPlanCheck;
import org.jixiao.core.number.Decimals;
import org.jixiao.web.frameworks.FrameworkView.Weights;
import org.jixiao.web.frameworks.GridBuild.CellProblem;

/**
 * A grid checked as the table form shows it on every keystroke: the framework it describes written
 * as text and read back (so the validator's problems are exactly those a save would meet), each
 * problem placed at its row, each indicator's 评分办法 compiled, the amount tables' sums, and the
 * half-year plan against the full year where a spending plan has both columns.
 *
 * @param text the text a save stores; empty when the grid cannot be written
 */
public record GridCheck(TableGrid grid, Framework framework, Optional<String> text, List<CellProblem> cellProblems,
                        List<Listed> problems, List<RuleView> rules, Map<String, Sum> sums, Weights weights) {

    /** A problem of the framework, with the grid row it concerns ({@code anchor}, empty for the whole). */
    public record Listed(Severity severity, String code, String node, String message, String anchor) {
    }

    /** A computed sum of an amount table: of a row's parts, or of a column. */
    public record Sum(String id, String text, boolean mismatch) {
    }

    public static GridCheck of(String sourceText, Framework base, TableGrid grid) {
        GridBuild.Built built = GridBuild.build(base, grid);
        List<CellProblem> cells = new ArrayList<>(built.problems());
        Optional<String> text;
        try {
            text = Optional.of(leadingComments(sourceText) + FrameworkFormat.write(built.framework()));
        } catch (IllegalArgumentException e) {
            cells.add(new CellProblem("NOT_WRITABLE", List.of(e.getMessage()), ""));
            text = Optional.empty();
        }
        List<Listed> problems = new ArrayList<>();
        if (text.isPresent()) {
            FrameworkLoad load = FrameworkFormat.read(base.id(), text.get());
            for (FrameworkProblem p : load.problems()) {
                problems.add(new Listed(p.severity(), p.code(), p.node(), p.message(), anchor(grid, p.node())));
            }
        }
        for (AmountTable table : built.framework().amounts()) {
            if (table.columns().contains(HalfYearPlanCheck.HALF_YEAR) && table.columns().contains(HalfYearPlanCheck.FULL_YEAR)) {
                for (HalfYearPlanCheck.Excess e : HalfYearPlanCheck.check(table).excesses()) {
                    problems.add(new Listed(Severity.WARNING, "HALF_YEAR_EXCESS", e.row().label(), e.message(),
                            anchor(grid, e.row().label())));
                }
            }
        }
        List<RuleView> rules = built.indicators().stream().map(i -> i == null ? null : RuleView.of(i)).toList();
        return new GridCheck(grid, built.framework(), text, cells, problems, rules, sums(grid),
                FrameworkView.weights(built.framework()));
    }

    public boolean hasErrors() {
        return errorCount() > 0;
    }

    public long errorCount() {
        return cellProblems.size() + problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
    }

    public long warningCount() {
        return problems.stream().filter(p -> p.severity() == Severity.WARNING).count();
    }

    public Sum sum(int table, int line, int column) {
        return sums.get("g-sum-" + table + "-" + line + "-" + column);
    }

    public Sum total(int table, int column) {
        return sums.get("g-total-" + table + "-" + column);
    }

    /** The comments a file starts with (where it was published, what it is): kept above the written text. */
    static String leadingComments(String sourceText) {
        List<String> kept = new ArrayList<>();
        for (String line : sourceText.split("\n", -1)) {
            if (!line.isBlank() && !line.strip().startsWith("#")) {
                break;
            }
            kept.add(line.stripTrailing());
        }
        while (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
            kept.remove(kept.size() - 1);
        }
        return kept.isEmpty() ? "" : String.join("\n", kept) + "\n";
    }

    private static String anchor(TableGrid grid, String node) {
        if (node == null || node.isEmpty()) {
            return "";
        }
        int row = grid.indexOf(node);
        if (row >= 0) {
            return "grow-" + row;
        }
        for (int t = 0; t < grid.tables().size(); t++) {
            List<TableGrid.Line> lines = grid.tables().get(t).lines();
            for (int k = 0; k < lines.size(); k++) {
                if (lines.get(k).label().equals(node)) {
                    return "aline-" + t + "-" + k;
                }
            }
        }
        return "";
    }

    /** Each parent line's parts added per column, and each column's total of the top lines, as typed. */
    private static Map<String, Sum> sums(TableGrid grid) {
        Map<String, Sum> out = new LinkedHashMap<>();
        for (int t = 0; t < grid.tables().size(); t++) {
            List<TableGrid.Line> lines = grid.tables().get(t).lines();
            for (int c = 0; c < grid.tables().get(t).columns().size(); c++) {
                BigDecimal total = BigDecimal.ZERO;
                for (int k = 0; k < lines.size(); k++) {
                    TableGrid.Line line = lines.get(k);
                    BigDecimal stated = number(line.cells().get(c));
                    if (line.depth() == 0 && stated != null) {
                        total = total.add(stated);
                    }
                    BigDecimal parts = BigDecimal.ZERO;
                    boolean anyPart = false;
                    boolean hasParts = false;
                    for (int j = k + 1; j < lines.size() && lines.get(j).depth() > line.depth(); j++) {
                        if (lines.get(j).depth() == line.depth() + 1) {
                            hasParts = true;
                            BigDecimal part = number(lines.get(j).cells().get(c));
                            anyPart |= part != null;
                            parts = part == null ? parts : parts.add(part);
                        }
                    }
                    if (hasParts) {
                        String id = "g-sum-" + t + "-" + k + "-" + c;
                        boolean mismatch = stated != null && anyPart && stated.compareTo(parts) != 0;
                        out.put(id, new Sum(id, shown(parts), mismatch));
                    }
                }
                String id = "g-total-" + t + "-" + c;
                out.put(id, new Sum(id, shown(total), false));
            }
        }
        return out;
    }

    private static BigDecimal number(String cell) {
        return cell == null || cell.isBlank() ? null : Decimals.parseOrNull(cell.strip());
    }

    private static String shown(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
