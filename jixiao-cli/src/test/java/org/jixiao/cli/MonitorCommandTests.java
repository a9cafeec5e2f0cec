package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.core.monitoring.CauseCategory;
import org.jixiao.core.monitoring.ExecutionFigure;
import org.jixiao.core.monitoring.FiscalPeriod;
import org.jixiao.core.monitoring.Likelihood;
import org.jixiao.core.monitoring.dashboard.LateItem;
import org.jixiao.core.number.Amount;
import org.jixiao.formats.monitoring.MonitoringTemplate;
import org.jixiao.formats.monitoring.MonitoringWorkbook;
import org.jixiao.formats.monitoring.MonitoringWorkbook.DeviationRow;
import org.jixiao.formats.monitoring.MonitoringWorkbook.FigureRow;
import org.jixiao.formats.monitoring.MonitoringWorkbook.IndicatorRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code monitor} on workbooks written by the monitoring template: Shenzhen's quarters as its
 * report states them (7.73 %, 38.09 %, 72.71 %, 97.29 %), a project and indicators behind with and
 * without a recorded cause, other thresholds, and a workbook with bad cells.
 */
class MonitorCommandTests {

    private static final int YEAR = 2024;

    @TempDir
    Path dir;

    /** Shenzhen's four quarters as stated, and the cause its report gives for the slow first quarter. */
    private static MonitoringWorkbook shenzhen() {
        return new MonitoringWorkbook(
                List.of(new FigureRow(2, "", ExecutionFigure.stated(FiscalPeriod.quarter(YEAR, 1), "7.73")),
                        new FigureRow(3, "", ExecutionFigure.stated(FiscalPeriod.quarter(YEAR, 2), "38.09")),
                        new FigureRow(4, "", ExecutionFigure.stated(FiscalPeriod.quarter(YEAR, 3), "72.71")),
                        new FigureRow(5, "", ExecutionFigure.stated(FiscalPeriod.quarter(YEAR, 4), "97.29"))),
                List.of(),
                List.of(new DeviationRow(2, LateItem.Kind.EXECUTION, "", FiscalPeriod.quarter(YEAR, 1), CauseCategory.SYSTEM,
                        "政府采购项目未及时在第一季度完成招标工作", "加快招标进度，第三季度追赶时序进度", Likelihood.CERTAIN)),
                List.of());
    }

    private Path write(String name, MonitoringWorkbook content) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            MonitoringTemplate.write(out, YEAR, content);
        }
        return file;
    }

    @Test
    void shenzhensQuartersScore452AndTheFirstTwoAreYellow() throws IOException {
        Path file = write("深圳.xlsx", shenzhen());

        Cli json = Cli.run("monitor", file.toString(), "--format", "json");
        assertThat(json.status()).as(json.err()).isZero(); // the year ended 2.71 points behind: nothing late now
        assertThat(json.out()).contains("\"imported\": true", "\"year\": 2024", "\"subject\": \"部门整体\"", "\"scope\": \"UNIT\"",
                "\"yellowAbove\": \"10\"", "\"redAbove\": \"20\"",
                "\"rounded\": \"4.52\"", "\"exact\": \"4.52005\"", "\"weight\": \"6\"", "\"ratio\": \"0.3092\"",
                "\"executionScoreProblem\": null", "\"lateItems\": []", "\"lateWithoutCause\": 0");
        assertThat(levels(json.out())).containsExactly("yellow", "yellow", "on-track", "on-track");
        assertThat(values(json.out(), "pointsBehind")).containsExactly("17.27", "11.91", "2.29", "2.71");
        assertThat(values(json.out(), "progress")).contains("7.73", "38.09", "72.71", "97.29");
        assertThat(json.out()).contains("\"explanation\": \"截至2024年第一季度累计支出进度7.73%，序时进度25.00%，落后17.27个百分点，黄色预警\"",
                "\"correctiveAction\": \"加快招标进度，第三季度追赶时序进度\"", "\"likelihood\": \"CERTAIN\"", "\"row\": 2");

        Cli text = Cli.run("monitor", file.toString());
        assertThat(text.status()).isZero();
        assertThat(text.out()).contains("2024 年度运行监控", "落后序时进度超过10个百分点为黄色预警，超过20个百分点为红色预警",
                "2024年第一季度  支出进度 7.73%  序时进度 25.00%  落后 17.27 个百分点  黄色预警",
                "2024年第二季度  支出进度 38.09%  序时进度 50.00%  落后 11.91 个百分点  黄色预警",
                "2024年第三季度  支出进度 72.71%  序时进度 75.00%  落后 2.29 个百分点  正常",
                "季度预算执行率得分：4.52 分（满分 6；精确值 4.52005）", "滞后事项：无",
                "预算执行 部门整体（2024年第一季度）：原因：制度，政府采购项目未及时在第一季度完成招标工作；纠偏措施：加快招标进度");
    }

    @Test
    void lateItemsAreListedWithTheirCausesAndTheExitIsOne() throws IOException {
        MonitoringWorkbook s = shenzhen();
        MonitoringWorkbook content = new MonitoringWorkbook(
                List.of(s.figures().get(0), s.figures().get(1),
                        new FigureRow(4, "安保经费", ExecutionFigure.amounts(FiscalPeriod.halfYear(YEAR, 1), Amount.wan("323.8"),
                                Amount.wan("129.5"))),
                        new FigureRow(5, "设备购置", ExecutionFigure.amounts(FiscalPeriod.halfYear(YEAR, 1), Amount.yuan("800000"),
                                Amount.yuan("480000")))),
                List.of(new IndicatorRow(2, "2.1.3", "预算执行率", FiscalPeriod.halfYear(YEAR, 1), "=45%", "=100%", "37.28%"),
                        new IndicatorRow(3, "3.1.1.6", "线上教育名师直播课", FiscalPeriod.halfYear(YEAR, 1), "=400节", "=800节", "420节")),
                List.of(s.deviations().get(0), new DeviationRow(3, LateItem.Kind.EXECUTION, "安保经费", FiscalPeriod.halfYear(YEAR, 1),
                        CauseCategory.FUNDS, "资金6月才下达", "7月完成采购支付", Likelihood.POSSIBLE)),
                List.of());
        Path file = write("年中.xlsx", content);

        Cli json = Cli.run("monitor", file.toString(), "--format", "json");
        assertThat(json.status()).as(json.err()).isEqualTo(1);
        // 129.5 of 323.8 is 39.99 %, 10.01 points behind: yellow; the unit's Q2 is yellow too
        assertThat(json.out()).contains("\"subject\": \"安保经费\"", "\"scope\": \"PROJECT\"", "\"moneyUnit\": \"WAN_YUAN\"",
                "\"budget\": \"323.8\"", "\"executed\": \"129.5\"", "\"progress\": \"39.99\"", "\"pointsBehind\": \"10.01\"",
                "\"moneyUnit\": \"YUAN\"", "\"pointsBehind\": \"-10.00\"",
                "\"executionScore\": null", "\"executionScoreProblem\": \"缺少2024年第三季度支出进度\"",
                "\"code\": \"2.1.3\"", "\"status\": \"BEHIND\"", "\"status\": \"ON_TRACK\"", "\"lateWithoutCause\": 2",
                "\"causeLabel\": \"资金\"", "\"likelihoodLabel\": \"有可能\"");
        assertThat(values(json.out(), "item")).contains("部门整体", "安保经费", "2.1.3");
        assertThat(values(json.out(), "needsCause")).isEmpty(); // booleans are not strings
        assertThat(json.out()).contains("\"needsCause\": false", "\"needsCause\": true");

        Cli text = Cli.run("monitor", file.toString());
        assertThat(text.status()).isEqualTo(1);
        assertThat(text.out()).contains("项目：安保经费",
                "2024年上半年  累计执行 129.5万元 / 全年预算 323.8万元  支出进度 39.99%  序时进度 50.00%  落后 10.01 个百分点  黄色预警",
                "滞后事项 3 项（2 项未说明原因）", "原因：资金，资金6月才下达；纠偏措施：7月完成采购支付；完成可能性：有可能",
                "需说明原因：未填写偏差说明", "2.1.3 预算执行率（2024年上半年）：进度滞后",
                "2024年上半年  累计执行 480000元 / 全年预算 800000元  支出进度 60.00%  序时进度 50.00%  超前 10.00 个百分点  正常",
                "季度预算执行率得分：无法计算——缺少2024年第三季度支出进度");
    }

    @Test
    void otherThresholdsChangeTheLevels() throws IOException {
        Path file = write("深圳.xlsx", shenzhen());

        Cli strict = Cli.run("monitor", file.toString(), "--yellow", "5", "--red", "15", "--format", "json");
        assertThat(strict.status()).isZero();
        assertThat(levels(strict.out())).containsExactly("red", "yellow", "on-track", "on-track");

        // 2.71 points behind at the year's end is red beyond 2.5: late
        Cli tight = Cli.run("monitor", file.toString(), "--yellow", "2", "--red", "2.5", "--format", "json");
        assertThat(tight.status()).isEqualTo(1);
        assertThat(levels(tight.out())).containsExactly("red", "red", "yellow", "red");
        assertThat(tight.out()).contains("\"yellowAbove\": \"2\"", "\"redAbove\": \"2.5\"", "\"kind\": \"EXECUTION\"", "\"level\": \"red\"");

        // "达到": a gap equal to the threshold counts
        Cli inclusive = Cli.run("monitor", file.toString(), "--yellow", "2.29", "--inclusive", "--format", "json");
        assertThat(levels(inclusive.out())).containsExactly("yellow", "yellow", "yellow", "yellow");
        Cli exclusive = Cli.run("monitor", file.toString(), "--yellow", "2.29", "--format", "json");
        assertThat(levels(exclusive.out())).containsExactly("yellow", "yellow", "on-track", "yellow");

        Cli wrong = Cli.run("monitor", file.toString(), "--yellow", "25");
        assertThat(wrong.status()).isEqualTo(2);
        assertThat(wrong.err()).contains("红色预警阈值20低于黄色预警阈值25");
    }

    @Test
    void aWorkbookWithBadCellsIsRefusedWithEveryCell() throws IOException {
        Path file = dir.resolve("错误.xlsx");
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        MonitoringTemplate.write(template, YEAR);
        try (XSSFWorkbook poi = new XSSFWorkbook(new ByteArrayInputStream(template.toByteArray()))) {
            XSSFRow first = poi.getSheet("执行情况").createRow(1);
            first.createCell(1).setCellValue("2024年第一季度");
            first.createCell(3).setCellValue("abc");
            first.createCell(4).setCellValue("10");
            XSSFRow second = poi.getSheet("执行情况").createRow(2);
            second.createCell(1).setCellValue("2023年第二季度");
            second.createCell(5).setCellValue("38.09");
            XSSFRow deviation = poi.getSheet("偏差说明").createRow(1);
            deviation.createCell(0).setCellValue("预算执行");
            deviation.createCell(2).setCellValue("2024年第一季度");
            deviation.createCell(3).setCellValue("天气");
            deviation.createCell(6).setCellValue("确定能");
            try (OutputStream out = Files.newOutputStream(file)) {
                poi.write(out);
            }
        }

        Cli text = Cli.run("monitor", file.toString());
        assertThat(text.status()).isEqualTo(2);
        assertThat(text.out()).isEmpty();
        assertThat(text.err()).contains("有 4 处错误，未读取",
                "执行情况!D2 工作表“执行情况”D2（全年预算数）：“abc”不是数字，应填写金额，如 1093.84［NOT_A_NUMBER］",
                "执行情况!B3", "［WRONG_YEAR］", "偏差说明!D2", "［BAD_CAUSE］", "偏差说明!F2", "［MISSING_VALUE］");

        Cli json = Cli.run("monitor", file.toString(), "--format", "json");
        assertThat(json.status()).isEqualTo(2);
        assertThat(json.out()).contains("\"imported\": false", "\"unreadable\": null", "\"code\": \"NOT_A_NUMBER\"",
                "\"sheet\": \"执行情况\"", "\"cell\": \"D2\"", "\"row\": 2", "\"found\": \"abc\"", "\"code\": \"BAD_CAUSE\"");
    }

    @Test
    void aFileThatIsNotAWorkbookAndAnEmptyTemplateAreRefused() throws IOException {
        Path fake = Files.writeString(dir.resolve("假.xlsx"), "期间\t支出进度\n");
        Cli run = Cli.run("monitor", fake.toString(), "--format", "json");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).contains("\"imported\": false", "\"code\": \"NOT_XLSX\"");
        Cli missing = Cli.run("monitor", dir.resolve("无.xlsx").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("不存在", "［NOT_FOUND］");

        Path empty = write("空.xlsx", new MonitoringWorkbook(List.of(), List.of(), List.of(), List.of()));
        Cli nothing = Cli.run("monitor", empty.toString(), "--format", "json");
        assertThat(nothing.status()).isEqualTo(2);
        assertThat(nothing.out()).contains("\"code\": \"EMPTY_WORKBOOK\"");
    }

    @Test
    void theYearGivenMustBeTheWorkbooks() throws IOException {
        Path file = write("深圳.xlsx", shenzhen());
        Cli run = Cli.run("monitor", file.toString(), "--year", "2025");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("执行情况!B2", "属于2024年度，本次导入的是2025年度［WRONG_YEAR］");
        assertThat(Cli.run("monitor", file.toString(), "--year", "2024").status()).isZero();
    }

    /** The "level" values of the first series' periods, in order (a late item's level comes later in the output). */
    private static List<String> levels(String json) {
        String periods = json.substring(json.indexOf("\"periods\""), json.indexOf("\"executionScore\""));
        return values(periods, "level");
    }

    private static List<String> values(String json, String key) {
        return java.util.regex.Pattern.compile("\"" + key + "\": \"([^\"]*)\"").matcher(json).results().map(m -> m.group(1)).toList();
    }
}
