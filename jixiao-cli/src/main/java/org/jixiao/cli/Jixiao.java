package org.jixiao.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.jixiao.cli.accounts.AccountsCommand;
import org.jixiao.cli.framework.FrameworkCommand;
import org.jixiao.cli.monitoring.MonitorCommand;
import org.jixiao.cli.report.ReportCommand;
import org.jixiao.cli.review.ReviewCommand;
import org.jixiao.cli.rule.RuleCommand;
import org.jixiao.cli.scoring.ScoreCommand;
import org.jixiao.cli.workbook.ExportCommand;
import org.jixiao.cli.workbook.ImportCommand;
import org.jixiao.cli.workbook.TemplateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bin/jixiao}: one entry point, one sub-command per task (docs/cli.md). */
@Command(name = "jixiao",
        mixinStandardHelpOptions = true,
        version = "jixiao 0.1.0",
        description = {"Jixiao（绩效）：预算绩效管理工具。", "Budget performance management for Chinese public institutions."},
        footer = {"", "  serve [--port N]  启动网页应用（bin/jixiao serve；Start the web application, docs/web.md）"},
        subcommands = {FrameworkCommand.class, ScoreCommand.class, RuleCommand.class, ReviewCommand.class, AccountsCommand.class,
                TemplateCommand.class, ImportCommand.class, ExportCommand.class, ReportCommand.class, MonitorCommand.class, CommandLine.HelpCommand.class})
public final class Jixiao implements Runnable {

    /** Exit status: the command did its work and found nothing wrong. */
    public static final int OK = 0;
    /** Exit status: the command worked and found errors in its input. */
    public static final int FOUND_ERRORS = 1;
    /** Exit status: wrong usage, or input that cannot be read. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the CLI with the given streams; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Jixiao());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> USAGE);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("错误：" + e.getMessage());
            return USAGE;
        });
        cli.setParameterExceptionHandler((e, args1) -> {
            CommandLine c = e.getCommandLine();
            c.getErr().println("用法错误：" + e.getMessage());
            c.usage(c.getErr());
            return USAGE;
        });
        int status = cli.execute(args);
        out.flush();
        err.flush();
        return status;
    }
}
