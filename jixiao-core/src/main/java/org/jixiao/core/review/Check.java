package org.jixiao.core.review;

/**
 * What the reviewer checks; the name is the finding's stable code (docs/cli.md). Each check has a
 * usual severity and a short Chinese title for people.
 */
public enum Check {
    TOTAL_MISMATCH(Severity.ERROR, "总分与各项得分之和不符"),
    SUBTOTAL_MISMATCH(Severity.ERROR, "小计与各项之和不符"),
    WEIGHT_SUM(Severity.ERROR, "分值之和与满分不符"),
    SCORE_OVER_WEIGHT(Severity.ERROR, "得分超过分值"),
    SCORE_MISSING(Severity.WARNING, "缺少得分"),
    VALUE_MISSING(Severity.WARNING, "缺少指标值或实际完成值"),
    SCORE_RULE_MISMATCH(Severity.ERROR, "得分与评分规则计算结果不符"),
    ROUNDING(Severity.INFO, "得分与规则计算结果仅有舍入差异"),
    FULL_SCORE_TARGET_MISSED(Severity.ERROR, "未完成目标却得满分"),
    PARTIAL_SCORE_TARGET_MET(Severity.ERROR, "已完成目标却未得满分"),
    DEVIATION_REASON_MISSING(Severity.WARNING, "扣分但未说明偏差原因"),
    EXECUTION_RATE_MISMATCH(Severity.ERROR, "执行率计算有误"),
    EXECUTION_SCORE_MISMATCH(Severity.ERROR, "预算执行率得分计算有误"),
    EXECUTION_OVER_BUDGET(Severity.WARNING, "全年执行数超过全年预算数"),
    GRADE_MISMATCH(Severity.ERROR, "评价等级与总分不符"),
    DATE_OUTSIDE_YEAR(Severity.WARNING, "时间不在评价年度内"),
    NEEDS_JUDGEMENT(Severity.INFO, "规则无法自动判断，需人工认定"),
    AMOUNT_SUM_MISMATCH(Severity.ERROR, "合计金额与分项之和不符"),
    HALF_YEAR_EXCEEDS_FULL(Severity.WARNING, "半年指标值超过全年指标值"),
    NARRATIVE_CHANGE_MISMATCH(Severity.ERROR, "文字说明中的增减额或增减幅度有误"),
    NARRATIVE_SHARE_MISMATCH(Severity.ERROR, "文字说明中的占比有误"),
    NARRATIVE_RATE_MISMATCH(Severity.ERROR, "文字说明中的完成率或执行率有误"),
    // Disclosure tables (决算公开表, issue #7): within and across the standard tables.
    DISCLOSURE_TOTAL_MISMATCH(Severity.ERROR, "决算表中的合计数与分项之和不符"),
    DISCLOSURE_FIGURE_DISAGREES(Severity.ERROR, "同一数字在各决算表中不一致"),
    DISCLOSURE_BALANCE_MISMATCH(Severity.ERROR, "年初结转和结余、本年收支与年末结转和结余不衔接"),
    DISCLOSURE_RATE_MISMATCH(Severity.ERROR, "决算表中的比例或完成率计算有误"),
    DISCLOSURE_PART_EXCEEDS_WHOLE(Severity.WARNING, "决算表中的部分数大于整体数"),
    DISCLOSURE_UNKNOWN_CODE(Severity.WARNING, "科目编码不在本年度政府收支分类科目中"),
    DISCLOSURE_CODE_NAME_MISMATCH(Severity.WARNING, "科目编码与科目名称不符"),
    DISCLOSURE_PARENT_ROW_MISSING(Severity.WARNING, "缺少上级科目行，无法核对合计"),
    UNREADABLE(Severity.WARNING, "无法读取的内容");

    private final Severity severity;
    private final String title;

    Check(Severity severity, String title) {
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
