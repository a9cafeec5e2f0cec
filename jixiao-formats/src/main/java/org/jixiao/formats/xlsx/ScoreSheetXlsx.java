package org.jixiao.formats.xlsx;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.RowScore;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.FrameworkKind;
import org.jixiao.core.framework.Group;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.framework.Node;
import org.jixiao.core.funds.FundsBlock;
import org.jixiao.core.funds.FundsLine;
import org.jixiao.core.number.Amount;
import org.jixiao.core.number.MoneyUnit;
import org.jixiao.core.number.RoundingPolicy;
import org.jixiao.core.number.Score;
import org.jixiao.formats.xlsx.XlsxWriter.Look;

/**
 * A scored table as one sheet laid out like the national 项目支出绩效自评表 (部门整体支出绩效自评表 for a
 * department framework): title, year, project and unit; the funds block when there is one; then
 * every group and indicator in the framework's order with 一级/二级/三级指标, 指标值, 实际完成值, 分值,
 * 得分, 偏差原因分析及改进措施 and a note; 总分 and 等级 last. Scores, weights and amounts are numbers,
 * shown with the framework's rounding scale; the labels are the national form's own, in Chinese.
 */
public final class ScoreSheetXlsx {

    /** What the form's title rows name: the unit, the project and the year evaluated. */
    public record Title(String unit, String project, int year) {
        public Title {
            unit = unit == null ? "" : unit;
            project = project == null ? "" : project;
        }
    }

    static final int CODE = 0;
    static final int TARGET = 4;
    static final int ACTUAL = 5;
    static final int WEIGHT = 6;
    static final int SCORE = 7;
    static final int REASON = 8;
    static final int NOTE = 9;
    private static final int LAST = NOTE;
    /** In the funds block: 年初预算数, 全年预算数, 全年执行数 under 三级指标 … 实际完成值; 分值 and 得分 aligned with the rows'; 执行率 after. */
    private static final int INITIAL = 3;
    private static final int RATE = 8;

    private final Framework framework;
    private final Evaluation evaluation;
    private final ScoreSheet sheet;
    private final RoundingPolicy rounding;
    private final XlsxWriter out;
    private final Optional<Indicator> fundsRow;
    private int row;

    private ScoreSheetXlsx(Evaluation evaluation, ScoreSheet sheet, XlsxWriter out) {
        this.framework = sheet.framework();
        this.evaluation = evaluation;
        this.sheet = sheet;
        this.rounding = framework.rounding();
        this.out = out;
        this.fundsRow = framework.indicators().stream().filter(Indicator::isFundsRow).findFirst();
    }

    /** Writes the workbook to {@code stream} (left open). */
    public static void write(Title title, Evaluation evaluation, ScoreSheet sheet, OutputStream stream) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(sheet, "sheet");
        try (XlsxWriter out = XlsxWriter.open(stream, "自评表")) {
            new ScoreSheetXlsx(evaluation, sheet, out).write(title);
        }
    }

    /** The form's name for a framework of this kind. */
    static String formName(FrameworkKind kind) {
        return kind == FrameworkKind.DEPARTMENT_EVALUATION ? "部门整体支出绩效自评表" : "项目支出绩效自评表";
    }

    private void write(Title title) {
        int[] widths = {9, 14, 16, 28, 18, 22, 8, 9, 36, 28};
        for (int c = 0; c < widths.length; c++) {
            out.width(c, widths[c]);
        }
        out.landscapeOnePageWide();
        out.text(row, 0, formName(framework.kind()), Look.TITLE);
        out.merge(row, 0, row, LAST);
        row++;
        out.text(row, 0, "（" + title.year() + "年度）", Look.BOLD);
        out.merge(row, 0, row, LAST);
        row++;
        out.text(row, 0, "项目名称", Look.BOLD);
        out.text(row, 1, title.project(), Look.WRAP);
        out.merge(row, 1, row, 4);
        out.text(row, 5, "实施单位", Look.BOLD);
        out.text(row, 6, title.unit(), Look.WRAP);
        out.merge(row, 6, row, LAST);
        row++;
        out.text(row, 0, "指标体系", Look.BOLD);
        out.text(row, 1, framework.title() + "（" + framework.year() + "）", Look.WRAP);
        out.merge(row, 1, row, LAST);
        row += 2;
        evaluation.funds().ifPresent(this::funds);
        indicators();
    }

    private void funds(FundsBlock funds) {
        out.text(row, 0, "项目资金（万元）", Look.HEADER);
        out.merge(row, 0, row, 2);
        String[] heads = {"年初预算数", "全年预算数", "全年执行数", "分值", "得分", "执行率"};
        for (int k = 0; k < heads.length; k++) {
            out.text(row, INITIAL + k, heads[k], Look.HEADER);
        }
        row++;
        List<FundsLine> lines = new ArrayList<>();
        lines.add(funds.total());
        lines.addAll(funds.sources());
        for (int n = 0; n < lines.size(); n++) {
            FundsLine line = lines.get(n);
            out.text(row, 1, line.name(), n == 0 ? Look.BOLD : Look.PLAIN);
            out.merge(row, 1, row, 2);
            amount(INITIAL, line.initialBudget());
            amount(INITIAL + 1, line.adjustedBudget());
            amount(INITIAL + 2, line.executed());
            if (n == 0) {
                fundsRow.ifPresent(f -> {
                    out.number(row, WEIGHT, f.weight().map(Score::points).orElse(null), scaleOf(f.weight()), Look.BOLD);
                    out.number(row, SCORE, points(sheet.row(f.code()).score()), rounding.fundsScale(), Look.BOLD);
                });
                funds.executionRate().ifPresent(r -> out.percent(row, RATE, r.fraction(), Look.PLAIN));
            }
            row++;
        }
        row++;
    }

    private void amount(int col, Optional<Amount> amount) {
        amount.ifPresent(a -> {
            BigDecimal wan = a.in(MoneyUnit.WAN_YUAN).value();
            out.number(row, col, wan, Math.max(2, Math.min(wan.stripTrailingZeros().scale(), 6)), Look.PLAIN);
        });
    }

    private void indicators() {
        String[] heads = {"编码", "一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分",
                "偏差原因分析及改进措施", "备注"};
        for (int c = 0; c < heads.length; c++) {
            out.text(row, c, heads[c], Look.HEADER);
        }
        row++;
        List<String> path = new ArrayList<>();
        for (Node node : framework.nodes()) {
            node(node, path);
        }
        total();
    }

    private void node(Node node, List<String> ancestors) {
        if (node instanceof Group group) {
            names(ancestors, group.name(), group.level(), Look.BOLD_WRAP);
            out.text(row, CODE, group.code(), Look.BOLD);
            out.number(row, WEIGHT, group.weight().map(Score::points).orElse(null), scaleOf(group.weight()), Look.BOLD);
            out.number(row, SCORE, points(sheet.subtotal(group.code())), rounding.totalScale(), Look.BOLD);
            out.text(row, NOTE, group.isBonus() ? "小计（加减分，封顶" + group.bonusCap().get() + "分）" : "小计");
            row++;
            List<String> inner = new ArrayList<>(ancestors);
            inner.add(group.name());
            for (Node child : group.children()) {
                node(child, inner);
            }
            return;
        }
        Indicator indicator = (Indicator) node;
        if (indicator.isFundsRow() && evaluation.funds().isPresent()) {
            return; // its weight, score and rate are in the funds block, as on the national form
        }
        RowScore score = sheet.row(indicator.code());
        names(ancestors, indicator.name(), indicator.level(), Look.WRAP);
        out.text(row, CODE, indicator.code());
        out.text(row, TARGET, target(indicator), Look.WRAP);
        out.text(row, ACTUAL, indicator.isFundsRow() ? "" : Actuals.text(evaluation.actual(indicator.code())), Look.WRAP);
        out.number(row, WEIGHT, indicator.weight().map(Score::points).orElse(null), scaleOf(indicator.weight()), Look.PLAIN);
        out.number(row, SCORE, points(score.score()),
                indicator.isFundsRow() ? rounding.fundsScale() : rounding.indicatorScale(), Look.PLAIN);
        out.text(row, REASON, score.deviationReason(), Look.WRAP);
        out.text(row, NOTE, note(score), Look.WRAP);
        row++;
    }

    /** The ancestors' names in their columns, the node's own in its level's (parts of an indicator under 三级). */
    private void names(List<String> ancestors, String name, int level, Look look) {
        int own = Math.min(Math.max(level, 1), 3);
        for (int k = 0; k < ancestors.size() && k + 1 < own; k++) {
            out.text(row, 1 + k, ancestors.get(k), Look.WRAP);
        }
        out.text(row, own, level > 3 ? "（" + name + "）" : name, look);
    }

    private String note(RowScore score) {
        String code = score.code();
        return switch (score.decision()) {
            case JUDGEMENT -> "人工认定：" + score.judgement().map(j -> j.justification()).orElse("");
            case NOT_APPLICABLE -> "不适用：" + evaluation.notApplicable().getOrDefault(code, "");
            case PENDING -> "待认定";
            case RULE -> score.reported().filter(r -> score.score().map(s -> s.compareTo(r) != 0).orElse(true))
                    .map(r -> "公开表所列得分：" + r).orElse("");
        };
    }

    private void total() {
        out.text(row, 1, "总分", Look.BOLD);
        out.number(row, WEIGHT, framework.fullMark().points(), framework.fullMark().points().scale(), Look.BOLD);
        out.number(row, SCORE, sheet.total().points(), rounding.totalScale(), Look.BOLD);
        List<String> notes = new ArrayList<>();
        if (!sheet.isComplete()) {
            notes.add("尚有" + sheet.pending().size() + "项待认定，总分未含其得分");
        }
        if (sheet.rescale().compareTo(BigDecimal.ONE) != 0) {
            notes.add("因有不适用指标，按适用指标折算");
        }
        out.text(row, NOTE, String.join("；", notes), Look.WRAP);
        row++;
        out.text(row, 1, "等级", Look.BOLD);
        out.text(row, SCORE, sheet.grade().map(g -> g.name()).orElse("未定"), Look.BOLD);
        row++;
    }

    private static String target(Indicator indicator) {
        String text = indicator.target().text() == null ? "" : indicator.target().text().strip();
        String unit = indicator.unitOfMeasure();
        return text.isEmpty() || unit.isEmpty() || text.endsWith(unit) ? text : text + unit;
    }

    private static BigDecimal points(Optional<Score> score) {
        return score.map(Score::points).orElse(null);
    }

    private static int scaleOf(Optional<Score> weight) {
        return weight.map(w -> Math.max(0, w.points().scale())).orElse(0);
    }
}
