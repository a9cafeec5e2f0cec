package org.jixiao.cli.review;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.cli.Findings;
import org.jixiao.cli.FormatOption;
import org.jixiao.cli.Jixiao;
import org.jixiao.cli.Json;
import org.jixiao.cli.PublishedFiles;
import org.jixiao.core.number.Score;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.PublishedDocument;
import org.jixiao.core.review.Review;
import org.jixiao.core.review.ReviewedTable;
import org.jixiao.core.review.Reviewer;
import org.jixiao.core.review.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao review FILE...}: reads published reports as they are and reports every error found. */
@Command(name = "review",
        description = {"审核公开的绩效自评报告、评价表和决算公开文本，列出每一处计算和一致性错误。",
                "Review published reports as they are and list every arithmetic and consistency error."},
        mixinStandardHelpOptions = true)
public final class ReviewCommand implements Callable<Integer> {

    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年\\s*度");

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "报告文件：Word（.docx），或文本、Markdown、含 HTML 片段的文本（UTF-8）；按内容而非扩展名识别")
    List<Path> files;

    @Mixin
    FormatOption output;

    @Option(names = "--year", paramLabel = "YYYY", description = "评价年度（默认取报告中写明的“YYYY年度”，否则为上一年）")
    Integer year;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Review> reviews = new ArrayList<>();
        for (Path file : files) {
            PublishedDocument document = PublishedFiles.read(file);
            reviews.add(Reviewer.review(document, year != null ? year : yearOf(document)));
        }
        if (output.json()) {
            Map<String, Object> o = Json.object();
            o.put("documents", reviews.stream().map(ReviewCommand::json).toList());
            out.print(Json.write(o));
        } else {
            reviews.forEach(r -> text(r, out));
        }
        return reviews.stream().anyMatch(Review::hasErrors) ? Jixiao.FOUND_ERRORS : Jixiao.OK;
    }

    /** The year a Word report says it is about: its paragraphs and table titles, in order, as for text. */
    static int yearOf(PublishedDocument document) {
        StringBuilder text = new StringBuilder();
        document.paragraphs().forEach(p -> text.append(p.text()).append('\n'));
        document.tables().forEach(t -> text.append(t.title()).append('\n'));
        return yearOf(text.toString());
    }

    /** The year the report says it is about ("2024 年度"), else last year. */
    static int yearOf(String text) {
        Matcher m = YEAR.matcher(text.length() > 20_000 ? text.substring(0, 20_000) : text);
        return m.find() ? Integer.parseInt(m.group(1)) : Year.now().getValue() - 1;
    }

    static Map<String, Object> json(Review review) {
        Map<String, Object> o = Json.object();
        o.put("source", review.source());
        o.put("tables", review.tables().stream().map(ReviewCommand::json).toList());
        o.put("findings", review.findings().stream().map(Findings::json).toList());
        return o;
    }

    private static Map<String, Object> json(ReviewedTable t) {
        Map<String, Object> o = Json.object();
        o.put("kind", t.kind().name());
        o.put("title", t.title());
        o.put("location", t.location());
        o.put("reportedTotal", decimal(t.reportedTotal()));
        o.put("itemsTotal", decimal(t.itemsTotal()));
        o.put("recomputedTotal", decimal(t.recomputedTotal()));
        o.put("reportedGrade", t.reportedGrade().orElse(null));
        o.put("recomputedGrade", t.recomputedGrade().orElse(null));
        o.put("findings", t.findings().stream().map(Findings::json).toList());
        return o;
    }

    private static String decimal(Optional<Score> score) {
        return score.map(s -> s.points().toPlainString()).orElse(null);
    }

    private static void text(Review review, PrintWriter out) {
        List<Finding> all = review.allFindings();
        long errors = all.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = all.stream().filter(f -> f.severity() == Severity.WARNING).count();
        out.printf("%s：%d 个错误，%d 个警告，%d 条提示%n", review.source(), errors, warnings, all.size() - errors - warnings);
        for (ReviewedTable t : review.tables()) {
            if (t.findings().isEmpty() && t.itemsTotal().isEmpty()) {
                continue;
            }
            out.printf("%n［%s］%s（%s）%n", kind(t), t.title(), t.location());
            t.reportedTotal().ifPresent(total -> out.printf("  表中总分 %s，各项合计 %s，按规则重算 %s（%s）%n", total,
                    t.itemsTotal().map(Object::toString).orElse("—"), t.recomputedTotal().map(Object::toString).orElse("—"),
                    t.recomputedGrade().orElse("—")));
            Findings.print(t.findings(), out);
        }
        if (!review.findings().isEmpty()) {
            out.printf("%n［文字说明］%n");
            Findings.print(review.findings(), out);
        }
        out.println();
    }

    private static String kind(ReviewedTable t) {
        return switch (t.kind()) {
            case PROJECT_SELF_EVALUATION -> "项目支出绩效自评表";
            case DEPARTMENT_EVALUATION -> "部门整体支出绩效评价表";
            case TARGET_TABLE -> "绩效目标表";
            case AMOUNT_TABLE -> "决算金额表";
            case OTHER -> "其他表格";
        };
    }
}
