package org.jixiao.formats.xlsx;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.Reviewer;
import org.jixiao.core.review.Severity;
import org.jixiao.formats.xlsx.XlsxWriter.Look;

/**
 * A scored table as a workbook in the official layout of its form ({@link FormLayout}: the same one
 * the template has and the importer reads), so an export can be corrected in Excel and imported
 * again. The first sheet is the form: title, year, project and unit; the funds block (项目资金) of a
 * project table; every group with its weight and its subtotal as a formula over its rows, and every
 * indicator with 指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施 and a 备注 (人工认定：理由,
 * 不适用：理由, 待认定); 总分 as a formula and 等级 last. Scores, weights and amounts are numbers shown
 * with the framework's rounding scale. The second sheet, 审核意见, lists the reviewer's findings on
 * the evaluation. A very hidden sheet names the framework ({@link TemplateMarker}).
 */
public final class ScoreSheetXlsx {

    /** What the form's title rows name: the unit, the project and the year evaluated. */
    public record Title(String unit, String project, int year) {
        public Title {
            unit = unit == null ? "" : unit;
            project = project == null ? "" : project;
        }
    }

    /** The name of the sheet that lists the findings. */
    static final String FINDINGS_SHEET = "审核意见";

    private ScoreSheetXlsx() {
    }

    /** Writes the workbook to {@code stream} (left open), with the findings {@link Reviewer#checkEntry} gives. */
    public static void write(Title title, Evaluation evaluation, ScoreSheet sheet, OutputStream stream) {
        Objects.requireNonNull(sheet, "sheet");
        write(title, evaluation, sheet, Reviewer.checkEntry(sheet, evaluation), stream);
    }

    /** Writes the workbook to {@code stream} (left open), listing {@code findings} on the second sheet. */
    public static void write(Title title, Evaluation evaluation, ScoreSheet sheet, List<Finding> findings, OutputStream stream) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(findings, "findings");
        Framework framework = sheet.framework();
        String name = TemplateXlsx.sheetName(framework.kind());
        try (XlsxWriter out = XlsxWriter.open(stream, name)) {
            FormWriter.filled(framework, title, evaluation, sheet, out);
            findings(framework, findings, out);
            TemplateMarker.of(framework, name, TemplateMarker.SCORE_SHEET).write(out);
        }
    }

    /**
     * Writes any evaluation: a scored framework's is scored ({@code Scorer.score}) and written with its
     * findings as above; a target table (绩效目标表, not scored) is written as its form with the values
     * entered, and no findings sheet.
     */
    public static void write(Title title, Framework framework, Evaluation evaluation, OutputStream stream) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(evaluation, "evaluation");
        if (framework.kind().isScored()) {
            write(title, evaluation, org.jixiao.core.evaluation.Scorer.score(framework, evaluation), stream);
            return;
        }
        if (!framework.id().equals(evaluation.frameworkId())) {
            throw new IllegalArgumentException("自评表属于指标体系“" + evaluation.frameworkId() + "”，不是“" + framework.id() + "”");
        }
        String name = TemplateXlsx.sheetName(framework.kind());
        try (XlsxWriter out = XlsxWriter.open(stream, name)) {
            FormWriter.filled(framework, title, evaluation, null, out);
            TemplateMarker.of(framework, name, TemplateMarker.SCORE_SHEET).write(out);
        }
    }

    /** The form's name for a framework of this kind. */
    static String formName(org.jixiao.core.framework.FrameworkKind kind) {
        return FormLayout.formName(kind);
    }

    private static void findings(Framework framework, List<Finding> findings, XlsxWriter out) {
        out.newSheet(FINDINGS_SHEET);
        String[] heads = {"代码", "严重程度", "指标", "位置", "说明", "应为", "实为"};
        int[] widths = {24, 8, 30, 16, 60, 12, 12};
        for (int c = 0; c < heads.length; c++) {
            out.width(c, widths[c]);
            out.text(0, c, heads[c], Look.HEADER);
        }
        out.freezeRows(1);
        Map<String, String> names = new HashMap<>();
        for (Indicator indicator : framework.indicators()) {
            names.put(indicator.code(), indicator.name());
        }
        int row = 1;
        for (Finding f : findings) {
            out.text(row, 0, f.code(), Look.CELL);
            out.text(row, 1, severity(f.severity()), Look.CELL);
            String name = names.get(f.row());
            out.text(row, 2, name == null ? f.row() : f.row() + " " + name, Look.CELL);
            out.text(row, 3, f.location(), Look.CELL);
            out.text(row, 4, f.message(), Look.CELL);
            out.text(row, 5, f.expected(), Look.CELL);
            out.text(row, 6, f.found(), Look.CELL);
            row++;
        }
        if (findings.isEmpty()) {
            out.text(row, 0, "未发现问题", Look.PLAIN);
        }
    }

    static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "错误";
            case WARNING -> "提示";
            case INFO -> "说明";
        };
    }
}
