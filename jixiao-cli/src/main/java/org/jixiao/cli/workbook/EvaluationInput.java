package org.jixiao.cli.workbook;

import java.util.List;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jixiao.cli.TextFiles;
import org.jixiao.cli.framework.FrameworkSource;
import org.jixiao.cli.scoring.EvaluationFile;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.FrameworkLoad;
import org.jixiao.core.framework.ShippedFrameworks;
import org.jixiao.formats.OfficeZip;
import org.jixiao.formats.xlsx.ImportedWorkbook;
import org.jixiao.formats.xlsx.WorkbookImport;

/**
 * An evaluation named on the command line, for {@code export} and {@code report}: a filled-in
 * workbook (.xlsx, recognised by its content), imported as {@code import} does; or an evaluation
 * file (tab-separated, as {@code score} reads) with the framework it belongs to. Every refusal is an
 * {@link IllegalArgumentException} with a Chinese message naming the file (a workbook's lists every
 * problem with its sheet and cell); the CLI turns it into exit status 2.
 */
public record EvaluationInput(Framework framework, Evaluation evaluation, String unit, String project, int year) {

    public static EvaluationInput read(Path file, Optional<String> frameworkSource) {
        if (isWorkbook(file)) {
            ImportedWorkbook imported = WorkbookImport.read(file, candidates(frameworkSource));
            return new EvaluationInput(imported.framework(), imported.evaluation(), imported.unit(), imported.project(),
                    imported.year());
        }
        if (frameworkSource.isEmpty()) {
            throw new IllegalArgumentException("“" + file + "”不是 Excel 工作簿；用自评数据文件（制表符分隔）时请用 --framework 指明指标体系");
        }
        Framework framework = framework(frameworkSource.get());
        EvaluationFile.Result read = EvaluationFile.read(framework, TextFiles.read(file, "自评数据文件", EvaluationFile.MAX_BYTES));
        if (!read.ok()) {
            StringBuilder message = new StringBuilder("自评数据文件“" + file + "”有 " + read.problems().size() + " 处错误：");
            read.problems().forEach(p -> message.append('\n').append("  ").append(p));
            throw new IllegalArgumentException(message.toString());
        }
        String project = framework.kind() == org.jixiao.core.framework.FrameworkKind.PROJECT_SELF_EVALUATION ? framework.title() : "";
        return new EvaluationInput(framework, read.evaluation(), read.evaluation().unit(), project, framework.year());
    }

    /** The frameworks a workbook may belong to: the one named, or every shipped framework. */
    static List<Framework> candidates(Optional<String> frameworkSource) {
        return frameworkSource.map(s -> List.of(framework(s))).orElseGet(ShippedFrameworks::all);
    }

    static Framework framework(String source) {
        FrameworkLoad load = FrameworkSource.load(source);
        if (load.framework().isEmpty()) {
            StringBuilder message = new StringBuilder("指标体系“" + source + "”有错误：");
            load.errors().forEach(p -> message.append('\n').append("  ").append(p));
            throw new IllegalArgumentException(message.toString());
        }
        return load.framework().get();
    }

    /**
     * Named as a workbook, or else (not named as a Word file) an Office container by its content: ZIP, or
     * OLE2 as an encrypted workbook is.
     */
    public static boolean isWorkbook(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("找不到文件“" + file + "”");
        }
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".xlsm")) {
            return true;
        }
        if (name.endsWith(".docx") || name.endsWith(".doc")) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(8);
            return OfficeZip.isZip(head) || OfficeZip.isOle2(head);
        } catch (IOException e) {
            throw new IllegalArgumentException("无法读取“" + file + "”：" + e.getMessage(), e);
        }
    }
}
