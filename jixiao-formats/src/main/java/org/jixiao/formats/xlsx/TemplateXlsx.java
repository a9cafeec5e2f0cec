package org.jixiao.formats.xlsx;

import java.io.OutputStream;
import java.util.Objects;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.FrameworkKind;

/**
 * A blank form for a framework, to fill in with Excel or WPS and import again ({@link WorkbookImport}):
 * the official layout of its kind ({@link FormLayout}: 项目支出绩效自评表, 部门整体支出绩效自评表 or
 * 绩效目标表) with every group and indicator of the framework, its 指标值, 计量单位 and 分值 filled in,
 * and yellow cells for what a person enters: 项目名称 / 单位, the funds amounts, 实际完成值, 得分 where
 * the rule cannot decide, 偏差原因分析及改进措施 and 备注. Subtotals, 总分, 执行率, the funds score and
 * 等级 are formulas. Answers a rule knows by name (规范/较规范/不规范, 是/否 …) are offered as a
 * drop-down. Printed on A4 landscape, one page wide, the table's heading repeated on every page.
 *
 * <p>A very hidden sheet ({@link TemplateMarker}) names the framework and the format version, so the
 * import knows the framework without matching names.
 */
public final class TemplateXlsx {

    private TemplateXlsx() {
    }

    /** The template with 项目名称 set to the framework's title (project frameworks) and the framework's year. */
    public static void write(Framework framework, OutputStream stream) {
        Objects.requireNonNull(framework, "framework");
        String project = framework.kind() == FrameworkKind.PROJECT_SELF_EVALUATION ? framework.title() : "";
        write(framework, new ScoreSheetXlsx.Title("", project, framework.year()), stream);
    }

    /** The template with the unit, project and year given already filled in; {@code stream} is left open. */
    public static void write(Framework framework, ScoreSheetXlsx.Title title, OutputStream stream) {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(title, "title");
        String sheet = sheetName(framework.kind());
        try (XlsxWriter out = XlsxWriter.open(stream, sheet)) {
            FormWriter.template(framework, title, out);
            TemplateMarker.of(framework, sheet, TemplateMarker.TEMPLATE).write(out);
        }
    }

    /** The name of the sheet holding the form: the form's name. */
    static String sheetName(FrameworkKind kind) {
        return FormLayout.formName(kind);
    }
}
