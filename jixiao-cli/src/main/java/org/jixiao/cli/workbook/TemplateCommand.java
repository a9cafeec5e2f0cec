package org.jixiao.cli.workbook;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jixiao.cli.Jixiao;
import org.jixiao.cli.OutputFiles;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.FrameworkKind;
import org.jixiao.formats.xlsx.ScoreSheetXlsx;
import org.jixiao.formats.xlsx.TemplateXlsx;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.xlsx", description = "写出的模板文件")
    Path output;

    @Option(names = "--unit", paramLabel = "单位", description = "预先填入的单位名称")
    String unit;

    @Option(names = "--project", paramLabel = "项目", description = "预先填入的项目名称（默认为指标体系的名称，项目自评表）")
    String project;

    @Option(names = "--year", paramLabel = "YYYY", description = "评价年度（默认为指标体系的年度）")
    Integer year;

    @Option(names = "--force", description = "覆盖已有的文件")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Framework framework = EvaluationInput.framework(frameworkSource);
        String projectName = project != null ? project
                : framework.kind() == FrameworkKind.PROJECT_SELF_EVALUATION ? framework.title() : "";
        ScoreSheetXlsx.Title title = new ScoreSheetXlsx.Title(unit, projectName, year != null ? year : framework.year());
        OutputFiles.write(output, "模板", force, out -> TemplateXlsx.write(framework, title, out));
        spec.commandLine().getOut().printf("已写出模板 %s（%s，%s，%d 个指标）%n", output, framework.title(), framework.id(),
                framework.indicators().size());
        return Jixiao.OK;
    }
}
