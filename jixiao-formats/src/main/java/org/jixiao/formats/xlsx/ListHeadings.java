package org.jixiao.formats.xlsx;

import java.util.List;

/** The sheet name and the header row of a list export, in the reader's language. */
public record ListHeadings(String sheet, String unit, String project, String year, String status, String total,
                           String grade, String errors, String warnings) {

    public static final ListHeadings CHINESE = new ListHeadings("绩效自评列表", "单位", "项目", "年度", "状态", "总分",
            "等级", "错误", "提示");

    List<String> columns() {
        return List.of(unit, project, year, status, total, grade, errors, warnings);
    }
}
