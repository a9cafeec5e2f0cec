package org.jixiao.cli.scoring;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.jixiao.cli.FormatOption;
import org.jixiao.cli.Jixiao;
import org.jixiao.cli.Json;
import org.jixiao.cli.TextFiles;
import org.jixiao.cli.framework.FrameworkJson;
import org.jixiao.cli.framework.FrameworkSource;
import org.jixiao.core.evaluation.RowScore;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.evaluation.Scorer;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.FrameworkLoad;
import org.jixiao.core.rule.RuleOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao score FRAMEWORK EVALUATION}: scores an evaluation file by its framework's rules. */
@Command(name = "score",
        description = {"按指标体系的评分规则为自评数据打分，给出各行得分、小计、总分和等级。",
                "Score an evaluation file by its framework's rules: rows, subtotals, total and grade."},
        mixinStandardHelpOptions = true)
public final class ScoreCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FRAMEWORK", description = "内置指标体系的名称，或指标体系文件（.jxf）的路径")
    String frameworkSource;

    @Parameters(index = "1", paramLabel = "EVALUATION", description = "自评数据文件（制表符分隔，格式见 docs/cli.md）")
    Path evaluationFile;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FrameworkLoad load = FrameworkSource.load(frameworkSource);
        if (load.framework().isEmpty()) {
            load.errors().forEach(p -> err.println(p));
            return Jixiao.USAGE;
        }
        Framework framework = load.framework().get();
        EvaluationFile.Result read = EvaluationFile.read(framework, TextFiles.read(evaluationFile, "自评数据文件", EvaluationFile.MAX_BYTES));
        if (!read.ok()) {
            err.println("自评数据文件 " + evaluationFile + " 有 " + read.problems().size() + " 处错误，未计分：");
            read.problems().forEach(p -> err.println("  " + evaluationFile.getFileName() + " " + p));
            return Jixiao.USAGE;
        }
        ScoreSheet sheet = Scorer.score(framework, read.evaluation());
        if (output.json()) {
            out.print(Json.write(json(sheet, read.evaluation().unit())));
        } else {
            text(sheet, out);
        }
        return sheet.isComplete() ? Jixiao.OK : Jixiao.FOUND_ERRORS;
    }

    public static Map<String, Object> json(ScoreSheet sheet, String unit) {
        Map<String, Object> o = Json.object();
        o.put("framework", sheet.framework().id());
        o.put("unit", unit);
        o.put("total", sheet.total().points());
        o.put("grade", sheet.grade().map(g -> g.name()).orElse(null));
        o.put("complete", sheet.isComplete());
        o.put("rescale", sheet.rescale());
        Map<String, Object> subtotals = Json.object();
        new TreeMap<>(sheet.subtotals()).forEach((code, score) -> subtotals.put(code, score.points()));
        o.put("subtotals", subtotals);
        o.put("rows", sheet.rows().stream().map(ScoreCommand::row).toList());
        o.put("pending", sheet.pending().stream().map(RowScore::code).toList());
        o.put("missingDeviationReasons", sheet.missingDeviationReasons().stream().map(RowScore::code).toList());
        return o;
    }

    private static Map<String, Object> row(RowScore r) {
        Map<String, Object> o = Json.object();
        o.put("code", r.code());
        o.put("name", r.indicator().name());
        o.put("weight", r.indicator().weight().map(w -> w.points()).orElse(null));
        o.put("rule", FrameworkJson.rule(r.indicator().rule()).get("kind"));
        o.put("decision", r.decision().name());
        o.put("score", r.score().map(s -> s.points()).orElse(null));
        o.put("ruleScore", r.ruleScore().map(s -> s.points()).orElse(null));
        o.put("exact", r.exact().map(s -> s.points()).orElse(null));
        o.put("reported", r.reported().map(s -> s.points()).orElse(null));
        Map<String, Object> outcome = Json.object();
        if (r.outcome() instanceof RuleOutcome.Scored s) {
            outcome.put("type", "scored");
            outcome.put("message", s.explanation());
        } else {
            RuleOutcome.NeedsJudgement n = (RuleOutcome.NeedsJudgement) r.outcome();
            outcome.put("type", "needsJudgement");
            outcome.put("reason", n.reason().name());
            outcome.put("message", n.message());
        }
        o.put("outcome", outcome);
        o.put("judgement", r.judgement().map(j -> {
            Map<String, Object> m = Json.object();
            m.put("score", j.score().points());
            m.put("justification", j.justification());
            return m;
        }).orElse(null));
        o.put("deviationReason", r.deviationReason());
        o.put("needsDeviationReason", r.needsDeviationReason());
        return o;
    }

    private static void text(ScoreSheet sheet, PrintWriter out) {
        Framework f = sheet.framework();
        out.printf("%s（%s）%n", f.title(), f.id());
        for (RowScore r : sheet.rows()) {
            String score = r.score().map(Object::toString).orElse("—");
            String how = switch (r.decision()) {
                case RULE -> "规则";
                case JUDGEMENT -> r.isOverride() ? "人工改判（规则得" + r.ruleScore().orElseThrow() + "）" : "人工认定";
                case NOT_APPLICABLE -> "不适用";
                case PENDING -> "待人工判断";
            };
            out.printf("  %-8s %s  分值 %s  得分 %s  ［%s］%n", r.code(), r.indicator().name(),
                    r.indicator().weight().map(Object::toString).orElse("—"), score, how);
            String detail = r.outcome() instanceof RuleOutcome.Scored s ? s.explanation()
                    : ((RuleOutcome.NeedsJudgement) r.outcome()).message();
            out.println("           " + detail);
            r.judgement().ifPresent(j -> out.println("           认定理由：" + j.justification()));
            if (r.needsDeviationReason()) {
                out.println("           ！扣" + r.lostPoints() + "分，未填写偏差原因分析及改进措施");
            }
        }
        out.println("小计：");
        new TreeMap<>(sheet.subtotals()).forEach((code, score) ->
                out.printf("  %-8s %s %s%n", code, f.node(code).map(n -> n.name()).orElse(""), score));
        out.printf("总分 %s%s%n", sheet.total(), sheet.grade().map(g -> "，等级 " + g).orElse("（有 " + sheet.pending().size()
                + " 项待人工判断，暂不评定等级）"));
        List<RowScore> pending = sheet.pending();
        if (!pending.isEmpty()) {
            out.println("待人工判断：" + String.join("、", pending.stream().map(RowScore::code).toList()));
        }
    }
}
