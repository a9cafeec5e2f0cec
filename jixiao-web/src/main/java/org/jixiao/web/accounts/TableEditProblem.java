package org.jixiao.web.accounts;

import java.util.Objects;

/**
 * A figure, code or name typed into a table's edit form that cannot be taken: the row as the form
 * names it ("八、其他收入", "第3个科目行 2050299"), the column ("决算数"; empty for the row as a whole or
 * its code), the form field it was typed in (the page marks that input), a stable code and the
 * Chinese message saying what was found and what is expected.
 */
public record TableEditProblem(String row, String column, String field, String code, String message) {

    /** A figure that is not a number ("二十一", "12.3.4"). The importer's code for the same thing. */
    static final String NOT_A_NUMBER = "NOT_A_NUMBER";
    /** A count (车辆, 设备) with decimals. */
    static final String NOT_A_WHOLE_NUMBER = "NOT_A_WHOLE_NUMBER";
    /** A code row with a name or figures but no code. */
    static final String MISSING_CODE = "MISSING_CODE";
    /** Text in the code field that is not a classification code. */
    static final String BAD_CODE = "BAD_CODE";
    /** A code of a level the table does not list (a 项 in the 总表). */
    static final String CODE_NOT_IN_TABLE = "CODE_NOT_IN_TABLE";
    /** The same code in two rows. */
    static final String DUPLICATE_ROW = "DUPLICATE_ROW";
    /** A name longer than the form takes. */
    static final String NAME_TOO_LONG = "NAME_TOO_LONG";
    /** A money unit other than 万元 or 元. */
    static final String BAD_MONEY_UNIT = "BAD_MONEY_UNIT";
    /** What the core's table refuses beyond the above (its own Chinese message). */
    static final String TABLE_STRUCTURE = "TABLE_STRUCTURE";

    public TableEditProblem {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
