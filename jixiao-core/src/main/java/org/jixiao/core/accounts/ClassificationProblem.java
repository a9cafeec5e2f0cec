package org.jixiao.core.accounts;

import java.util.Objects;

/**
 * Something wrong in a classification file, with where it is: source and line, and the entry code
 * when one applies. Every problem is an error: a classification is reference data, and a wrong
 * entry in it would misfile every figure keyed by it. {@code code} is stable for machines;
 * {@code message} is for people, in Chinese.
 */
public record ClassificationProblem(String code, String source, int line, String entry, String message) {

    public ClassificationProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        source = source == null ? "" : source;
        entry = entry == null ? "" : entry;
    }

    /** "functional-2024.jxc:12 [2050299] PARENT_MISSING 上级科目“20502”不存在". */
    @Override
    public String toString() {
        return source + ":" + line + (entry.isEmpty() ? "" : " [" + entry + "]") + " " + code + " " + message;
    }
}
