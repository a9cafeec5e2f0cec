package org.jixiao.cli.rule;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jixiao.cli.FormatOption;
import org.jixiao.cli.Jixiao;
import org.jixiao.cli.Json;
import org.jixiao.cli.TextFiles;
import org.jixiao.cli.framework.FrameworkJson;
import org.jixiao.core.measure.Comparison;
import org.jixiao.core.measure.ValueText;
import org.jixiao.core.method.CompileContext;
import org.jixiao.core.method.CompiledRule;
import org.jixiao.core.method.RuleCompiler;
import org.jixiao.core.method.Span;
import org.jixiao.core.method.TypedValues;
import org.jixiao.core.number.Decimals;
import org.jixiao.core.number.RoundingPolicy;
import org.jixiao.core.number.Score;
import org.jixiao.core.rule.RuleInput;
import org.jixiao.core.rule.RuleOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao rule}: compiles 评分办法 text into an executable rule, shows what each part of the
 * text became, writes the rule back in canonical Chinese, and scores values by it; with
 * {@code --file}, compiles a file of rule texts and reports the coverage (docs/cli.md, docs/rules.md).
 */
@Command(name = "rule",
        description = {"把评分办法文字编译为可执行的评分规则，并可试算得分。",
            "Compile scoring-method text into an executable rule and try values on it."},
        mixinStandardHelpOptions = true)
public final class RuleCommand implements Callable<Integer> {

    /** A file of rule texts is small; a larger one is refused before it is read. */
    static final long MAX_BYTES = 4L * 1024 * 1024;


    @Parameters(paramLabel = "TEXT", arity = "0..1", description = "评分办法原文，如“达到90%得2分,未达到根据完成度得分”")
    String text;

    @Option(names = "--file", paramLabel = "FILE",
            description = "每行一条评分办法；可用 TAB 隔开写分值和指标值：TEXT<TAB>分值<TAB>指标值。# 开头为注释")
    Path file;

    @Option(names = "--weight", paramLabel = "N", description = "指标分值")
    String weight;

    @Option(names = "--target", paramLabel = "V", description = "指标值（标准值），如 ≥90%、规范、≤20万元")
    String target;

    @Option(names = "--nature", paramLabel = "定量|定性", description = "指标性质（模板脚注按性质给出不同算法时需要）")
    String nature;

    @Option(names = "--direction", paramLabel = "正向|反向|等于", description = "指标方向（模板脚注按方向给出不同算法时需要）")
    String direction;

    @Option(names = "--eval", paramLabel = "VALUE",
            description = "按规则试算的实际值，可重复：数值（88%、14个）、档次（较规范）、条目（1,2,3）或公式输入（名称=值;名称=值）")
    List<String> values = new ArrayList<>();

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((text == null) == (file == null)) {
            return usage(err, "请给出一条评分办法文字，或用 --file 给出文件（二者选一）");
        }
        if (file != null && !values.isEmpty()) {
            return usage(err, "--eval 只能用于单条评分办法，不能与 --file 同用");
        }
        CompileContext context;
        try {
            context = context(weight, target);
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        if (nature != null) {
            switch (nature.strip()) {
                case "定量" -> context = context.withNature(CompileContext.Nature.QUANTITATIVE);
                case "定性" -> context = context.withNature(CompileContext.Nature.QUALITATIVE);
                default -> {
                    return usage(err, "--nature 应为“定量”或“定性”：" + nature);
                }
            }
        }
        if (direction != null) {
            Comparison c = switch (direction.strip()) {
                case "正向", "≥", ">=" -> Comparison.AT_LEAST;
                case "反向", "≤", "<=" -> Comparison.AT_MOST;
                case "等于", "=" -> Comparison.EQUAL;
                default -> null;
            };
            if (c == null) {
                return usage(err, "--direction 应为“正向”“反向”或“等于”：" + direction);
            }
            context = context.withDirection(c);
        }
        return file != null ? compileFile(context, out, err) : compileOne(context, out, err);
    }

    private static int usage(PrintWriter err, String message) {
        err.println("用法错误：" + message);
        return Jixiao.USAGE;
    }

    /** Weight and target as typed; a weight that is not a number is refused with the reason. */
    static CompileContext context(String weight, String target) {
        CompileContext context = CompileContext.none();
        if (weight != null && !weight.isBlank()) {
            BigDecimal w = Decimals.parseOrNull(weight.strip());
            if (w == null || w.signum() < 0) {
                throw new IllegalArgumentException("分值应为非负数：" + weight);
            }
            context = context.withWeight(Score.of(w));
        }
        if (target != null && !target.isBlank()) {
            context = context.withTarget(target);
        }
        return context;
    }

    // ------------------------------------------------------------------ one text

    private int compileOne(CompileContext context, PrintWriter out, PrintWriter err) {
        CompiledRule compiled = RuleCompiler.compile(text, context);
        Optional<Score> w = compiled.weight();
        if (!values.isEmpty() && w.isEmpty()) {
            return usage(err, "试算需要指标分值：评分办法未写明满分，请用 --weight 给出");
        }
        List<Map<String, Object>> evaluations = new ArrayList<>();
        for (String value : values) {
            RuleInput input = new RuleInput(w.get(), ValueText.target(target == null ? "" : target),
                    TypedValues.actual(value, compiled.rule()));
            evaluations.add(evaluation(compiled, input, value));
        }
        if (output.json()) {
            Map<String, Object> o = json(text, compiled);
            o.put("evaluations", evaluations);
            out.print(Json.write(o));
            return Jixiao.OK;
        }
        out.println("规则：" + compiled.rule().kind() + (compiled.manual() ? "（人工评分）" : ""));
        if (compiled.manual()) {
            out.println("原因：" + compiled.reason());
        }
        out.println("规范文本：" + compiled.canonicalText());
        out.println("分值：" + w.map(Score::toString).orElse("未知"));
        Map<String, Object> parameters = parameters(compiled);
        if (!parameters.isEmpty() && !compiled.manual()) {
            out.println("参数：" + Json.write(parameters).strip().replaceAll("\\n\\s*", "").replace(",\"", ", \""));
        }
        if (!compiled.spans().isEmpty()) {
            out.println("原文片段：");
            for (Span s : compiled.spans()) {
                out.printf("  %-11s [%d,%d) %s%n", s.part(), s.start(), s.end(), s.text());
            }
        }
        for (String note : compiled.notes()) {
            out.println("说明：" + note);
        }
        for (Map<String, Object> e : evaluations) {
            Object score = e.get("score");
            out.println("试算 " + e.get("value") + " → " + (score == null ? "需人工判断（" + e.get("reason") + "）" : score + "分")
                    + "：" + e.get("message"));
        }
        return Jixiao.OK;
    }

    private static Map<String, Object> evaluation(CompiledRule compiled, RuleInput input, String value) {
        RuleOutcome outcome = compiled.rule().apply(input);
        Map<String, Object> o = Json.object();
        o.put("value", value);
        if (outcome instanceof RuleOutcome.Scored s) {
            o.put("score", RoundingPolicy.STANDARD.indicatorRow(s.score()).points().setScale(2, RoundingMode.HALF_UP));
            o.put("exact", s.score().points());
            o.put("outcome", "scored");
            o.put("reason", null);
            o.put("message", s.explanation());
        } else {
            RuleOutcome.NeedsJudgement n = (RuleOutcome.NeedsJudgement) outcome;
            o.put("score", null);
            o.put("exact", null);
            o.put("outcome", "needsJudgement");
            o.put("reason", n.reason().name());
            o.put("message", n.message());
        }
        return o;
    }

    static Map<String, Object> json(String text, CompiledRule compiled) {
        Map<String, Object> o = Json.object();
        o.put("text", text);
        o.put("kind", compiled.rule().kind());
        o.put("manual", compiled.manual());
        o.put("reason", compiled.manual() ? compiled.reason() : null);
        o.put("canonicalText", compiled.canonicalText());
        o.put("weight", compiled.weight().map(Score::points).orElse(null));
        o.put("parameters", parameters(compiled));
        o.put("spans", compiled.spans().stream().map(s -> {
            Map<String, Object> m = Json.object();
            m.put("part", s.part());
            m.put("start", s.start());
            m.put("end", s.end());
            m.put("text", s.text());
            return m;
        }).toList());
        o.put("notes", compiled.notes());
        return o;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parameters(CompiledRule compiled) {
        return (Map<String, Object>) FrameworkJson.rule(compiled.rule()).get("parameters");
    }

    // ------------------------------------------------------------------ a file of texts

    private record Line(int number, String text, CompileContext context, String weight, String target) {
    }

    private int compileFile(CompileContext defaults, PrintWriter out, PrintWriter err) {
        List<String> lines;
        try {
            lines = List.of(TextFiles.read(file, "规则文件", MAX_BYTES).split("\r?\n", -1));
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        List<Line> rules = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length > 3) {
                problems.add("第" + (i + 1) + "行：最多三列（评分办法、分值、指标值），实有" + f.length + "列");
                continue;
            }
            String w = f.length > 1 && !f[1].isBlank() ? f[1].strip() : weight;
            String tg = f.length > 2 && !f[2].isBlank() ? f[2].strip() : target;
            try {
                CompileContext c = context(w, tg);
                c = new CompileContext(c.weight(), c.target(), defaults.nature(), defaults.direction());
                rules.add(new Line(i + 1, f[0], c, w, tg));
            } catch (IllegalArgumentException e) {
                problems.add("第" + (i + 1) + "行：" + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println(file + " " + p));
            return Jixiao.USAGE;
        }
        int compiledCount = 0;
        List<Map<String, Object>> results = new ArrayList<>();
        for (Line line : rules) {
            CompiledRule compiled = RuleCompiler.compile(line.text(), line.context());
            if (!compiled.manual()) {
                compiledCount++;
            }
            if (output.json()) {
                Map<String, Object> o = Json.object();
                o.put("line", line.number());
                o.putAll(json(line.text(), compiled));
                results.add(o);
            } else {
                out.printf("第%d行 %s %s%n", line.number(), compiled.manual() ? "人工评分" : compiled.rule().kind(),
                        compiled.manual() ? compiled.reason() : compiled.canonicalText());
            }
        }
        int total = rules.size();
        int manual = total - compiledCount;
        BigDecimal coverage = total == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(compiledCount * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
        if (output.json()) {
            Map<String, Object> o = Json.object();
            o.put("file", file.toString());
            o.put("rules", results);
            Map<String, Object> summary = Json.object();
            summary.put("total", total);
            summary.put("compiled", compiledCount);
            summary.put("manual", manual);
            summary.put("coverage", coverage);
            o.put("summary", summary);
            out.print(Json.write(o));
        } else {
            out.printf("合计 %d 条：编译为可执行规则 %d 条（%s%%），人工评分 %d 条%n", total, compiledCount, coverage.toPlainString(), manual);
        }
        return Jixiao.OK;
    }
}
