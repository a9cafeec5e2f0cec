package org.jixiao.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.Severity;

/** The reviewer's findings as every command prints them: one JSON shape (docs/cli.md) and one text line each. */
public final class Findings {

    private Findings() {
    }

    public static Map<String, Object> json(Finding f) {
        Map<String, Object> o = Json.object();
        o.put("code", f.code());
        o.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
        o.put("table", f.table());
        o.put("row", f.row());
        o.put("location", f.location());
        o.put("message", f.message());
        o.put("expected", f.expected());
        o.put("found", f.found());
        return o;
    }

    /** Errors first: "  错误 第12行 TOTAL_MISMATCH［总分］message". */
    public static void print(List<Finding> findings, PrintWriter out) {
        findings.stream().sorted(Comparator.comparing(Finding::severity)).forEach(f -> out.printf("  %s %s %s［%s］%s%n",
                severity(f.severity()), f.location(), f.code(), f.row(), f.message()));
    }

    public static String severity(Severity s) {
        return switch (s) {
            case ERROR -> "错误";
            case WARNING -> "警告";
            case INFO -> "提示";
        };
    }
}
