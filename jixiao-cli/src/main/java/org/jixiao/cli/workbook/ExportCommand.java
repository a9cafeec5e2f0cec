package org.jixiao.cli.workbook;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jixiao.cli.Jixiao;
import org.jixiao.cli.OutputFiles;
import org.jixiao.cli.OutputOptions;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.evaluation.Scorer;
import org.jixiao.formats.xlsx.ScoreSheetXlsx;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao export INPUT -o FILE.xlsx}: the scored table, with subtotals, total, grade and the findings. */
@Command(name = "export",
        description = {"把自评数据评分后导出为 Excel：公开版式的评分表（小计、总分、等级，合计用公式），第二张表列出审核意见。",
                "Score an evaluation and export it as .xlsx: the scored form (subtotals, total, grade) and the findings."},
        mixinStandardHelpOptions = true)
public final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "INPUT", description = "填好的 Excel 工作簿（.xlsx），或自评数据文件（制表符分隔，需 --framework）")
    Path input;

    @Option(names = "--framework", paramLabel = "FRAMEWORK", description = "指标体系：内置名称或 .jxf 文件（工作簿可不指定，按模板标记或指标名称识别）")
    String framework;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        EvaluationInput in = EvaluationInput.read(input, Optional.ofNullable(framework));
        ScoreSheetXlsx.Title title = new ScoreSheetXlsx.Title(in.unit(), in.project(), in.year());
        OutputFiles.write(output.file(), "Excel 文件", output.force(),
                out -> ScoreSheetXlsx.write(title, in.framework(), in.evaluation(), out));
        if (!in.framework().kind().isScored()) {
            spec.commandLine().getOut().printf("已写出 %s（%s，绩效目标表，不评分）%n", output.file(), in.framework().title());
            return Jixiao.OK;
        }
        ScoreSheet sheet = Scorer.score(in.framework(), in.evaluation());
        spec.commandLine().getOut().printf("已写出 %s（%s，总分 %s%s）%n", output.file(), in.framework().title(), sheet.total(),
                sheet.grade().map(g -> "，等级 " + g).orElse("，尚有 " + sheet.pending().size() + " 项待人工判断"));
        return Jixiao.OK;
    }
}
