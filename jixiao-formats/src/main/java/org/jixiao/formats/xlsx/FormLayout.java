package org.jixiao.formats.xlsx;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.FrameworkKind;
import org.jixiao.core.framework.Indicator;

/**
 * The official layout of the three forms, as the seeds publish them, shared by the template
 * ({@link TemplateXlsx}), the export ({@link ScoreSheetXlsx}) and, by heading text, the importer
 * ({@link WorkbookImport}):
 *
 * <pre>
 * 项目支出绩效自评表                                   (title, merged across)
 * （2024年度）
 * 项目名称 | …                                         (项目 only; 单位名称 on the other forms)
 * 实施单位 | …
 * 指标体系 | title（year）
 *
 * 项目资金（万元）| 年度资金总额 … | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 分值 | 得分
 *
 * 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 计量单位 | 分值 | 得分 | 偏差原因分析及改进措施 | 备注
 * </pre>
 *
 * The 部门整体支出绩效自评表 has 指标值 for 年度指标值 and adds 评分办法; the 绩效目标表 has 半年指标值
 * and 全年指标值 and no scores.
 */
final class FormLayout {

    /** A column of the indicator table. */
    enum Col {
        LEVEL1("一级指标", 10),
        LEVEL2("二级指标", 12),
        LEVEL3("三级指标", 24),
        HALF_YEAR("半年指标值", 12),
        TARGET("年度指标值", 14),
        ACTUAL("实际完成值", 20),
        UNIT("计量单位", 8),
        WEIGHT("分值", 7),
        SCORE("得分", 8),
        METHOD("评分办法", 30),
        REASON("偏差原因分析及改进措施", 28),
        NOTE("备注", 22);

        final String heading;
        final int width;

        Col(String heading, int width) {
            this.heading = heading;
            this.width = width;
        }
    }

    /** The note that makes a typed score a person's judgement, as the export writes it and the importer reads it. */
    static final String JUDGEMENT = "人工认定：";
    /** The note that marks a row that does not apply, followed by the reason. */
    static final String NOT_APPLICABLE = "不适用：";
    static final String PENDING = "待认定";
    static final String REPORTED = "公开表所列得分：";

    static final String TOTAL = "总分";
    static final String GRADE = "等级";
    static final String SUBTOTAL = "小计";

    /** Funds block: the block's label, its line names, and its columns (left to right from {@link #FUNDS_FIRST}). */
    static final String FUNDS_LABEL = "项目资金（万元）";
    static final List<String> FUNDS_LINES = List.of("年度资金总额", "其中：财政拨款", "上年结转资金", "其他资金");
    static final List<String> FUNDS_HEADINGS = List.of("年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分");
    /** The first amount column (C): label in A, line names in B. */
    static final int FUNDS_FIRST = 2;

    static final int TITLE_ROW = 0;
    static final int YEAR_ROW = 1;
    static final int FIRST_INFO_ROW = 2;

    final FrameworkKind kind;
    final List<Col> columns;
    private final Map<Col, Integer> index = new EnumMap<>(Col.class);

    private FormLayout(FrameworkKind kind, List<Col> columns) {
        this.kind = kind;
        this.columns = columns;
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i), i);
        }
    }

    static FormLayout of(FrameworkKind kind) {
        return switch (kind) {
            case PROJECT_SELF_EVALUATION -> new FormLayout(kind, List.of(Col.LEVEL1, Col.LEVEL2, Col.LEVEL3, Col.TARGET,
                    Col.ACTUAL, Col.UNIT, Col.WEIGHT, Col.SCORE, Col.REASON, Col.NOTE));
            case DEPARTMENT_EVALUATION -> new FormLayout(kind, List.of(Col.LEVEL1, Col.LEVEL2, Col.LEVEL3, Col.TARGET,
                    Col.ACTUAL, Col.UNIT, Col.WEIGHT, Col.SCORE, Col.METHOD, Col.REASON, Col.NOTE));
            case TARGET_TABLE -> new FormLayout(kind, List.of(Col.LEVEL1, Col.LEVEL2, Col.LEVEL3, Col.HALF_YEAR,
                    Col.TARGET, Col.UNIT, Col.ACTUAL, Col.REASON, Col.NOTE));
        };
    }

    /** The column's index, or -1 when this form has no such column. */
    int col(Col c) {
        return index.getOrDefault(c, -1);
    }

    boolean has(Col c) {
        return index.containsKey(c);
    }

    int last() {
        return columns.size() - 1;
    }

    String heading(Col c) {
        if (c == Col.TARGET) {
            return switch (kind) {
                case PROJECT_SELF_EVALUATION -> "年度指标值";
                case DEPARTMENT_EVALUATION -> "指标值";
                case TARGET_TABLE -> "全年指标值";
            };
        }
        return c.heading;
    }

    /** The form's name, its title row. */
    static String formName(FrameworkKind kind) {
        return switch (kind) {
            case PROJECT_SELF_EVALUATION -> "项目支出绩效自评表";
            case DEPARTMENT_EVALUATION -> "部门整体支出绩效自评表";
            case TARGET_TABLE -> "绩效目标表";
        };
    }

    /** Whether the form has the funds block: project forms, and any scored form with an execution-rate row. */
    static boolean hasFundsBlock(Framework framework) {
        return framework.kind() == FrameworkKind.PROJECT_SELF_EVALUATION
                || framework.kind().isScored() && framework.indicators().stream().anyMatch(Indicator::isFundsRow);
    }

    /** "A", "B", … "AA": the letters of a 0-based column. */
    static String letters(int col) {
        StringBuilder out = new StringBuilder();
        for (int c = col + 1; c > 0; c = (c - 1) / 26) {
            out.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return out.toString();
    }

    /** "H12": the reference of a 0-based row and column. */
    static String ref(int row, int col) {
        return letters(col) + (row + 1);
    }
}
