package org.jixiao.formats.accounts;

import java.util.Objects;

/**
 * A cell of a disclosure tables workbook that cannot be taken: the sheet, the cell ("C12"; the row
 * alone, "12", when the whole row is at fault; empty for the workbook), a stable code and a Chinese
 * message that names where and what was found against what was expected.
 */
public record TableImportProblem(String sheet, String cell, Code code, String message) {

    /** Why a cell or sheet is refused. The names are stable. */
    public enum Code {
        /** The 封面 sheet (unit, year, kind) is missing. */
        MISSING_SHEET,
        /** 单位名称 (or another required entry of the 封面) is blank. */
        MISSING_VALUE,
        /** 年度 is not a year from 1990 to 2100. */
        BAD_YEAR,
        /** 单位性质 is neither 行政单位 nor 事业单位. */
        BAD_UNIT_KIND,
        /** The "金额单位：" cell is missing or names neither 万元 nor 元. */
        BAD_MONEY_UNIT,
        /** A column heading is not the template's: a column was inserted, deleted or renamed. */
        HEADER_MISMATCH,
        /** A code that is not a classification code (digits, with or without separators). */
        BAD_CODE,
        /** A code this table does not list: the table has no code rows, or not at that level. */
        CODE_NOT_IN_TABLE,
        /** A row that is neither a line of the template (by its 项目 text) nor a code row. */
        UNKNOWN_ROW,
        /** A line or code entered twice in one sheet. */
        DUPLICATE_ROW,
        /** A value cell holding text that is not a number. */
        NOT_A_NUMBER,
        /** A count (车辆, 设备) that is not a whole number. */
        NOT_A_WHOLE_NUMBER,
        /** A formula whose value was never calculated (saved by a program that does not calculate). */
        FORMULA_WITHOUT_VALUE,
        /** A cell holding an error value (#DIV/0!, #REF! …). */
        ERROR_VALUE
    }

    public TableImportProblem {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** "工作表“收入决算表”C12［NOT_A_NUMBER］：…". */
    @Override
    public String toString() {
        return (sheet.isEmpty() ? "" : "工作表“" + sheet + "”") + cell + "［" + code.name() + "］：" + message;
    }
}
