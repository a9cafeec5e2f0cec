package org.jixiao.cli.accounts;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jixiao.cli.Findings;
import org.jixiao.cli.FormatOption;
import org.jixiao.cli.Jixiao;
import org.jixiao.cli.Json;
import org.jixiao.cli.OutputFiles;
import org.jixiao.cli.PublishedFiles;
import org.jixiao.cli.workbook.EvaluationInput;
import org.jixiao.core.accounts.disclosure.Regeneration;
import org.jixiao.core.accounts.disclosure.Sentence;
import org.jixiao.core.accounts.disclosure.SentencePair;
import org.jixiao.core.accounts.tables.DisclosureChecks;
import org.jixiao.core.accounts.tables.DisclosureTables;
import org.jixiao.core.accounts.tables.PublishedTableProblem;
import org.jixiao.core.accounts.tables.PublishedTablesReader;
import org.jixiao.core.accounts.tables.PublishedTablesReading;
import org.jixiao.core.accounts.tables.TablesNarrative;
import org.jixiao.core.accounts.tables.UnitKind;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.PublishedDocument;
import org.jixiao.formats.accounts.DisclosureExport;
import org.jixiao.formats.accounts.DisclosureTablesImport;
import org.jixiao.formats.accounts.DisclosureTablesXlsx;
import org.jixiao.formats.report.CjkFont;
import org.jixiao.formats.report.CjkFonts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao accounts}: the final-accounts disclosure (决算公开). FILE is either a published
 * disclosure (Word or text), whose narrative is regenerated from its own figures beside the published
 * sentences; or a workbook of the disclosure tables (our template), which is checked within and
 * across its tables and from which the narrative is generated — compared with a published one when
 * {@code --published} names it, and exported with {@code -o}. {@code --template} writes the blank
 * workbook.
 */
@Command(name = "accounts",
        description = {"决算公开：由公开文本或决算表（Excel）生成“单位决算情况说明”，审核表内、表间一致性，与公开的句子逐句对照；可生成空白决算表模板、导出 Word。",
                "Final-accounts disclosure: regenerate the narrative from a published disclosure or from the tables workbook, check the tables, compare, export."},
        mixinStandardHelpOptions = true)
public final class AccountsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..1",
            description = "决算公开文件（Word .docx，或文本、Markdown），或决算表工作簿（.xlsx，本系统模板）")
    Path file;

    @Option(names = "--published", paramLabel = "REPORT", description = "与决算表生成的文字对照的公开决算文本（Word 或文本）")
    Path published;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.docx|FILE.pdf|FILE.xlsx",
            description = "导出：由决算表生成的决算公开文档（.docx 或 .pdf，含图表），或决算表工作簿（.xlsx）；与 --template 合用时为模板文件")
    Path output;

    @Option(names = "--template", description = "写出空白的决算表模板（需 -o、--unit、--year）")
    boolean template;

    @Option(names = "--unit", paramLabel = "单位", description = "模板的单位名称")
    String unit;

    @Option(names = "--year", paramLabel = "YYYY", description = "模板的决算年度")
    Integer year;

    @Option(names = "--kind", paramLabel = "行政单位|事业单位", defaultValue = "事业单位", description = "模板的单位性质（默认 事业单位）")
    String kind;

    @Option(names = "--force", description = "覆盖已有的文件")
    boolean force;

    @Mixin
    FormatOption format;

    @Spec
    CommandSpec spec;

    /** What the report's tables could not give (empty when the figures came from elsewhere). */
    private List<PublishedTableProblem> tableProblems = List.of();
    /** Where the figures came from: "workbook", "report" (its tables), or null (the narrative's own figures). */
    private String tablesFrom;

    @Override
    public Integer call() {
        if (template) {
            return template();
        }
        if (file == null) {
            throw new IllegalArgumentException("请给出决算公开文件或决算表工作簿（FILE），或用 --template 生成模板");
        }
        if (EvaluationInput.isWorkbook(file)) {
            return tables();
        }
        if (published != null || output != null) {
            throw new IllegalArgumentException("--published 和 -o 只用于决算表工作簿（.xlsx）");
        }
        PublishedDocument document = PublishedFiles.read(file);
        // a report that publishes its tables is regenerated from them and the tables are checked;
        // one whose tables are "见附件" (Baotou) from the figures its own text states
        PublishedTablesReading reading = PublishedTablesReader.read(document);
        boolean withTables = !reading.found().isEmpty() && reading.tables().isPresent();
        List<SentencePair> pairs = withTables
                ? Regeneration.of(document, TablesNarrative.disclosure(reading.tables().get()))
                : Regeneration.of(document);
        List<Finding> findings = withTables ? DisclosureChecks.check(reading.tables().get()) : List.of();
        if (pairs.isEmpty() && !withTables) {
            spec.commandLine().getErr().println("错误：" + file + " 中没有找到“单位决算情况说明”中可以重算的句子，也没有决算表");
            return Jixiao.USAGE;
        }
        tableProblems = reading.found().isEmpty() ? List.of() : reading.problems();
        tablesFrom = withTables ? "report" : null;
        print(document.source(), pairs, findings);
        boolean errors = findings.stream().anyMatch(Finding::isError) || pairs.stream().anyMatch(SentencePair::differs);
        return errors ? Jixiao.FOUND_ERRORS : Jixiao.OK;
    }


    private int template() {
        if (output == null || unit == null || unit.isBlank() || year == null) {
            throw new IllegalArgumentException("--template 需要 -o FILE.xlsx、--unit 单位名称和 --year 年度");
        }
        UnitKind unitKind = UnitKind.byLabel(kind)
                .orElseThrow(() -> new IllegalArgumentException("--kind 应为“行政单位”或“事业单位”，实为“" + kind + "”"));
        OutputFiles.write(output, "决算表模板", force, out -> DisclosureTablesXlsx.writeTemplate(unit.strip(), year, unitKind, out));
        spec.commandLine().getOut().printf("已写出决算表模板 %s（%s，%d 年度，%s）%n", output, unit.strip(), year, unitKind.label());
        return Jixiao.OK;
    }

    private int tables() {
        PrintWriter err = spec.commandLine().getErr();
        DisclosureTablesImport read = DisclosureTablesXlsx.read(file);
        if (!read.ok()) {
            if (format.json()) {
                Map<String, Object> o = Json.object();
                o.put("source", file.toString());
                o.put("imported", false);
                o.put("problems", read.problems().stream().map(p -> {
                    Map<String, Object> m = Json.object();
                    m.put("code", p.code().name());
                    m.put("sheet", p.sheet());
                    m.put("cell", p.cell());
                    m.put("message", p.message());
                    return m;
                }).toList());
                spec.commandLine().getOut().print(Json.write(o));
            } else {
                err.println("决算表工作簿“" + file + "”有 " + read.problems().size() + " 处错误，未读取：");
                read.problems().forEach(p -> err.println("  " + p));
            }
            return Jixiao.USAGE;
        }
        DisclosureTables tables = read.tables().orElseThrow();
        tablesFrom = "workbook";
        List<Finding> findings = DisclosureChecks.check(tables);
        List<SentencePair> pairs;
        if (published != null) {
            pairs = Regeneration.of(PublishedFiles.read(published), TablesNarrative.disclosure(tables));
        } else {
            pairs = TablesNarrative.sentences(tables).stream().map(AccountsCommand::unpaired).toList();
        }
        if (output != null) {
            export(tables);
        }
        print(file.toString(), pairs, findings);
        boolean errors = findings.stream().anyMatch(Finding::isError) || pairs.stream().anyMatch(SentencePair::differs);
        return errors ? Jixiao.FOUND_ERRORS : Jixiao.OK;
    }

    private void export(DisclosureTables tables) {
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            OutputFiles.write(output, "决算表工作簿", force, out -> DisclosureTablesXlsx.write(tables, out));
        } else if (name.endsWith(".docx")) {
            OutputFiles.write(output, "决算公开文档", force, out -> DisclosureExport.docx(tables, out));
        } else if (name.endsWith(".pdf")) {
            // the font is found before anything is written: without one, the advice and no file
            CjkFont font = CjkFonts.find();
            OutputFiles.write(output, "决算公开文档", force, out -> DisclosureExport.pdf(tables, out, font));
        } else {
            throw new IllegalArgumentException("导出文件“" + output + "”的扩展名应为 .docx、.pdf 或 .xlsx");
        }
        spec.commandLine().getErr().println("已写出 " + output);
    }

    /** A sentence generated from the tables with no published text to compare. */
    private static SentencePair unpaired(Sentence s) {
        return new SentencePair(s.section(), s.subject(), s.family(), 0, "", s.text(), false, List.of());
    }

    private void print(String source, List<SentencePair> pairs, List<Finding> tableFindings) {
        PrintWriter out = spec.commandLine().getOut();
        if (format.json()) {
            Map<String, Object> o = Json.object();
            o.put("source", source);
            o.put("sentences", pairs.stream().map(AccountsCommand::json).toList());
            o.put("findings", tableFindings.stream().map(Findings::json).toList());
            o.put("tablesFrom", tablesFrom);
            o.put("tableProblems", tableProblems.stream().map(p -> {
                Map<String, Object> m = Json.object();
                m.put("line", p.line());
                m.put("table", p.table());
                m.put("row", p.row());
                m.put("column", p.column());
                m.put("header", p.header());
                m.put("code", p.code().name());
                m.put("message", p.message());
                return m;
            }).toList());
            out.print(Json.write(o));
        } else {
            text(source, pairs, tableFindings, out);
        }
    }

    private static Map<String, Object> json(SentencePair p) {
        Map<String, Object> o = Json.object();
        o.put("section", p.section());
        o.put("subject", p.subject());
        o.put("family", p.family().name());
        o.put("line", p.line());
        o.put("placeholder", p.isPlaceholder());
        o.put("published", p.published());
        o.put("generated", p.generated());
        o.put("differs", p.differs());
        o.put("findings", p.findings().stream().map(Finding::code).toList());
        return o;
    }

    private void text(String source, List<SentencePair> pairs, List<Finding> tableFindings, PrintWriter out) {
        if (!tableProblems.isEmpty()) {
            out.printf("%s：决算表中有 %d 处未能读取%n", source, tableProblems.size());
            tableProblems.forEach(p -> out.println("  " + p));
            out.println();
        }
        if (!tableFindings.isEmpty()) {
            out.printf("%s：决算表审核 %d 条意见%n", source, tableFindings.size());
            Findings.print(tableFindings, out);
            out.println();
        }
        long differing = pairs.stream().filter(SentencePair::differs).count();
        long generated = pairs.stream().filter(p -> !p.isPlaceholder()).count();
        out.printf("%s：重算 %d 句，%d 句与公开文本有差异；变动原因 %d 处留待单位填写%n", source, generated, differing,
                pairs.size() - generated);
        String section = "";
        for (SentencePair p : pairs) {
            if (!p.section().equals(section)) {
                section = p.section();
                out.printf("%n［%s］%n", section);
            }
            out.printf("%s %s%s%n", p.differs() ? "✗ 差异" : p.isPlaceholder() ? "… 待填" : p.published().isEmpty() ? "· 生成"
                    : p.sameText() ? "✓ 一致" : "≈ 数字一致（措辞或写法不同）", p.subject(), p.line() > 0 ? "（第" + p.line() + "行）" : "");
            out.printf("    公开：%s%n", p.published().isEmpty() ? "（无）" : p.published());
            out.printf("    重算：%s%n", p.generated());
            for (Finding f : p.findings()) {
                out.printf("    审核：%s %s%n", f.code(), f.message());
            }
        }
    }
}
