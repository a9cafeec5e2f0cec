package org.jixiao.cli.framework;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jixiao.cli.FormatOption;
import org.jixiao.cli.Jixiao;
import org.jixiao.cli.Json;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.FrameworkLoad;
import org.jixiao.core.framework.FrameworkProblem;
import org.jixiao.core.framework.Group;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.framework.Node;
import org.jixiao.core.framework.ShippedFrameworks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jixiao framework list|show|check}: the shipped indicator frameworks and framework files. */
@Command(name = "framework",
        description = {"列出、查看、校验指标体系。", "List, show and check indicator frameworks."},
        mixinStandardHelpOptions = true,
        subcommands = {FrameworkCommand.ListFrameworks.class, FrameworkCommand.Show.class, FrameworkCommand.Check.class})
public final class FrameworkCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", description = {"列出内置指标体系。", "List the shipped frameworks."}, mixinStandardHelpOptions = true)
    static final class ListFrameworks implements Callable<Integer> {
        @Mixin
        FormatOption output;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<Framework> all = ShippedFrameworks.all();
            if (output.json()) {
                Map<String, Object> o = Json.object();
                o.put("frameworks", all.stream().map(FrameworkJson::summary).toList());
                out.print(Json.write(o));
            } else {
                for (Framework f : all) {
                    out.printf("%-28s %d  %s%s（%d 个三级指标）%n", f.id(), f.year(), f.title(), f.template() ? "［模板］" : "",
                            f.indicators().size());
                }
            }
            return Jixiao.OK;
        }
    }

    @Command(name = "show", description = {"显示指标体系的结构、分值和评分规则。", "Show a framework's tree, weights and rules."},
            mixinStandardHelpOptions = true)
    static final class Show implements Callable<Integer> {
        @Parameters(paramLabel = "FRAMEWORK", description = "内置指标体系的名称，或指标体系文件（.jxf）的路径")
        String source;

        @Mixin
        FormatOption output;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            FrameworkLoad load = FrameworkSource.load(source);
            if (load.framework().isEmpty()) {
                Check.report(load, source, output, out);
                return Jixiao.FOUND_ERRORS;
            }
            Framework f = load.framework().get();
            if (output.json()) {
                out.print(Json.write(FrameworkJson.framework(f)));
                return Jixiao.OK;
            }
            out.printf("%s（%s，%d 年度）满分 %s%n", f.title(), f.id(), f.year(), f.fullMark());
            for (Node node : f.nodes()) {
                print(node, out, 0);
            }
            return Jixiao.OK;
        }

        private static void print(Node node, PrintWriter out, int depth) {
            String weight = node.weight().map(w -> " " + w + "分").orElse("");
            if (node instanceof Group group) {
                out.printf("%s%s %s%s%s%n", "  ".repeat(depth), group.code(), group.name(), weight,
                        group.bonusCap().map(c -> "（加减分，上限" + c + "分）").orElse(""));
                for (Node child : group.children()) {
                    print(child, out, depth + 1);
                }
            } else {
                Indicator i = (Indicator) node;
                String target = i.target().text().isBlank() ? "" : " 指标值 " + i.target().text();
                out.printf("%s%s %s%s%s ［%s %s，规则 %s%s］%n", "  ".repeat(depth), i.code(), i.name(), weight, target,
                        i.nature().label(), i.direction().label(), i.rule().kind(), i.ruleStated() ? "" : "（模板默认）");
            }
        }
    }

    @Command(name = "check", description = {"校验指标体系文件，列出全部问题及其行号。", "Check a framework file and list every problem with its line."},
            mixinStandardHelpOptions = true)
    static final class Check implements Callable<Integer> {
        @Parameters(paramLabel = "FRAMEWORK", description = "内置指标体系的名称，或指标体系文件（.jxf）的路径")
        String source;

        @Mixin
        FormatOption output;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            FrameworkLoad load = FrameworkSource.load(source);
            report(load, source, output, spec.commandLine().getOut());
            return load.ok() ? Jixiao.OK : Jixiao.FOUND_ERRORS;
        }

        static void report(FrameworkLoad load, String source, FormatOption output, PrintWriter out) {
            if (output.json()) {
                Map<String, Object> o = Json.object();
                o.put("source", source);
                o.put("ok", load.ok());
                o.put("problems", load.problems().stream().map(FrameworkJson::problem).toList());
                out.print(Json.write(o));
                return;
            }
            if (load.problems().isEmpty()) {
                out.println(source + "：未发现问题。");
                return;
            }
            out.printf("%s：%d 个错误，%d 个提示%n", source, load.errors().size(), load.warnings().size());
            for (FrameworkProblem p : load.problems()) {
                out.printf("  第%d行%s %s %s：%s%n", p.line(), p.node().isEmpty() ? "" : "［" + p.node() + "］",
                        p.isError() ? "错误" : "提示", p.code(), p.message());
            }
        }
    }
}
