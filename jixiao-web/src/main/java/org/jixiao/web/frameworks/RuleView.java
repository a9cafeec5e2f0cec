package org.jixiao.web.frameworks;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.framework.Nature;
import org.jixiao.core.method.CompileContext;
import org.jixiao.core.method.CompiledRule;
import org.jixiao.core.method.RuleCompiler;
import org.jixiao.core.method.RuleText;
import org.jixiao.core.method.Span;

/**
 * One 评分办法 text as the pages show it: cut into pieces, those the rule compiler understood marked
 * (the template prints every piece with th:text, so nothing of the user's text is ever markup), the
 * rule written back canonically, and why a person must judge when the compiler could not decide.
 *
 * @param stated the rule the framework states ({@code rule:} or the default), canonical; shown beside the compiled one
 */
public record RuleView(String method, List<Piece> pieces, String canonical, boolean manual, String reason,
                       List<String> notes, String stated) {

    /** A run of the method text; {@code part} names what the compiler read it as, empty when unmarked. */
    public record Piece(String text, boolean marked, String part) {
    }

    public boolean hasMethod() {
        return !method.isBlank();
    }

    /** The stated rule is worth showing when there is no method text, or when it says something else. */
    public boolean showStated() {
        return !stated.isEmpty() && !stated.equals(canonical);
    }

    /** The indicator's method text compiled with what the framework knows about it. */
    public static RuleView of(Indicator indicator) {
        String stated = RuleText.render(indicator.rule(), indicator.weight().orElse(null));
        if (indicator.method().isBlank()) {
            return none(stated);
        }
        CompileContext context = new CompileContext(indicator.weight(), indicator.target(),
                indicator.nature() == Nature.QUALITATIVE ? CompileContext.Nature.QUALITATIVE : CompileContext.Nature.QUANTITATIVE,
                indicator.direction().comparison());
        return compiled(indicator.method(), context, stated);
    }

    /** No 评分办法 text: only the stated rule, if any, is shown. */
    public static RuleView none(String stated) {
        return new RuleView("", List.of(), "", false, "", List.of(), stated);
    }

    /** A method text compiled with only the context given (a text that does not parse as a whole). */
    public static RuleView compiled(String method, CompileContext context, String stated) {
        CompiledRule rule = RuleCompiler.compile(method, context);
        return new RuleView(method, pieces(method, rule.spans()), rule.canonicalText(), rule.manual(), rule.reason(),
                rule.notes(), stated);
    }

    /**
     * The text cut at span borders. Spans may nest or overlap; a character is marked when any span
     * covers it and carries the first covering span's part, so the pieces always add up to the text.
     */
    static List<Piece> pieces(String text, List<Span> spans) {
        int n = text.length();
        String[] parts = new String[n];
        for (Span span : spans) {
            for (int i = Math.max(0, span.start()); i < Math.min(n, span.end()); i++) {
                if (parts[i] == null) {
                    parts[i] = span.part();
                }
            }
        }
        List<Piece> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || !same(parts[i], parts[start])) {
                pieces.add(new Piece(text.substring(start, i), parts[start] != null, parts[start] == null ? "" : parts[start]));
                start = i;
            }
        }
        return pieces;
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}
