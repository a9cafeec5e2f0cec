package org.jixiao.formats.xlsx;

import java.util.Objects;
import org.jixiao.core.review.Severity;

/**
 * Something the importer found in a workbook's layout or cells, with where it is: the sheet, the
 * cell ("D7"; empty when the problem concerns the whole sheet or workbook), a stable {@link Code}, a
 * Chinese message, and what was expected and found (empty when not applicable). An {@code ERROR}
 * stops the import; a {@code WARNING} is reported with the result.
 */
public record ImportProblem(Code code, Severity severity, String sheet, String cell, String message, String expected,
                            String found) {

    /** Why; the names are stable (scripts match on them), each with its severity and a short Chinese title. */
    public enum Code {
        /** No sheet has a form's indicator table (三级指标, 实际完成值 … headings): not a Jixiao template nor an official form. */
        LAYOUT_UNKNOWN(Severity.ERROR, "不是绩效自评表或绩效目标表的版式"),
        /** The template's sheet is gone: renamed or deleted (the workbook's marker names it). */
        SHEET_MISSING(Severity.ERROR, "找不到模板中的工作表（可能被改名或删除）"),
        /** The workbook's marker cannot be read, or a newer Jixiao wrote it. */
        MARKER_INVALID(Severity.ERROR, "模板标记无法识别"),
        /** The marker names a framework that is not among those available. */
        FRAMEWORK_UNKNOWN(Severity.ERROR, "模板所属的指标体系不可用"),
        /** The indicators the rows name are not (two thirds of them at least) those of any framework available. */
        FRAMEWORK_NOT_MATCHED(Severity.ERROR, "表中指标与指标体系对不上"),
        /** The framework is a template (categories only); a project's own indicators must be entered first. */
        FRAMEWORK_IS_TEMPLATE(Severity.ERROR, "指标体系是模板，不能直接填报"),
        /** A heading the import needs (三级指标, 实际完成值) is missing. */
        MISSING_COLUMN(Severity.ERROR, "缺少必需的列"),
        /** Text where a number belongs: an amount, a 分值, a 得分. */
        NOT_A_NUMBER(Severity.ERROR, "应为数字"),
        /** An error value (#DIV/0!, #REF! …) in a cell that is read. */
        CELL_ERROR(Severity.ERROR, "单元格为错误值"),
        /** A row names no indicator of the framework. */
        UNKNOWN_INDICATOR(Severity.ERROR, "指标体系中没有这一指标"),
        /** Two rows name the same indicator. */
        DUPLICATE_INDICATOR(Severity.ERROR, "同一指标填了两行"),
        /** A score that a person decides lies outside what the row can earn (0 to its 分值). */
        SCORE_OUT_OF_RANGE(Severity.ERROR, "认定得分超出范围"),
        /** 不适用 without a reason. */
        REASON_MISSING(Severity.ERROR, "不适用但未写明理由"),
        /** Funds amounts without a 年度资金总额 line. */
        FUNDS_TOTAL_MISSING(Severity.ERROR, "项目资金缺少年度资金总额行"),
        /** An indicator of the framework has no row in the sheet (it is imported as not yet filled). */
        INDICATOR_MISSING(Severity.WARNING, "表中缺少指标体系的指标"),
        /** The 指标值 typed differs from the framework's: the framework's counts. */
        TARGET_DIFFERS(Severity.WARNING, "指标值与指标体系不同"),
        /** The 分值 typed differs from the framework's: the framework's counts. */
        WEIGHT_DIFFERS(Severity.WARNING, "分值与指标体系不同"),
        /** No year in the title rows: the framework's year is taken. */
        YEAR_MISSING(Severity.WARNING, "未写明年度"),
        /** A row that is neither an indicator, a group, a total nor a heading, left out. */
        ROW_IGNORED(Severity.WARNING, "无法识别的行，未导入");

        private final Severity severity;
        private final String title;

        Code(Severity severity, String title) {
            this.severity = severity;
            this.title = title;
        }

        public Severity severity() {
            return severity;
        }

        public String title() {
            return title;
        }
    }

    public ImportProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        sheet = sheet == null ? "" : sheet;
        cell = cell == null ? "" : cell;
        expected = expected == null ? "" : expected;
        found = found == null ? "" : found;
    }

    static ImportProblem of(Code code, String sheet, String cell, String message, String expected, String found) {
        return new ImportProblem(code, code.severity(), sheet, cell, message, expected, found);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** "项目支出绩效自评表!D7", the sheet alone, or "" for the workbook. */
    public String where() {
        if (sheet.isEmpty()) {
            return cell;
        }
        return cell.isEmpty() ? sheet : sheet + "!" + cell;
    }

    /** "项目支出绩效自评表!D7：message（应为…，实为…）［CODE］". */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        if (!where().isEmpty()) {
            out.append(where()).append('：');
        }
        out.append(message);
        if (!expected.isEmpty() || !found.isEmpty()) {
            out.append("（应为").append(expected.isEmpty() ? "—" : expected).append("，实为").append(found.isEmpty() ? "空" : found)
                    .append('）');
        }
        return out.append('［').append(code.name()).append('］').toString();
    }
}
