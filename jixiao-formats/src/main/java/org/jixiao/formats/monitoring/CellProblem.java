package org.jixiao.formats.monitoring;

import java.util.Objects;

/**
 * One bad cell of a monitoring workbook: where (sheet, cell such as "D5", row), a stable code for
 * machines and a Chinese message for people that names the place, what was found and what belongs
 * there.
 *
 * @param found    the cell's text as read (empty for a blank cell)
 * @param expected what the cell should hold, in Chinese
 */
public record CellProblem(String sheet, String cell, int row, Code code, String found, String expected, String message) {

    /** Why a cell was refused. The names are stable. */
    public enum Code {
        /** The workbook has none of the monitoring sheets. */
        NO_MONITORING_SHEET,
        /** A heading is not the template's (an old or another workbook). */
        BAD_HEADER,
        /** More records on a sheet than {@link MonitoringSheets#MAX_ROWS}. */
        TOO_MANY_ROWS,
        /** A required cell is blank. */
        MISSING_VALUE,
        /** Neither the amounts nor the rate of an execution line is filled in. */
        MISSING_FIGURE,
        /** Both the amounts and the rate are filled in: one or the other. */
        AMOUNTS_AND_RATE,
        /** Not a number where one belongs. */
        NOT_A_NUMBER,
        /** A negative amount or rate. */
        NEGATIVE,
        /** Not a period (2024年第一季度, 2024-Q1, 2024年3月, 2024年上半年). */
        BAD_PERIOD,
        /** A period of another year than the one being imported. */
        WRONG_YEAR,
        /** Not 万元 or 元. */
        BAD_MONEY_UNIT,
        /** Not 预算执行 or 绩效指标. */
        BAD_KIND,
        /** Not 资金, 制度, 人员, 设备 or 其他. */
        BAD_CAUSE,
        /** Not 确定能, 有可能 or 完全不可能. */
        BAD_LIKELIHOOD,
        /** The same project and period, indicator and period, item and period, or plan line again. */
        DUPLICATE,
        /** A plan line whose parent is not a line above it. */
        UNKNOWN_PARENT,
        /** Plan lines in different money units. */
        MIXED_MONEY_UNITS,
        /** Longer than the cell may be. */
        TEXT_TOO_LONG,
        /** A formula without a stored result, or a cell holding an error (#DIV/0!, #REF! …). */
        NO_VALUE
    }

    public CellProblem {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(code, "code");
        found = found == null ? "" : found;
        expected = expected == null ? "" : expected;
        Objects.requireNonNull(message, "message");
    }
}
