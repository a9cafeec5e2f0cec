package org.jixiao.web.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.ShippedFrameworks;
import org.jixiao.core.funds.AmountRow;
import org.jixiao.core.funds.AmountTable;
import org.jixiao.core.monitoring.CauseCategory;
import org.jixiao.core.monitoring.ExecutionFigure;
import org.jixiao.core.monitoring.FiscalPeriod;
import org.jixiao.core.monitoring.HalfYearPlanCheck;
import org.jixiao.core.monitoring.Likelihood;
import org.jixiao.core.monitoring.dashboard.LateItem;
import org.jixiao.formats.monitoring.MonitoringWorkbook.DeviationRow;
import org.jixiao.formats.monitoring.MonitoringWorkbook.FigureRow;
import org.jixiao.formats.monitoring.MonitoringWorkbook.PlanRow;
import org.jixiao.formats.published.DemoReports;
import org.springframework.stereotype.Component;

/**
 * The demo's monitoring records, taken from the seeds rather than typed in: Shenzhen's four quarters
 * of 部门预算支出进度 as its report states them (7.73 %, 38.09 %, 72.71 %, 97.29 %), with the cause and
 * corrective action the report gives for the slow first half; and Suzhou's half-year spending plan
 * from its target table (the shipped framework suzhou-target-table, amount table 支出). Called by
 * the demo data, inside its transaction.
 */
@Component
public class MonitoringDemo {

    static final int YEAR = 2024;
    static final String SHENZHEN_REPORT = "shenzhen-2024-department-self-evaluation.md";
    static final String SUZHOU_FRAMEWORK = "suzhou-target-table";
    static final String BY = "demo";

    /** "…一季度、二季度、三季度、四季度部门预算支出进度分别为 7.73%、38.09%、72.71%、97.29%" */
    private static final Pattern QUARTERS = Pattern.compile(
            "部门预算支出进度分别为\\s*([\\d.]+)%\\s*、\\s*([\\d.]+)%\\s*、\\s*([\\d.]+)%\\s*、\\s*([\\d.]+)%");

    private final MonitoringRecords records;

    MonitoringDemo(MonitoringRecords records) {
        this.records = records;
    }

    /** Stores Shenzhen's quarters and deviation under {@code shenzhenUnit}, Suzhou's plan under {@code suzhouUnit}. */
    public void load(long shenzhenUnit, long suzhouUnit) {
        records.saveFigures(shenzhenUnit, YEAR, shenzhenQuarters(), BY);
        records.saveDeviations(shenzhenUnit, YEAR, List.of(shenzhenFirstHalf()), BY);
        records.replacePlan(suzhouUnit, YEAR, suzhouPlan(), BY);
    }

    /** The four quarters as the report states them, for the unit as a whole. */
    static List<FigureRow> shenzhenQuarters() {
        Matcher m = QUARTERS.matcher(DemoReports.text(SHENZHEN_REPORT));
        if (!m.find()) {
            throw new IllegalStateException(SHENZHEN_REPORT + "：找不到各季度部门预算支出进度");
        }
        List<FigureRow> rows = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            rows.add(new FigureRow(0, "", ExecutionFigure.stated(FiscalPeriod.quarter(YEAR, q), m.group(q))));
        }
        return rows;
    }

    /**
     * The report's own words for why the first two quarters were behind (问题 (1)) and what the centre
     * does about it (改进措施 (1)), recorded at the mid-year check. The report files the causes under
     * no category, hence 其他; the likelihood is the year's outcome (97.29 % by December).
     */
    static DeviationRow shenzhenFirstHalf() {
        return new DeviationRow(0, LateItem.Kind.EXECUTION, "", FiscalPeriod.quarter(YEAR, 2), CauseCategory.OTHER,
                "一是政府采购项目未及时在第一季度完成招标工作；二是大部分项目属于延续类运维项目，其合同多是服务期为一年的跨年合同，"
                        + "按照合同条款规定，相关款项大部分于下半年支付",
                "规范预算流程，提升预算执行进度：项目执行前制定详细的资金使用计划与工作计划，对每一个项目设定时间节点、明确具体的工作任务，"
                        + "由项目负责人落实资金支付任务，建立常态化跟踪机制，及时查找进度偏慢问题并加快预算执行进度",
                Likelihood.CERTAIN);
    }

    /** Suzhou's 支出 table, line by line in table order, each with its parent. */
    static List<PlanRow> suzhouPlan() {
        Framework suzhou = ShippedFrameworks.all().stream().filter(f -> f.id().equals(SUZHOU_FRAMEWORK)).findFirst()
                .orElseThrow(() -> new IllegalStateException("缺少框架 " + SUZHOU_FRAMEWORK));
        AmountTable table = suzhou.amountTable("支出").orElseThrow(() -> new IllegalStateException(SUZHOU_FRAMEWORK + "：缺少支出表"));
        List<PlanRow> rows = new ArrayList<>();
        collect(table.rows(), "", rows);
        return rows;
    }

    private static void collect(List<AmountRow> level, String parent, List<PlanRow> out) {
        for (AmountRow row : level) {
            String label = row.label().strip();
            out.add(new PlanRow(0, label, parent, row.value(HalfYearPlanCheck.HALF_YEAR).orElseThrow(),
                    row.value(HalfYearPlanCheck.FULL_YEAR).orElseThrow()));
            collect(row.children(), label, out);
        }
    }
}
