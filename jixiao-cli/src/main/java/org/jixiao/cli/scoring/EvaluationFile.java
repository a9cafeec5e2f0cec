package org.jixiao.cli.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Judgement;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.funds.FundsBlock;
import org.jixiao.core.funds.FundsLine;
import org.jixiao.core.measure.Actual;
import org.jixiao.core.number.Decimals;

/**
 * The evaluation file read by {@code jixiao score} (docs/cli.md): UTF-8, one record a line, fields
 * separated by tabs. Every problem is collected with its line; nothing is used if any is found.
 */
public final class EvaluationFile {

    /** A problem in the file: line, stable code, message in Chinese. */
    public record Problem(int line, String code, String message) {
        @Override
        public String toString() {
            return "第" + line + "行 " + code + "：" + message;
        }
    }

    /** The evaluation, or every problem that kept it from being read. */
    public record Result(Evaluation evaluation, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Evaluation files are short; anything larger is refused before it is read. */
    public static final long MAX_BYTES = 4L * 1024 * 1024;

    private EvaluationFile() {
    }

    public static Result read(Framework framework, String text) {
        List<Problem> problems = new ArrayList<>();
        Evaluation.Builder builder = Evaluation.of(framework);
        List<FundsLine> funds = new ArrayList<>();
        Map<String, Map<String, BigDecimal>> variables = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int n = i + 1;
            String line = lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String kind = f[0].trim();
            try {
                switch (kind) {
                    case "unit" -> {
                        need(f, 2, "unit\t单位名称");
                        builder.unit(f[1].trim());
                    }
                    case "funds" -> {
                        need(f, 5, "funds\t名称\t年初预算数\t全年预算数\t全年执行数");
                        funds.add(FundsLine.wan(f[1].trim(), f[2].trim(), f[3].trim(), f[4].trim()));
                    }
                    case "actual" -> {
                        need(f, 3, "actual\t指标编码\t实际完成值");
                        builder.actual(f[1].trim(), f[2]);
                    }
                    case "var" -> {
                        need(f, 4, "var\t指标编码\t变量名\t数值");
                        BigDecimal value = Decimals.parseOrNull(f[3]);
                        if (value == null) {
                            throw new IllegalArgumentException("“" + f[3] + "”不是数值");
                        }
                        framework.indicator(f[1].trim()).orElseThrow(() ->
                                new IllegalArgumentException("指标体系中没有三级指标“" + f[1].trim() + "”"));
                        variables.computeIfAbsent(f[1].trim(), k -> new LinkedHashMap<>()).put(f[2].trim(), value);
                    }
                    case "judge" -> {
                        need(f, 4, "judge\t指标编码\t认定得分\t理由");
                        builder.judge(f[1].trim(), Judgement.of(f[2].trim(), f[3].trim()));
                    }
                    case "reason" -> {
                        need(f, 3, "reason\t指标编码\t偏差原因分析及改进措施");
                        builder.deviationReason(f[1].trim(), f[2].trim());
                    }
                    case "na" -> {
                        need(f, 3, "na\t指标编码\t不适用的理由");
                        builder.notApplicable(f[1].trim(), f[2].trim());
                    }
                    case "reported" -> {
                        need(f, 3, "reported\t指标编码\t公开表中的得分");
                        builder.reported(f[1].trim(), f[2].trim());
                    }
                    default -> problems.add(new Problem(n, "EVAL_SYNTAX",
                            "无法识别的记录类型“" + kind + "”（应为 unit、funds、actual、var、judge、reason、na、reported）"));
                }
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(n, "EVAL_VALUE", e.getMessage()));
            }
        }
        variables.forEach((code, values) -> builder.actual(code, new Actual.Variables(values)));
        if (!funds.isEmpty()) {
            builder.funds(new FundsBlock(funds.get(0), funds.subList(1, funds.size())));
        }
        return new Result(problems.isEmpty() ? builder.build() : null, problems);
    }

    private static void need(String[] fields, int count, String shape) {
        if (fields.length < count) {
            throw new IllegalArgumentException("字段不足，应写作：" + shape.replace("\t", " ⇥ "));
        }
    }
}
