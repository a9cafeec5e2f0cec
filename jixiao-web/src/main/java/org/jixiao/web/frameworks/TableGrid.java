package org.jixiao.web.frameworks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.Group;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.framework.Node;
import org.jixiao.core.funds.AmountRow;
import org.jixiao.core.funds.AmountTable;
import org.jixiao.core.number.Score;

/**
 * A framework as the table form shows it: its nodes flattened in table order, each cell as typed
 * text, and its amount tables. The form posts the whole grid back; nothing here is checked, that is
 * {@link GridBuild}'s job.
 *
 * @param weights whether the grid has a 分值 column (scored frameworks, or any node states a weight)
 */
public record TableGrid(boolean weights, List<Row> rows, List<Amounts> tables) {

    /**
     * One node. Groups show their name and weight; indicators all their cells. {@code added} marks an
     * indicator added in this form, which must not inherit anything from a removed one of the same code.
     */
    public record Row(String code, int level, boolean group, boolean added, String name, String weight, String target,
                      String halfYear, String unit, String method) {
    }

    /** An amount table: rows with their depth (parts are one deeper than their total) and cells by column. */
    public record Amounts(String name, String unit, List<String> columns, List<Line> lines) {
    }

    public record Line(String label, int depth, List<String> cells) {
    }

    /** The form fields besides the cells: version, layout, amount layout, weights, action, the CSRF token. */
    static final int FIXED_FIELDS = 6;

    /** A form with more fields than the server parses (Tomcat's default is 1000) is shown read-only. */
    static final int MAX_FIELDS = 950;

    /** What a child code adds to its group's: a separator, then its number (".2" of 1.1.2, "2" of A12). */
    private static final Pattern CHILD_NUMBER = Pattern.compile("^([^0-9]*)([0-9]+)$");

    public TableGrid {
        rows = List.copyOf(rows);
        tables = List.copyOf(tables);
    }

    public static TableGrid of(Framework framework) {
        boolean weights = framework.kind().isScored() || hasWeight(framework.nodes());
        List<Row> rows = new ArrayList<>();
        flatten(framework.nodes(), rows);
        List<Amounts> tables = new ArrayList<>();
        for (AmountTable t : framework.amounts()) {
            List<Line> lines = new ArrayList<>();
            lines(t, t.rows(), 0, lines);
            tables.add(new Amounts(t.name(), t.unit().label(), t.columns(), lines));
        }
        return new TableGrid(weights, rows, tables);
    }

    /** How many fields the form posts; above {@link #MAX_FIELDS} the form is not offered. */
    public int fieldCount() {
        int count = FIXED_FIELDS;
        for (Row row : rows) {
            count += row.group() ? (weights ? 1 : 0) : (weights ? 6 : 5);
        }
        for (Amounts t : tables) {
            count += t.lines().size() * t.columns().size();
        }
        return count;
    }

    /** Indicators can be added to a group whose children are indicators (or that has none yet). */
    public boolean canAdd(int index) {
        Row row = rows.get(index);
        if (!row.group()) {
            return false;
        }
        for (int i = index + 1; i < rows.size() && rows.get(i).level() > row.level(); i++) {
            if (rows.get(i).group()) {
                return false;
            }
        }
        return true;
    }

    /** An indicator inside a group can be removed; a top-level one (the funds row) cannot. */
    public boolean canRemove(int index) {
        Row row = rows.get(index);
        return !row.group() && row.level() > 1;
    }

    /**
     * The grid with an empty indicator at the end of the group {@code code}, coded as the next number
     * in the group (1.1.3 after 1.1.2, A13 after A12); unchanged when there is no such group.
     */
    public TableGrid withRowAddedTo(String code) {
        int index = indexOf(code);
        if (index < 0 || !canAdd(index)) {
            return this;
        }
        Row group = rows.get(index);
        int end = index + 1;
        while (end < rows.size() && rows.get(end).level() > group.level()) {
            end++;
        }
        List<Row> out = new ArrayList<>(rows);
        out.add(end, new Row(nextCode(group, rows.subList(index + 1, end)), group.level() + 1, false, true,
                "", "", "", "", "", ""));
        return new TableGrid(weights, out, tables);
    }

    /** The grid without the indicator {@code code}; unchanged when it may not be removed. */
    public TableGrid withoutRow(String code) {
        int index = indexOf(code);
        if (index < 0 || !canRemove(index)) {
            return this;
        }
        List<Row> out = new ArrayList<>(rows);
        out.remove(index);
        return new TableGrid(weights, out, tables);
    }

    int indexOf(String code) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The group's code, the separator its children use after it ("." in 1.1.2, none in A12) and one
     * past their highest number; never a code the grid already has.
     */
    private String nextCode(Row group, List<Row> children) {
        String separator = ".";
        long highest = 0;
        for (Row child : children) {
            if (!child.code().startsWith(group.code())) {
                continue;
            }
            Matcher m = CHILD_NUMBER.matcher(child.code().substring(group.code().length()));
            if (m.matches() && m.group(2).length() < 10 && Long.parseLong(m.group(2)) >= highest) {
                separator = m.group(1);
                highest = Long.parseLong(m.group(2));
            }
        }
        long next = highest + 1;
        while (indexOf(group.code() + separator + next) >= 0) {
            next++;
        }
        return group.code() + separator + next;
    }

    private static boolean hasWeight(List<Node> nodes) {
        for (Node node : nodes) {
            if (node.weight().isPresent() || (node instanceof Group g && hasWeight(g.children()))) {
                return true;
            }
        }
        return false;
    }

    private static void flatten(List<Node> nodes, List<Row> rows) {
        for (Node node : nodes) {
            String weight = node.weight().map(Score::toString).orElse("");
            if (node instanceof Group g) {
                rows.add(new Row(g.code(), g.level(), true, false, g.name(), weight, "", "", "", ""));
                flatten(g.children(), rows);
            } else {
                Indicator i = (Indicator) node;
                rows.add(new Row(i.code(), i.level(), false, false, i.name(), weight, i.target().text(),
                        i.halfYearTarget().text(), i.unitOfMeasure(), i.method()));
            }
        }
    }

    private static void lines(AmountTable table, List<AmountRow> rows, int depth, List<Line> out) {
        for (AmountRow row : rows) {
            List<String> cells = table.columns().stream()
                    .map(c -> row.value(c).map(a -> a.value().toPlainString()).orElse("")).toList();
            out.add(new Line(row.label(), depth, cells));
            lines(table, row.children(), depth + 1, out);
        }
    }
}
