package org.jixiao.core.accounts.tables;

import java.util.Objects;

/**
 * Something in a published report's disclosure tables that could not be taken: where (the document's
 * line — for a .docx the reader's block number, as everywhere in the review —, the standard table's
 * title, the row as written, the 1-based column of the published row and its heading as written), a
 * stable code and a Chinese message naming the place, what was found and what was expected. A problem of
 * the whole document (its title) has line 0 or the title's line and no table.
 */
public record PublishedTableProblem(int line, String table, String row, int column, String header, Code code, String message) {

    /** Why something was not taken. The names are stable. */
    public enum Code {
        /** The document's title states no year (…2024年度单位决算) and none was given. */
        YEAR_MISSING,
        /** The year given by the caller differs from the one the document's title states (the given one is used). */
        YEAR_MISMATCH,
        /** The document's title names no unit (the tables are kept, with an empty unit name). */
        UNIT_NAME_MISSING,
        /** Nothing says whether the unit is a 行政单位 or a 事业单位; 行政单位 is assumed (only the narrative's wording depends on it). */
        UNIT_KIND_NOT_STATED,
        /** A standard table published twice, not marked as continued (续); the second is not read. */
        DUPLICATE_TABLE,
        /** No "单位：万元" or "单位：元" for the table; 万元 is assumed. */
        MONEY_UNIT_MISSING,
        /** A money unit other than 万元 or 元 (千元, 亿元 …); the table is not read. */
        BAD_MONEY_UNIT,
        /** No heading row naming any of the table's columns; the table is not read. */
        HEADER_NOT_FOUND,
        /** A heading that is none of the table's columns (its figures are not taken), or a figure in a column without heading. */
        UNKNOWN_COLUMN,
        /** A column of the template that the published table does not have (its figures are blank). */
        MISSING_COLUMN,
        /** A code cell that is not a classification code. */
        BAD_CODE,
        /** A code this table does not list: the table has no code rows, or not of that level (the 总表 lists 类 only). */
        CODE_NOT_IN_TABLE,
        /** A row with figures that is neither a line of the template (by its label) nor a code row. */
        UNKNOWN_ROW,
        /** A line or code published twice in one table; the second is not taken. */
        DUPLICATE_ROW,
        /** A figure cell holding text that is not a number. */
        NOT_A_NUMBER,
        /** A count (车辆, 设备) that is not a whole number. */
        NOT_A_WHOLE_NUMBER
    }

    public PublishedTableProblem {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** "第163行［NOT_A_NUMBER］：…" (the message names the table, row and column). */
    @Override
    public String toString() {
        return (line > 0 ? "第" + line + "行" : "") + "［" + code.name() + "］：" + message;
    }
}
