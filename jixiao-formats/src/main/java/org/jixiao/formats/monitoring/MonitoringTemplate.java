package org.jixiao.formats.monitoring;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jixiao.core.monitoring.CauseCategory;
import org.jixiao.core.monitoring.ExecutionFigure;
import org.jixiao.core.monitoring.FiscalPeriod;
import org.jixiao.core.monitoring.Likelihood;
import org.jixiao.core.monitoring.dashboard.LateItem;
import org.jixiao.core.number.Amount;
import org.jixiao.formats.xlsx.SafeText;

/**
 * The monitoring workbook to fill in (运行监控填报模板): the four sheets of {@link MonitoringSheets}
 * with their headings, drop-down lists for periods, money units, categories, causes and likelihoods,
 * and an instructions sheet; optionally filled with what the unit has already entered, so the same
 * file can be corrected and imported again. Written streaming (dhatim fastexcel); every text goes
 * through {@link SafeText}, numbers are numbers, no cell formula is written.
 */
public final class MonitoringTemplate {

    /** Rows with drop-down lists, below the heading. */
    private static final int LIST_ROWS = 500;

    private MonitoringTemplate() {
    }

    /** An empty template for the year. */
    public static void write(OutputStream out, int year) {
        write(out, year, new MonitoringWorkbook(List.of(), List.of(), List.of(), List.of()));
    }

    /** The template for the year, filled with {@code content} (the records already entered). */
    public static void write(OutputStream out, int year, MonitoringWorkbook content) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(content, "content");
        Workbook workbook = new Workbook(out, "Jixiao", "1.0");
        try {
            execution(workbook.newWorksheet(MonitoringSheets.EXECUTION.name()), year, content);
            indicators(workbook.newWorksheet(MonitoringSheets.INDICATORS.name()), year, content);
            deviations(workbook.newWorksheet(MonitoringSheets.DEVIATIONS.name()), year, content);
            plan(workbook.newWorksheet(MonitoringSheets.PLAN.name()), content);
            instructions(workbook.newWorksheet(MonitoringSheets.INSTRUCTIONS), year);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void execution(Worksheet s, int year, MonitoringWorkbook content) {
        headings(s, MonitoringSheets.EXECUTION, new int[] {36, 18, 10, 14, 14, 18});
        periods(s, 1, year);
        list(s, 2, MonitoringSheets.MONEY_UNITS);
        int r = 1;
        for (MonitoringWorkbook.FigureRow f : content.figures()) {
            text(s, r, 0, f.project());
            text(s, r, 1, f.figure().period().label());
            if (f.figure() instanceof ExecutionFigure.Amounts a) {
                text(s, r, 2, a.budget().unit().label());
                number(s, r, 3, a.budget().value());
                number(s, r, 4, a.executed().in(a.budget().unit()).value());
            } else if (f.figure() instanceof ExecutionFigure.Stated st) {
                number(s, r, 5, st.rate().percent());
            }
            r++;
        }
    }

    private static void indicators(Worksheet s, int year, MonitoringWorkbook content) {
        headings(s, MonitoringSheets.INDICATORS, new int[] {12, 36, 18, 16, 16, 20});
        periods(s, 2, year);
        int r = 1;
        for (MonitoringWorkbook.IndicatorRow i : content.indicators()) {
            text(s, r, 0, i.code());
            text(s, r, 1, i.name());
            text(s, r, 2, i.period().label());
            text(s, r, 3, i.periodTarget());
            text(s, r, 4, i.yearTarget());
            text(s, r, 5, i.actual());
            r++;
        }
    }

    private static void deviations(Worksheet s, int year, MonitoringWorkbook content) {
        headings(s, MonitoringSheets.DEVIATIONS, new int[] {12, 32, 18, 10, 40, 40, 12});
        list(s, 0, List.of(LateItem.Kind.EXECUTION.label(), LateItem.Kind.INDICATOR.label()));
        periods(s, 2, year);
        List<String> causes = new ArrayList<>();
        for (CauseCategory c : CauseCategory.values()) {
            causes.add(c.label());
        }
        list(s, 3, causes);
        List<String> likelihoods = new ArrayList<>();
        for (Likelihood l : Likelihood.values()) {
            likelihoods.add(l.label());
        }
        list(s, 6, likelihoods);
        int r = 1;
        for (MonitoringWorkbook.DeviationRow d : content.deviations()) {
            text(s, r, 0, d.kind().label());
            text(s, r, 1, d.item());
            text(s, r, 2, d.period().label());
            text(s, r, 3, d.cause().label());
            text(s, r, 4, d.explanation());
            text(s, r, 5, d.correctiveAction());
            text(s, r, 6, d.likelihood().label());
            r++;
        }
    }

    private static void plan(Worksheet s, MonitoringWorkbook content) {
        headings(s, MonitoringSheets.PLAN, new int[] {40, 24, 10, 16, 14});
        list(s, 2, MonitoringSheets.MONEY_UNITS);
        int r = 1;
        for (MonitoringWorkbook.PlanRow p : content.plan()) {
            text(s, r, 0, p.label());
            text(s, r, 1, p.parent());
            Amount half = p.halfYear();
            text(s, r, 2, half.unit().label());
            number(s, r, 3, half.value());
            number(s, r, 4, p.fullYear().in(half.unit()).value());
            r++;
        }
    }

    private static void instructions(Worksheet s, int year) {
        s.width(0, 110);
        List<String> lines = List.of(
                year + "年度运行监控填报表（预算执行与绩效目标“双监控”）",
                "",
                "一、执行情况：每个项目每期一行，部门整体的行“项目名称”留空（或写“部门整体”）。",
                "    期间写“" + year + "年第一季度”“" + year + "年3月”“" + year + "年上半年”，也可写“" + year + "-Q1”“" + year + "-03”“" + year + "-H1”。",
                "    数据为年初至期末的累计数：填写全年预算数（调整后）和累计执行数，金额单位为万元或元（留空为万元）；",
                "    只有支出进度时只填“累计支出进度（%）”，如 7.73 表示 7.73%，此时金额留空。",
                "二、指标进度：填写指标编码、名称、本期指标值（如半年指标值“≥95%”“=400节”“健全”）、全年指标值和期末实际完成值。",
                "三、偏差说明：对进度滞后的项目或指标说明原因并提出纠偏措施。",
                "    类别为“预算执行”或“绩效指标”；预算执行的部门整体留空项目名称，绩效指标填写指标编码。",
                "    原因类别为资金、制度、人员、设备或其他；完成可能性为确定能、有可能或完全不可能；纠偏措施必填。",
                "四、支出计划：每行一个支出项目，明细项目写明上级项目（上级项目须在其上方），填写半年计划执行数和全年预算数。",
                "",
                "导入时逐格检查，任何一格有误都不导入，并列出每处错误的工作表、单元格和原因；改正后重新导入即可。",
                "同一项目同一期间、同一指标同一期间、同一偏差同一期间再次导入时，以新导入的为准。",
                "请勿修改第1行标题和工作表名称；“填写说明”工作表不导入。");
        for (int i = 0; i < lines.size(); i++) {
            text(s, i, 0, lines.get(i));
        }
        s.style(0, 0).bold().fontSize(14).set();
    }

    private static void headings(Worksheet s, MonitoringSheets.Sheet layout, int[] widths) {
        for (int col = 0; col < layout.headings().size(); col++) {
            s.value(0, col, SafeText.cell(layout.headings().get(col)));
            s.style(0, col).bold().fillColor("DDEBF7").borderStyle(BorderStyle.THIN).wrapText(true)
                    .horizontalAlignment("center").verticalAlignment("center").set();
            s.width(col, widths[col]);
        }
        s.freezePane(0, 1);
    }

    /** The year's periods as a drop-down (a warning only: other spellings are read too). */
    private static void periods(Worksheet s, int col, int year) {
        List<String> labels = new ArrayList<>();
        for (FiscalPeriod q : FiscalPeriod.quarters(year)) {
            labels.add(q.label());
        }
        labels.add(FiscalPeriod.halfYear(year, 1).label());
        labels.add(FiscalPeriod.halfYear(year, 2).label());
        for (FiscalPeriod m : FiscalPeriod.months(year)) {
            labels.add(m.label());
        }
        list(s, col, labels);
    }

    private static void list(Worksheet s, int col, List<String> values) {
        // a list written into the validation itself, not a cell formula: nothing is ever evaluated
        s.range(1, col, LIST_ROWS, col).validateWithListByFormula("\"" + String.join(",", values) + "\"")
                .allowBlank(true).showDropdown(true).errorStyle(DataValidationErrorStyle.WARNING)
                .showErrorMessage(true).errorTitle("请从列表中选择").error("请从列表中选择，或按填写说明填写");
    }

    private static void text(Worksheet s, int row, int col, String text) {
        String safe = SafeText.cell(text);
        if (!safe.isEmpty()) {
            s.value(row, col, safe);
        }
    }

    private static void number(Worksheet s, int row, int col, BigDecimal value) {
        // plain form: a canonical 1E+2 would otherwise be written in exponent form
        s.value(row, col, value.scale() < 0 ? value.setScale(0) : value);
    }
}
