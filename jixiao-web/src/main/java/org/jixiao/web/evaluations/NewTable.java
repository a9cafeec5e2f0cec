package org.jixiao.web.evaluations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request for a new draft table, as typed (page form or API body): which framework, which year,
 * which project. {@link #problems} says what is wrong with it, field by field, with stable codes.
 */
public record NewTable(String frameworkId, String year, String project) {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;
    /** The project column's width. */
    static final int MAX_PROJECT = 300;

    public NewTable {
        frameworkId = Entries.clean(frameworkId);
        year = Entries.clean(year);
        project = Entries.clean(project);
    }

    Long frameworkIdOrNull() {
        return parse(frameworkId);
    }

    /** The year if it is a number in range, else null (and {@link #problems} says why). */
    Integer yearOrNull() {
        Long y = parse(year);
        return y == null || y < MIN_YEAR || y > MAX_YEAR ? null : y.intValue();
    }

    String projectName() {
        return project;
    }

    /**
     * @param frameworkKind the kind of the framework if the user may use it, else empty
     * @param existing      the projects the unit already has a table for in that year
     */
    List<LiveScore.FieldProblem> problems(Optional<String> frameworkKind, List<String> existing) {
        List<LiveScore.FieldProblem> problems = new ArrayList<>();
        if (frameworkId.isEmpty()) {
            problems.add(new LiveScore.FieldProblem("frameworkId", "FRAMEWORK_REQUIRED", "请选择指标体系"));
        } else if (frameworkKind.isEmpty()) {
            problems.add(new LiveScore.FieldProblem("frameworkId", "FRAMEWORK_NOT_FOUND", "没有这个指标体系，或您无权使用"));
        } else if ("TARGET_TABLE".equals(frameworkKind.get())) {
            problems.add(new LiveScore.FieldProblem("frameworkId", "FRAMEWORK_NOT_SCORED",
                    "绩效目标表不计分，不能用来新建自评表"));
        }
        if (year.isEmpty()) {
            problems.add(new LiveScore.FieldProblem("year", "YEAR_REQUIRED", "请填写年度"));
        } else if (yearOrNull() == null) {
            problems.add(new LiveScore.FieldProblem("year", "YEAR_INVALID",
                    "年度须为" + MIN_YEAR + "至" + MAX_YEAR + "之间的整数"));
        }
        if (project.isEmpty()) {
            problems.add(new LiveScore.FieldProblem("project", "PROJECT_REQUIRED", "请填写项目名称"));
        } else if (project.codePointCount(0, project.length()) > MAX_PROJECT) {
            problems.add(new LiveScore.FieldProblem("project", "PROJECT_TOO_LONG", "项目名称不能超过" + MAX_PROJECT + "个字"));
        } else if (existing.stream().anyMatch(project::equals)) {
            problems.add(new LiveScore.FieldProblem("project", "PROJECT_EXISTS", "本单位该年度已有同名项目的自评表"));
        }
        return problems;
    }

    private static Long parse(String digits) {
        if (digits.isEmpty() || digits.length() > 12 || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.parseLong(digits);
    }
}
