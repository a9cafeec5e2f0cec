package org.jixiao.cli.report;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jixiao.cli.Jixiao;
import org.jixiao.cli.OutputFiles;
import org.jixiao.cli.OutputOptions;
import org.jixiao.cli.TitleOptions;
import org.jixiao.cli.workbook.EvaluationInput;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.evaluation.Scorer;
import org.jixiao.formats.report.CjkFont;
import org.jixiao.formats.report.CjkFonts;
import org.jixiao.formats.report.DocxReport;
import org.jixiao.formats.report.PdfReport;
import org.jixiao.formats.report.Report;
import org.jixiao.formats.report.ReportTitle;
import org.jixiao.formats.report.SelfEvaluationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao report INPUT -o FILE.docx|FILE.pdf}: the self-evaluation report of a project (or of a
 * unit as a whole), every number from the scored data (docs/reports.md). The format follows the
 * output's extension; a PDF embeds a Chinese font found on this machine, or is refused saying how to
 * install one.
 */
@Command(name = "report",
        description = {"由自评数据生成绩效自评报告（Word .docx 或 PDF）：基本情况、绩效目标及实现情况、评分表、偏差原因分析及改进措施、存在问题、评价结论。",
                "Generate the self-evaluation report (.docx or .pdf) from an evaluation; every number comes from the data."},
        mixinStandardHelpOptions = true)
public final class ReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "INPUT", description = "填好的 Excel 工作簿（.xlsx），或自评数据文件（制表符分隔，需 --framework）")
    Path input;

    @Option(names = "--framework", paramLabel = "FRAMEWORK", description = "指标体系：内置名称或 .jxf 文件（工作簿可不指定）")
    String framework;

    @Mixin
    OutputOptions output;

    @Mixin
    TitleOptions title;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path file = output.file();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean pdf = name.endsWith(".pdf");
        if (!pdf && !name.endsWith(".docx")) {
            throw new IllegalArgumentException("报告文件“" + file + "”的扩展名应为 .docx 或 .pdf");
        }
        EvaluationInput in = EvaluationInput.read(input, Optional.ofNullable(framework));
        if (!in.framework().kind().isScored()) {
            throw new IllegalArgumentException("“" + input + "”是绩效目标表，不评分，没有自评报告");
        }
        // the font is found before anything is written, so a machine without one gets the advice and no file
        CjkFont font = pdf ? CjkFonts.find() : null;
        ScoreSheet sheet = Scorer.score(in.framework(), in.evaluation());
        ReportTitle header = new ReportTitle(title.unit(in.unit()), title.project(in.project()), title.year(in.year()));
        Report report = SelfEvaluationReport.build(header, in.evaluation(), sheet);
        // a ReportException (a character the font cannot draw) propagates: nothing is left under the name
        OutputFiles.write(file, "报告", output.force(), out -> {
            if (pdf) {
                PdfReport.write(report, out, font);
            } else {
                DocxReport.write(report, out);
            }
        });
        spec.commandLine().getOut().printf("已写出报告 %s（%s，总分 %s%s）%n", file, report.title(), sheet.total(),
                sheet.grade().map(g -> "，等级 " + g).orElse("，尚有 " + sheet.pending().size() + " 项待人工判断，未评定等级"));
        return Jixiao.OK;
    }
}
