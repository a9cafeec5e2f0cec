package org.jixiao.formats.report;

import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.framework.Framework;

/**
 * What a report is about: the unit (单位), the project (项目名称; empty for a unit-as-a-whole report)
 * and the year evaluated (评价年度).
 */
public record ReportTitle(String unit, String project, int year) {

    public ReportTitle {
        unit = unit == null ? "" : unit.strip();
        project = project == null ? "" : project.strip();
        if (year < 1900 || year > 2999) {
            throw new IllegalArgumentException("评价年度应为四位年份，实际为" + year);
        }
    }

    /**
     * The title the data itself gives: the evaluation's unit, the framework's title as the project
     * (a project framework is titled by its project, as Baotou's are; a department report has none)
     * and the framework's year.
     */
    public static ReportTitle of(Framework framework, Evaluation evaluation) {
        String project = framework.kind() == org.jixiao.core.framework.FrameworkKind.PROJECT_SELF_EVALUATION ? framework.title() : "";
        return new ReportTitle(evaluation.unit(), project, framework.year());
    }
}
