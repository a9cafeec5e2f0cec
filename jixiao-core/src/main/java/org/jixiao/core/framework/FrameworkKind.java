package org.jixiao.core.framework;

/** What a framework is for; decides which checks apply (a target table carries no scores). */
public enum FrameworkKind {
    /** 项目支出绩效自评表: funds block plus 产出/效益/满意度. */
    PROJECT_SELF_EVALUATION,
    /** 部门整体支出绩效评价: a department scored as a whole. */
    DEPARTMENT_EVALUATION,
    /** 绩效目标表: targets with half-year and full-year values, no scores. */
    TARGET_TABLE;

    public boolean isScored() {
        return this != TARGET_TABLE;
    }
}
