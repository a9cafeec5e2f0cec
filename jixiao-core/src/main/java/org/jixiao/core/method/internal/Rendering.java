package org.jixiao.core.method.internal;

/** Helpers {@link org.jixiao.core.method.RuleText} needs from the reader's internals. */
public final class Rendering {

    private Rendering() {
    }

    /** An EvalEx expression in Chinese (× ÷, 分值); as stored when it is outside the compiler's arithmetic. */
    public static String formula(String expression) {
        if (expression.length() > Reader.MAX_LENGTH) {
            return expression;
        }
        Expr e = ExprParser.whole(expression, 0, expression.length());
        return e == null ? expression : Expr.chinese(e);
    }
}
