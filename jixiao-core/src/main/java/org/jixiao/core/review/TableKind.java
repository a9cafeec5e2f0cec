package org.jixiao.core.review;

/** The kinds of published table the reviewer recognises (the {@code kind} of the review JSON). */
public enum TableKind {
    /** 项目支出绩效自评表. */
    PROJECT_SELF_EVALUATION,
    /** 部门整体支出绩效评价 score table. */
    DEPARTMENT_EVALUATION,
    /** 绩效目标表. */
    TARGET_TABLE,
    /** An amount table of a final-accounts disclosure. */
    AMOUNT_TABLE,
    /** Anything else (a list of units, a contents table). */
    OTHER
}
