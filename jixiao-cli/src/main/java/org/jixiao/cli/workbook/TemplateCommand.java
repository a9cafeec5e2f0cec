package org.jixiao.cli.workbook;

import java.util.concurrent.Callable;
import org.jixiao.cli.Jixiao;
import org.jixiao.cli.OutputFiles;
import org.jixiao.cli.OutputOptions;
import org.jixiao.cli.TitleOptions;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.FrameworkKind;
import org.jixiao.formats.xlsx.ScoreSheetXlsx;
import org.jixiao.formats.xlsx.TemplateXlsx;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao template FRAMEWORK -o FILE.xlsx}: a blank form in the official layout, to fill in Excel and import. */
@Command(name = "template",
        description = {"按指标体系生成空白的 Excel 填报模板（自评表、部门整体评价表或绩效目标表的公开版式），填好后可用 import 导入。",
                "Write a blank .xlsx form for a framework in the official layout, to fill in and import."},
        mixinStandardHelpOptions = true)
public final class TemplateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FRAMEWORK", description = "内置指标体系的名称，或指标体系文件（.jxf）的路径")
    String frameworkSource;

    @Mixin
    OutputOptions output;

    @Mixin
    TitleOptions title;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Framework framework = EvaluationInput.framework(frameworkSource);
        String project = framework.kind() == FrameworkKind.PROJECT_SELF_EVALUATION ? framework.title() : "";
        ScoreSheetXlsx.Title rows = new ScoreSheetXlsx.Title(title.unit(""), title.project(project), title.year(framework.year()));
        OutputFiles.write(output.file(), "模板", output.force(), out -> TemplateXlsx.write(framework, rows, out));
        spec.commandLine().getOut().printf("已写出模板 %s（%s，%s，%d 个指标）%n", output.file(), framework.title(), framework.id(),
                framework.indicators().size());
        return Jixiao.OK;
    }
}
