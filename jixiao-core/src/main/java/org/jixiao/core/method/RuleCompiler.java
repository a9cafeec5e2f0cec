package org.jixiao.core.method;

import java.util.List;
import java.util.Optional;
import org.jixiao.core.method.internal.Reader;
import org.jixiao.core.rule.Manual;

/**
 * Compiles 评分办法 prose — "达到90%得2分,未达到根据完成度得分", "评价为“规范”得2分,“较规范”得1分",
 * "比率&lt;5%的,得1分; 5%≤比率≤10%的,得0.5分", "一项重点工作没有完成扣4分,扣完为止", "1. …(1分); 2. …(1分)" —
 * into the executable rules of {@link org.jixiao.core.rule}. It never guesses: text that is
 * ambiguous, damaged or not understood gives a {@link Manual} rule whose reason names the part
 * concerned. It never throws, and each text takes time linear in its length (capped at
 * {@value Reader#MAX_LENGTH} characters).
 */
public final class RuleCompiler {

    private RuleCompiler() {
    }

    public static CompiledRule compile(String text) {
        return compile(text, CompileContext.none());
    }

    public static CompiledRule compile(String text, CompileContext context) {
        CompileContext ctx = context == null ? CompileContext.none() : context;
        Reader.Result r;
        try {
            r = Reader.read(text, ctx);
        } catch (RuntimeException | StackOverflowError e) {
            // A defect, not a property of the text: still no exception for the caller.
            String guidance = text == null ? "" : text.strip();
            r = new Reader.Result(new Manual(guidance), true, "编译出错（" + e.getClass().getSimpleName() + "），需人工评分",
                    List.of(), List.of(), Optional.empty());
        }
        String canonical = RuleText.render(r.rule(), r.weight().orElse(null));
        return new CompiledRule(r.rule(), r.manual(), r.reason(), r.spans(), canonical, r.weight(), r.notes());
    }
}
