package org.jixiao.cli.workbook;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jixiao.cli.Findings;
import org.jixiao.cli.FormatOption;
import org.jixiao.cli.Jixiao;
import org.jixiao.cli.Json;
import org.jixiao.cli.Refused;
import org.jixiao.cli.scoring.ScoreCommand;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.review.Finding;
import org.jixiao.formats.UnreadableFileException;
import org.jixiao.formats.xlsx.ImportProblem;
import org.jixiao.formats.xlsx.ImportedWorkbook;
import org.jixiao.formats.xlsx.WorkbookImport;
import org.jixiao.formats.xlsx.WorkbookImportException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao import FILE.xlsx}: reads a filled-in form (our template, or a hand-made workbook in
 * the official layout), scores and reviews it. Exit 0: imported, no error found; 1: imported, the
 * reviewer found errors; 2: refused (every problem listed with its sheet and cell; nothing kept).
 */
@Command(name = "import",
        description = {"导入填好的 Excel 自评表或绩效目标表（本系统模板，或按公开版式手工制作的表格），评分并审核。",
                "Import a filled-in .xlsx form (our template or a hand-made one in the official layout), score and review it."},
        mixinStandardHelpOptions = true)
public final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE.xlsx", description = "Excel 工作簿（.xlsx）")
    Path file;

    @Option(names = "--framework", paramLabel = "FRAMEWORK",
            description = "指标体系：内置名称或 .jxf 文件（默认按模板标记识别，无标记时按指标名称与内置指标体系匹配）")
    String framework;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportedWorkbook imported;
        try {
            imported = WorkbookImport.read(file, EvaluationInput.candidates(Optional.ofNullable(framework)));
        } catch (WorkbookImportException e) {
            if (output.json()) {
                out.print(Json.write(refused(e.problems(), null)));
            } else {
                err.println("工作簿“" + file + "”有 " + e.errors().size() + " 处错误，未导入：");
                e.problems().forEach(p -> err.println("  " + level(p) + " " + p));
            }
            return Jixiao.USAGE;
        } catch (UnreadableFileException e) {
            if (output.json()) {
                out.print(Json.write(refused(List.of(), e)));
            } else {
                err.println("错误：" + e.getMessage());
            }
            return Jixiao.USAGE;
        }
        if (output.json()) {
            out.print(Json.write(json(imported)));
        } else {
            text(imported, out);
        }
        return imported.findings().stream().anyMatch(Finding::isError) ? Jixiao.FOUND_ERRORS : Jixiao.OK;
    }

    private Map<String, Object> refused(List<ImportProblem> problems, UnreadableFileException unreadable) {
        return Refused.json(file.toString(), unreadable, problems.stream().map(ImportCommand::json).toList());
    }

    static Map<String, Object> json(ImportedWorkbook w) {
        Map<String, Object> o = Json.object();
        o.put("file", w.file());
        o.put("imported", true);
        o.put("sheet", w.sheet());
        o.put("framework", w.framework().id());
        o.put("kind", w.framework().kind().name());
        o.put("matchedBy", w.marked() ? "marker" : "names");
        o.put("unit", w.unit());
        o.put("project", w.project());
        o.put("year", w.year());
        o.put("score", w.scores().map(s -> ScoreCommand.json(s, w.unit())).orElse(null));
        o.put("findings", w.findings().stream().map(Findings::json).toList());
        o.put("problems", w.warnings().stream().map(ImportCommand::json).toList());
        return o;
    }

    static Map<String, Object> json(ImportProblem p) {
        Map<String, Object> o = Json.object();
        o.put("code", p.code().name());
        o.put("severity", p.severity().name().toLowerCase(Locale.ROOT));
        o.put("sheet", p.sheet());
        o.put("cell", p.cell());
        o.put("message", p.message());
        o.put("expected", p.expected());
        o.put("found", p.found());
        return o;
    }

    private static String level(ImportProblem p) {
        return Findings.severity(p.severity());
    }

    private static void text(ImportedWorkbook w, PrintWriter out) {
        out.printf("%s：已导入工作表“%s”，指标体系 %s（%s，按%s识别）%n", w.file(), w.sheet(), w.framework().title(), w.framework().id(),
                w.marked() ? "模板标记" : "指标名称");
        out.printf("  单位 %s，项目 %s，%d 年度，%d 个指标已填写%n", blank(w.unit()), blank(w.project()), w.year(),
                w.evaluation().actuals().size());
        if (w.scores().isPresent()) {
            ScoreSheet s = w.scores().get();
            out.printf("  总分 %s%s%n", s.total(), s.grade().map(g -> "，等级 " + g)
                    .orElse("（有 " + s.pending().size() + " 项待人工判断，暂不评定等级）"));
        } else {
            out.println("  绩效目标表，不评分");
        }
        if (!w.warnings().isEmpty()) {
            out.println("导入提示：");
            w.warnings().forEach(p -> out.println("  " + level(p) + " " + p));
        }
        if (!w.findings().isEmpty()) {
            out.println("审核意见：");
            Findings.print(w.findings(), out);
        }
    }

    private static String blank(String s) {
        return s.isEmpty() ? "（未填写）" : s;
    }
}
