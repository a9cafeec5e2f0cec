package org.jixiao.formats.monitoring;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.jixiao.core.monitoring.CauseCategory;
import org.jixiao.core.monitoring.ExecutionFigure;
import org.jixiao.core.monitoring.FiscalPeriod;
import org.jixiao.core.monitoring.Likelihood;
import org.jixiao.core.monitoring.dashboard.LateItem;
import org.jixiao.core.number.Amount;
import org.jixiao.formats.monitoring.MonitoringWorkbook.DeviationRow;
import org.jixiao.formats.monitoring.MonitoringWorkbook.FigureRow;
import org.jixiao.formats.monitoring.MonitoringWorkbook.IndicatorRow;
import org.jixiao.formats.monitoring.MonitoringWorkbook.PlanRow;

/** The seeds' monitoring figures: Shenzhen's four quarters as stated, Suzhou's half-year plan (head of it). */
final class MonitoringExamples {

    static final int YEAR = 2024;

    private MonitoringExamples() {
    }

    static MonitoringWorkbook shenzhenAndSuzhou() {
        return new MonitoringWorkbook(
                List.of(new FigureRow(2, "", ExecutionFigure.stated(FiscalPeriod.quarter(YEAR, 1), "7.73")),
                        new FigureRow(3, "", ExecutionFigure.stated(FiscalPeriod.quarter(YEAR, 2), "38.09")),
                        new FigureRow(4, "", ExecutionFigure.stated(FiscalPeriod.quarter(YEAR, 3), "72.71")),
                        new FigureRow(5, "", ExecutionFigure.stated(FiscalPeriod.quarter(YEAR, 4), "97.29")),
                        new FigureRow(6, "苏州教育E卡通学生卡运营服务", ExecutionFigure.amounts(FiscalPeriod.halfYear(YEAR, 1),
                                Amount.wan("323.8"), Amount.wan("129.5")))),
                List.of(new IndicatorRow(2, "2.1.3", "预算执行率", FiscalPeriod.halfYear(YEAR, 1), "=45%", "=100%", "37.28%"),
                        new IndicatorRow(3, "3.1.1.6", "线上教育名师直播课", FiscalPeriod.halfYear(YEAR, 1), "=400节", "=800节", "")),
                List.of(new DeviationRow(2, LateItem.Kind.EXECUTION, "", FiscalPeriod.quarter(YEAR, 1), CauseCategory.SYSTEM,
                        "政府采购项目未及时在第一季度完成招标工作", "加快招标进度，第三季度追赶时序进度", Likelihood.CERTAIN)),
                List.of(new PlanRow(2, "基本支出", "", Amount.wan("516.92"), Amount.wan("1093.84")),
                        new PlanRow(3, "项目支出", "", Amount.wan("299.62"), Amount.wan("1096.52")),
                        new PlanRow(4, "苏州线上教育中心综合服务", "项目支出", Amount.wan("5"), Amount.wan("233"))));
    }

    static byte[] template(MonitoringWorkbook content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MonitoringTemplate.write(out, YEAR, content);
        return out.toByteArray();
    }
}
