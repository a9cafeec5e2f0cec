package org.jixiao.core.review;

import java.util.Objects;

/**
 * One thing the reviewer found: its check (the stable code), severity, the table and row it concerns
 * (the indicator or funds row name as published), where (line numbers), a message in Chinese, and
 * the expected and found values as text (decimal strings for numbers; empty when not applicable).
 */
public record Finding(Check check, Severity severity, String table, String row, String location, String message,
                      String expected, String found) {

    public Finding {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        table = table == null ? "" : table;
        row = row == null ? "" : row;
        location = location == null ? "" : location;
        expected = expected == null ? "" : expected;
        found = found == null ? "" : found;
    }

    public String code() {
        return check.name();
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** A finding with the check's usual severity. */
    public static Finding of(Check check, String table, String row, int line, String message, String expected, String found) {
        return new Finding(check, check.severity(), table, row, line > 0 ? "第" + line + "行" : "", message, expected, found);
    }
}
