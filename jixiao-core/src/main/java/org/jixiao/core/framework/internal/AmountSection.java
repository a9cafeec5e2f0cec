package org.jixiao.core.framework.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.funds.AmountRow;
import org.jixiao.core.funds.AmountTable;
import org.jixiao.core.number.Amount;
import org.jixiao.core.number.Decimals;
import org.jixiao.core.number.MoneyUnit;

/**
 * One {@code amounts:} section of a framework file: its name and unit, a {@code columns:} line, then
 * rows "label | amount | …" whose indentation (two spaces a level) makes them parts of the row above.
 */
final class AmountSection {

    /** Where a section reports what is wrong with it (the parser's problem list). */
    interface Problems {
        void error(String code, int line, String node, String message);
    }

    private record RowDraft(String label, List<String> cells, int line, List<RowDraft> children) {
    }

    private final String name;
    private final MoneyUnit unit;
    private final int line;
    private final Problems problems;
    private List<String> columns;
    private final List<RowDraft> roots = new ArrayList<>();
    private final List<RowDraft> stack = new ArrayList<>();
    private int baseIndent = -1;

    private AmountSection(String name, MoneyUnit unit, int line, Problems problems) {
        this.name = name;
        this.unit = unit;
        this.line = line;
        this.problems = problems;
    }

    /** A section from its header: "amounts: 支出 万元" gives spec "支出 万元". */
    static AmountSection start(String spec, int lineNo, Problems problems) {
        String[] words = spec.split("\\s+");
        if (spec.isEmpty()) {
            problems.error("SYNTAX", lineNo, null, "amounts: 后应写表名");
            words = new String[] {"?"};
        }
        MoneyUnit unit = MoneyUnit.WAN_YUAN;
        if (words.length > 1) {
            try {
                unit = MoneyUnit.fromLabel(words[1]);
            } catch (IllegalArgumentException e) {
                problems.error("BAD_VALUE", lineNo, null, "金额单位应为“元”或“万元”：" + words[1]);
            }
        }
        return new AmountSection(words[0], unit, lineNo, problems);
    }

    void read(int indent, String text, int lineNo) {
        if (text.startsWith("columns:")) {
            if (columns != null) {
                problems.error("DUPLICATE_KEY", lineNo, null, "金额表“" + name + "”的 columns 重复");
                return;
            }
            columns = new ArrayList<>();
            for (String column : text.substring("columns:".length()).split("\\|")) {
                columns.add(column.trim());
            }
            return;
        }
        if (columns == null) {
            problems.error("SYNTAX", lineNo, null, "金额表“" + name + "”应先写 columns:");
            return;
        }
        String[] parts = text.split("\\|", -1);
        if (parts.length != columns.size() + 1) {
            problems.error("SYNTAX", lineNo, null, "金额行应有" + (columns.size() + 1) + "栏（名称与各列金额）：" + text);
            return;
        }
        if (baseIndent < 0) {
            baseIndent = indent;
        }
        if ((indent - baseIndent) % 2 != 0 || indent < baseIndent) {
            problems.error("INDENT", lineNo, null, "缩进应为两个空格的整数倍");
            return;
        }
        int depth = (indent - baseIndent) / 2;
        if (depth > stack.size()) {
            problems.error("INDENT", lineNo, null, "缩进过深：上一级金额行不存在");
            return;
        }
        List<String> cells = new ArrayList<>();
        for (int c = 1; c < parts.length; c++) {
            cells.add(parts[c].trim());
        }
        RowDraft row = new RowDraft(parts[0].trim(), cells, lineNo, new ArrayList<>());
        while (stack.size() > depth) {
            stack.remove(stack.size() - 1);
        }
        if (depth == 0) {
            roots.add(row);
        } else {
            stack.get(depth - 1).children().add(row);
        }
        stack.add(row);
    }

    /** The table, or empty (with the problem reported) when it never stated its columns. */
    Optional<AmountTable> build() {
        if (columns == null) {
            problems.error("SYNTAX", line, null, "金额表“" + name + "”缺少 columns:");
            return Optional.empty();
        }
        List<AmountRow> rows = new ArrayList<>();
        for (RowDraft row : roots) {
            rows.add(row(row));
        }
        return Optional.of(new AmountTable(name, unit, columns, rows));
    }

    private AmountRow row(RowDraft row) {
        Map<String, Amount> values = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            String cell = row.cells().get(c);
            if (cell.isEmpty()) {
                continue;
            }
            BigDecimal value = Decimals.parseOrNull(cell);
            if (value == null) {
                problems.error("BAD_VALUE", row.line(), row.label(), "金额“" + cell + "”不是数值（列“" + columns.get(c) + "”）");
                continue;
            }
            values.put(columns.get(c), new Amount(value, unit));
        }
        List<AmountRow> children = new ArrayList<>();
        for (RowDraft child : row.children()) {
            children.add(row(child));
        }
        return new AmountRow(row.label(), values, children, row.line());
    }
}
