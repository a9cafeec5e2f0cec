package org.jixiao.core.method.internal;

import java.math.BigDecimal;
import java.util.Set;
import org.jixiao.core.number.Decimals;

/**
 * Arithmetic read from a scoring formula ("(一季度部门预算支出进度/序时进度 25%)×1分"). Printed two ways:
 * as an EvalEx expression (what {@link org.jixiao.core.rule.Formula} stores) and in Chinese (× ÷, 分值,
 * 25%). Both printings put back exactly the parentheses the tree needs, so printing, reading and
 * printing again gives the same text.
 */
public sealed interface Expr {

    /** The variable that stands for the indicator's weight in a {@link org.jixiao.core.rule.Formula}. */
    String WEIGHT = "weight";

    /** A number; a percentage is kept as its fraction (25 % → 0.25) and remembered as written with %. */
    record Num(BigDecimal value, boolean percent, boolean points) implements Expr {
        public Num {
            value = Decimals.canonical(value);
        }
    }

    /** A named input, or {@link #WEIGHT}. */
    record Var(String name) implements Expr {
    }

    /** a op b, op one of + - * /. */
    record Bin(char op, Expr left, Expr right) implements Expr {
    }

    /** -a. */
    record Neg(Expr operand) implements Expr {
    }

    /** Σ(每个季度的执行率): the sum of the quantities the phrase names, resolved after reading. */
    record Sigma(String collective) implements Expr {
    }

    /** Names EvalEx reserves (case-insensitive): they cannot be inputs. */
    Set<String> RESERVED = Set.of("e", "pi", "true", "false", "null");

    static String ascii(Expr e) {
        StringBuilder out = new StringBuilder();
        print(e, true, out);
        return out.toString();
    }

    static String chinese(Expr e) {
        StringBuilder out = new StringBuilder();
        print(e, false, out);
        return out.toString();
    }

    private static int precedence(Expr e) {
        if (e instanceof Bin b) {
            return b.op() == '+' || b.op() == '-' ? 1 : 2;
        }
        if (e instanceof Neg) {
            return 3;
        }
        return 4;
    }

    private static void print(Expr e, boolean ascii, StringBuilder out) {
        if (e instanceof Num n) {
            if (!ascii && n.percent()) {
                out.append(Decimals.canonical(n.value().multiply(Decimals.HUNDRED)).toPlainString()).append('%');
            } else {
                out.append(n.value().toPlainString());
            }
        } else if (e instanceof Var v) {
            out.append(!ascii && v.name().equals(WEIGHT) ? "分值" : v.name());
        } else if (e instanceof Neg neg) {
            out.append('-');
            wrap(neg.operand(), precedence(neg.operand()) < 4, ascii, out);
        } else if (e instanceof Bin b) {
            int p = precedence(b);
            wrap(b.left(), precedence(b.left()) < p, ascii, out);
            out.append(ascii ? b.op() : switch (b.op()) {
                case '*' -> '×';
                case '/' -> '÷';
                default -> b.op();
            });
            // The right operand keeps its parentheses whenever it binds no tighter: a-(b-c), a/(b*c), a+(b+c).
            wrap(b.right(), precedence(b.right()) <= p || b.right() instanceof Neg, ascii, out);
        } else if (e instanceof Sigma s) {
            out.append("Σ(").append(s.collective()).append(')');
        }
    }

    private static void wrap(Expr e, boolean parens, boolean ascii, StringBuilder out) {
        if (parens) {
            out.append('(');
        }
        print(e, ascii, out);
        if (parens) {
            out.append(')');
        }
    }
}
