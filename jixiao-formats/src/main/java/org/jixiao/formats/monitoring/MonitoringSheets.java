package org.jixiao.formats.monitoring;

import java.util.List;

/**
 * The monitoring workbook's layout (运行监控填报表), shared by the template and the reader: one sheet
 * per kind of record, the headings in row 1, one record a row from row 2. A sheet left out of a
 * workbook simply has no records; the instructions sheet is never read.
 */
public final class MonitoringSheets {

    /** A sheet: its name and its column headings, in column order (A, B, …). */
    public record Sheet(String name, List<String> headings) {
        public Sheet {
            headings = List.copyOf(headings);
        }

        /** The column letter of a 0-based column index (A … Z; the sheets have fewer than 26 columns). */
        public static String column(int index) {
            return String.valueOf((char) ('A' + index));
        }
    }

    /** 执行情况: cumulative execution per period, of the unit as a whole (project blank) or a project. */
    public static final Sheet EXECUTION = new Sheet("执行情况", List.of(
            "项目名称（部门整体留空）", "期间", "金额单位", "全年预算数", "累计执行数", "累计支出进度（%）"));

    /** 指标进度: an indicator's value for the period (半年指标值) and what was achieved by the period's end. */
    public static final Sheet INDICATORS = new Sheet("指标进度", List.of(
            "指标编码", "指标名称", "期间", "本期指标值", "全年指标值", "实际完成值"));

    /** 偏差说明: the cause and corrective action for a late item. */
    public static final Sheet DEVIATIONS = new Sheet("偏差说明", List.of(
            "类别", "项目名称或指标编码（部门整体留空）", "期间", "原因类别", "原因说明", "纠偏措施", "完成可能性"));

    /** 支出计划: the spending plan by half year (半年计划执行数) against the full year (全年预算数). */
    public static final Sheet PLAN = new Sheet("支出计划", List.of(
            "项目", "上级项目（顶层留空）", "金额单位", "半年计划执行数", "全年预算数"));

    /** Read, in this order. */
    public static final List<Sheet> DATA = List.of(EXECUTION, INDICATORS, DEVIATIONS, PLAN);

    /** How to fill in the workbook; written by the template, never read. */
    public static final String INSTRUCTIONS = "填写说明";

    /** The unit as a whole, as the deviation sheet may also write it. */
    public static final String WHOLE_UNIT = "部门整体";

    /** Money units a cell may name; blank is 万元. */
    public static final List<String> MONEY_UNITS = List.of("万元", "元");

    /** Records per sheet at most: a unit's year of monitoring is a few hundred rows. */
    public static final int MAX_ROWS = 5_000;

    /** Longest text in one cell (names, causes, actions), in characters. */
    public static final int MAX_TEXT = 2_000;

    /** Longest project name or indicator code/name, in characters (as the application stores them). */
    public static final int MAX_NAME = 300;

    private MonitoringSheets() {
    }
}
