package org.jixiao.core.framework;

import java.util.Objects;

/**
 * Something wrong in a framework, with where it is: source and line, and the indicator code when
 * one applies. {@code code} is stable for machines; {@code message} is for people, in Chinese.
 */
public record FrameworkProblem(Severity severity, String code, String source, int line, String node, String message) {

    /** An error stops the framework from being used; a warning is reported and the framework loads. */
    public enum Severity { ERROR, WARNING }

    public FrameworkProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        source = source == null ? "" : source;
        node = node == null ? "" : node;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** "national-project.jxf:12 [A11] WEIGHT_SUM 权重之和…" */
    @Override
    public String toString() {
        return source + ":" + line + (node.isEmpty() ? "" : " [" + node + "]") + " " + severity + " " + code + " " + message;
    }
}
