package org.jixiao.formats.xlsx;

import java.math.BigDecimal;

/**
 * One line of a list of tables as exported: the unit, the project, the year, the status as the
 * reader should see it (already in their language), the total (null while there is none), the
 * grade ("" while there is none) and the open errors and warnings.
 */
public record ListRow(String unit, String project, int year, String status, BigDecimal total, String grade,
                      int errors, int warnings) {

    public ListRow {
        unit = unit == null ? "" : unit;
        project = project == null ? "" : project;
        status = status == null ? "" : status;
        grade = grade == null ? "" : grade;
    }
}
