package org.jixiao.core.method;

import java.util.Objects;

/**
 * The piece of 评分办法 text one part of a compiled rule came from, so that a page can highlight
 * it. Offsets are UTF-16 indices into the text as given (start inclusive, end exclusive).
 *
 * @param part  what the piece is: {@code target}, {@code full}, {@code partial}, {@code zero},
 *              {@code grade}, {@code band}, {@code item}, {@code deduction}, {@code allowance},
 *              {@code floor}, {@code bonus}, {@code penalty}, {@code cap}, {@code term},
 *              {@code definition}, {@code ratio}, {@code qualitative}, {@code deadline},
 *              {@code manual}, {@code note} (documented in docs/rules.md)
 * @param text  the source text of the piece, exactly as given
 */
public record Span(String part, int start, int end, String text) {

    public Span {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
