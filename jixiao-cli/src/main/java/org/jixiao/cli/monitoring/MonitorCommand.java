package org.jixiao.cli.monitoring;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.jixiao.cli.FormatOption;
import org.jixiao.cli.Jixiao;
import org.jixiao.cli.Json;
import org.jixiao.core.monitoring.ExecutionMonitor;
import org.jixiao.core.monitoring.TimeProgress;
import org.jixiao.core.monitoring.WarningThresholds;
import org.jixiao.formats.ReadLimits;
import org.jixiao.formats.UnreadableFileException;
import org.jixiao.formats.monitoring.MonitoringWorkbook;
import org.jixiao.formats.monitoring.MonitoringWorkbookException;
import org.jixiao.formats.monitoring.MonitoringWorkbookReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao monitor FILE.xlsx}: reads a monitoring workbook (运行监控填报表) and reports, from the
 * core's monitoring, each period's execution against time progress with its warning level, the
 * indicators' progress, the late items with the causes recorded, and the quarterly execution score.
 * Exit 0: nothing late; 1: something late; 2: wrong usage, or a workbook that cannot be read or has
 * bad cells (every one listed with its sheet and cell).
 */
@Command(name = "monitor",
        description = {"读取运行监控填报表（.xlsx），按序时进度判断各期预算执行进度和预警等级，列出指标进度、滞后事项及其偏差说明，"
                + "四个季度齐全时计算季度预算执行率得分。",
                "Read a monitoring workbook: execution against time progress with warning levels, indicator progress, "
                        + "late items with their causes, and the quarterly execution score."},
        mixinStandardHelpOptions = true)
public final class MonitorCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE.xlsx", description = "运行监控填报表（网页应用“运行监控”页下载的模板，填好后）")
    Path file;

    @Option(names = "--year", paramLabel = "YYYY", description = "监控年度（默认取填报表中第一个写明年度的期间）")
    Integer year;

    @Option(names = "--yellow", paramLabel = "N", description = "落后序时进度超过 N 个百分点为黄色预警（默认 10）")
    BigDecimal yellow;

    @Option(names = "--red", paramLabel = "N", description = "落后序时进度超过 N 个百分点为红色预警（默认 20）")
    BigDecimal red;

    @Option(names = "--inclusive", description = "落后正好等于阈值也预警（“达到”而非“超过”）")
    boolean inclusive;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (year != null && (year < 1000 || year > 9999)) {
            err.println("用法错误：--year 应为四位年份，实为 " + year);
            return Jixiao.USAGE;
        }
        ExecutionMonitor monitor;
        try {
            monitor = new ExecutionMonitor(TimeProgress.LINEAR, new WarningThresholds(
                    Optional.ofNullable(yellow).orElse(WarningThresholds.DEFAULT.yellowAbove()),
                    Optional.ofNullable(red).orElse(WarningThresholds.DEFAULT.redAbove()), inclusive));
        } catch (IllegalArgumentException e) {
            err.println("用法错误：" + e.getMessage());
            return Jixiao.USAGE;
        }

        MonitoringWorkbook workbook;
        try {
            workbook = MonitoringWorkbookReader.read(file, year == null ? OptionalInt.empty() : OptionalInt.of(year),
                    ReadLimits.DEFAULTS);
        } catch (UnreadableFileException e) {
            if (output.json()) {
                out.print(Json.write(MonitorJson.refused(file.toString(), e, List.of())));
            } else {
                err.println("错误：" + e.getMessage());
            }
            return Jixiao.USAGE;
        } catch (MonitoringWorkbookException e) {
            List<MonitorReport.Problem> problems = e.problems().stream().map(MonitorReport.Problem::of).toList();
            refusedText(problems, err, output.json(), out);
            return Jixiao.USAGE;
        }

        Optional<MonitorReport> report = MonitorReport.of(file.toString(), workbook, year, monitor);
        if (report.isEmpty()) {
            refusedText(List.of(MonitorReport.Problem.empty(file.toString())), err, output.json(), out);
            return Jixiao.USAGE;
        }
        if (output.json()) {
            out.print(Json.write(MonitorJson.json(report.get())));
        } else {
            MonitorText.print(report.get(), out);
        }
        return report.get().lateItems().isEmpty() ? Jixiao.OK : Jixiao.FOUND_ERRORS;
    }

    private void refusedText(List<MonitorReport.Problem> problems, PrintWriter err, boolean json, PrintWriter out) {
        if (json) {
            out.print(Json.write(MonitorJson.refused(file.toString(), null, problems)));
            return;
        }
        err.println("监控填报表“" + file + "”有 " + problems.size() + " 处错误，未读取：");
        problems.forEach(p -> err.println("  " + p.where() + " " + p.message() + "［" + p.code() + "］"));
    }
}
