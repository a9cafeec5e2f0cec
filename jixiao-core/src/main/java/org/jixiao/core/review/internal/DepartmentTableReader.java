package org.jixiao.core.review.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.core.review.Column;
import org.jixiao.core.review.PublishedTable;

/**
 * Reads a department evaluation score table laid out in columns (一级/二级/三级指标, 标准值, 完成值,
 * 权值, 得分, 评分办法) into its rows, as written: merged 一级/二级 cells carried down, a code such as
 * "A11" split from the name it is fused to. Shared by the review and by reading evaluations, so that
 * both see the same rows.
 */
public final class DepartmentTableReader {

    private static final Pattern CODE = Pattern.compile("^([A-Z][0-9]{1,3})(.*)$");

    private DepartmentTableReader() {
    }

    /** The table's header, its data rows and its total row (null when it has none). */
    public record Parts(Header header, List<PublishedTable.Row> rows, PublishedTable.Row total) {
    }

    /**
     * One row under the header. {@code name} is empty on a category row (一级/二级 filled, 三级 blank);
     * {@code code} is the code the table writes before the name ("A11"), or empty.
     */
    public record Row(int line, String level1, String level2, String code, String name, Map<Column, String> cells) {
        public String cell(Column column) {
            return cells.getOrDefault(column, "");
        }

        /** A category row: nothing written in the 三级指标 cell. */
        public boolean isCategory() {
            return code.isEmpty() && name.isEmpty();
        }
    }

    /** The parts, when the table has an indicator header with 权值/分值 and 得分 and no funds; empty otherwise. */
    public static Optional<Parts> read(PublishedTable table) {
        Header header = null;
        List<PublishedTable.Row> rows = new ArrayList<>();
        PublishedTable.Row total = null;
        for (PublishedTable.Row row : table.rows()) {
            if (header == null) {
                Optional<Header> h = Header.of(row, 4);
                if (h.isPresent() && h.get().has(Column.LEVEL3) && h.get().has(Column.WEIGHT) && h.get().has(Column.SCORE)
                        && !h.get().has(Column.EXECUTED)) {
                    header = h.get();
                }
                continue;
            }
            String first = Cells.compact(row.cell(0));
            if (first.equals("合计") || first.equals("总分") || first.equals("总计")) {
                total = row;
                break;
            }
            rows.add(row);
        }
        return header == null ? Optional.empty() : Optional.of(new Parts(header, rows, total));
    }

    /** The rows in order, categories carried down; repeated header rows left out. */
    public static List<Row> rows(Parts parts) {
        List<Row> out = new ArrayList<>();
        String level1 = "";
        String level2 = "";
        for (PublishedTable.Row row : parts.rows()) {
            Map<Column, String> cells = parts.header().read(row);
            String name = Cells.compact(cells.getOrDefault(Column.LEVEL3, ""));
            if (Column.of(name).isPresent()) {
                continue;
            }
            if (!Cells.isEmpty(cells.getOrDefault(Column.LEVEL1, ""))) {
                level1 = Cells.compact(cells.get(Column.LEVEL1));
                level2 = "";
            }
            if (!Cells.isEmpty(cells.getOrDefault(Column.LEVEL2, ""))) {
                level2 = Cells.compact(cells.get(Column.LEVEL2));
            }
            Matcher m = CODE.matcher(name);
            String code = m.matches() ? m.group(1) : "";
            out.add(new Row(row.line(), level1, level2, code, m.matches() ? m.group(2) : name, cells));
        }
        return out;
    }
}
