package org.jixiao.core.review;

import java.util.List;
import java.util.Optional;
import org.jixiao.core.measure.ValueText;

/**
 * What a column of a published table means, recognised from its header whatever the order and
 * however the words are broken ("年初预算 数", "执行 率 (%)"). The list of header words is the
 * one place where the reviewer learns a new phrasing.
 */
public enum Column {
    LEVEL1("一级指标"),
    LEVEL2("二级指标"),
    LEVEL3("三级指标"),
    NATURE("指标性质"),
    DIRECTION("指标方向"),
    HALF_YEAR_TARGET("半年指标值"),
    TARGET("年度指标值", "全年指标值", "标准值", "指标值", "目标值"),
    ACTUAL("实际完成值", "完成值", "实际值"),
    UNIT("计量单位", "单位"),
    WEIGHT("分值", "权值", "权重", "参考分值"),
    SCORE("得分", "分数", "评分"),
    METHOD("评分办法", "参考评分标准", "评分标准"),
    DEVIATION("偏差原因分析及改进措施", "偏差原因"),
    NOTES("指标说明", "指标解释"),
    KEY_POINTS("评价要点"),
    INITIAL_BUDGET("年初预算数"),
    ADJUSTED_BUDGET("全年预算数", "调整后预算数", "调整预算数"),
    EXECUTED("全年执行数", "执行数"),
    EXECUTION_RATE("执行率");

    private final List<String> words;

    Column(String... words) {
        this.words = List.of(words);
    }

    public List<String> words() {
        return words;
    }

    /** The column a header cell names, if any: "年初预算 数" → INITIAL_BUDGET, "执行 率 (%)" → EXECUTION_RATE. */
    public static Optional<Column> of(String headerCell) {
        String c = ValueText.compact(headerCell).replaceAll("[（(].*?[)）]", "").replace("%", "");
        if (c.isEmpty()) {
            return Optional.empty();
        }
        for (Column column : values()) {
            for (String word : column.words) {
                if (c.equals(word)) {
                    return Optional.of(column);
                }
            }
        }
        return Optional.empty();
    }
}
