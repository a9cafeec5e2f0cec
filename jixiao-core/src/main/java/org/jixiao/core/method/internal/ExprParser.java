package org.jixiao.core.method.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.number.Decimals;

/**
 * Reads the definitions of a formula sentence: "一季度预算执行率得分=(一季度部门预算支出进度/序时进度 25%)×1分",
 * "其中:全年平均执行率=Σ(每个季度的执行率)÷4". A definition is NAME = expression; an expression ends where
 * it cannot go on (a separator, 其中, or the NAME of the next definition). Prose around definitions is
 * returned as leftover ranges for the caller to judge. Recursion is bounded by {@link #MAX_DEPTH}.
 */
final class ExprParser {

    static final int MAX_DEPTH = 24;

    enum Type { NUM, NAME, OP, LPAREN, RPAREN, EQ, SIGMA, SEP, OTHER }

    record Tok(Type type, int start, int end, String text, BigDecimal value, boolean percent, boolean points) {
    }

    /** NAME = expression, with the range of text it covers. */
    record Definition(String name, Expr expr, int start, int end, int nameEnd) {
    }

    record Parsed(List<Definition> definitions, List<int[]> leftovers, String error, int errorStart, int errorEnd) {
    }

    private final List<Tok> toks;
    private int pos;
    private int depth;
    private String error;
    private int errorAt = -1;

    private ExprParser(List<Tok> toks) {
        this.toks = toks;
    }

    /** Tokens of [start, end); annotations "(即…)", "(含…)", "(A)" are skipped and reported as leftovers. */
    static List<Tok> tokens(String t, int start, int end, List<int[]> annotations) {
        List<Tok> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            char c = t.charAt(i);
            if (c == '(' && annotation(t, i + 1, end)) {
                int j = i + 1;
                int level = 1;
                while (j < end && level > 0) {
                    if (t.charAt(j) == '(') {
                        level++;
                    } else if (t.charAt(j) == ')') {
                        level--;
                    }
                    j++;
                }
                annotations.add(new int[] {i, j});
                i = j;
                continue;
            }
            if (Scan.isDigit(c)) {
                Scan.Number n = Scan.digits(t, i, end);
                int j = n.end();
                boolean percent = false;
                boolean points = false;
                BigDecimal value = n.value();
                if (j < end && t.charAt(j) == '%') {
                    percent = true;
                    value = value.divide(Decimals.HUNDRED, Decimals.EXACT);
                    j++;
                }
                if (Scan.pointsAt(t, j, end)) {
                    points = true;
                    j++;
                }
                out.add(new Tok(Type.NUM, i, j, t.substring(i, j), value, percent, points));
                i = j;
                continue;
            }
            if (c == 'Σ') {
                out.add(new Tok(Type.SIGMA, i, i + 1, "Σ", null, false, false));
                i++;
                continue;
            }
            if (Character.isLetter(c) || c == '"' || c == '_') {
                int j = i;
                while (j < end && t.charAt(j) == '"') {
                    j++;
                }
                if (j >= end || !(Character.isLetter(t.charAt(j)) || t.charAt(j) == '_') || t.charAt(j) == 'Σ') {
                    // Quotes before a number or an operator: nothing to name.
                    i = Math.max(j, i + 1);
                    continue;
                }
                boolean ascii = t.charAt(j) < 128;
                StringBuilder name = new StringBuilder();
                while (j < end) {
                    char d = t.charAt(j);
                    if (d == '"') {
                        j++;
                        continue;
                    }
                    boolean ok = ascii
                            ? d < 128 && (Character.isLetterOrDigit(d) || d == '_')
                            : d >= 128 && Character.isLetter(d) && d != 'Σ';
                    if (!ok) {
                        break;
                    }
                    name.append(d);
                    j++;
                }
                if (name.length() == 0) {
                    out.add(new Tok(Type.OTHER, i, j == i ? i + 1 : j, t.substring(i, j == i ? i + 1 : j), null, false, false));
                    i = j == i ? i + 1 : j;
                    continue;
                }
                String text = name.toString();
                if (text.startsWith("其中")) {
                    out.add(new Tok(Type.SEP, i, i + 2, "其中", null, false, false));
                    if (text.length() > 2) {
                        out.add(new Tok(Type.NAME, i + 2, j, text.substring(2), null, false, false));
                    }
                } else {
                    out.add(new Tok(Type.NAME, i, j, text, null, false, false));
                }
                i = j;
                continue;
            }
            Type type = switch (c) {
                case '+', '-', '×', '*', '•', '/', '÷' -> Type.OP;
                case '(' -> Type.LPAREN;
                case ')' -> Type.RPAREN;
                case '=' -> Type.EQ;
                case ',', ';', ':', '、', '。', Source.ENUM -> Type.SEP;
                default -> Type.OTHER;
            };
            out.add(new Tok(type, i, i + 1, String.valueOf(c), null, false, false));
            i++;
        }
        return out;
    }

    /** "(即…)" "(含…)" "(不含…)" "(注…)" "(如有)" and "(A)" explain; they do not compute. */
    private static boolean annotation(String t, int i, int end) {
        if (Scan.atAny(t, i, "即", "含", "不含", "注", "如有", "包括", "包含", "以下简称", "简称") != null) {
            return true;
        }
        return i + 1 < end && t.charAt(i + 1) == ')' && ((t.charAt(i) >= 'A' && t.charAt(i) <= 'Z')
                || (t.charAt(i) >= 'a' && t.charAt(i) <= 'z'));
    }

    /** Does [start, end) define a score ("…得分=")? */
    static boolean definesScore(String t, int start, int end) {
        int k = t.indexOf("得分=", start);
        return k >= 0 && k + 3 <= end;
    }

    static Parsed parse(String t, int start, int end) {
        List<int[]> leftovers = new ArrayList<>();
        List<Tok> toks = tokens(t, start, end, leftovers);
        ExprParser p = new ExprParser(toks);
        List<Definition> definitions = new ArrayList<>();
        int proseStart = -1;
        while (p.pos < toks.size()) {
            Tok tok = toks.get(p.pos);
            if (tok.type() == Type.NAME && p.pos + 1 < toks.size() && toks.get(p.pos + 1).type() == Type.EQ) {
                if (proseStart >= 0) {
                    leftovers.add(new int[] {proseStart, tok.start()});
                    proseStart = -1;
                }
                p.pos += 2;
                p.depth = 0;
                Expr e = p.expression();
                if (e == null) {
                    int at = p.errorAt >= 0 ? p.errorAt : tok.start();
                    return new Parsed(definitions, leftovers, p.error == null ? "公式不完整" : p.error, tok.start(),
                            Math.max(at + 1, p.pos < toks.size() ? toks.get(p.pos).end() : end));
                }
                int defEnd = toks.get(p.pos - 1).end();
                definitions.add(new Definition(tok.text(), e, tok.start(), defEnd, tok.end()));
                continue;
            }
            if (tok.type() == Type.SEP) {
                if (proseStart >= 0) {
                    leftovers.add(new int[] {proseStart, tok.start()});
                    proseStart = -1;
                }
                p.pos++;
                continue;
            }
            if (proseStart < 0) {
                proseStart = tok.start();
            }
            p.pos++;
        }
        if (proseStart >= 0) {
            leftovers.add(new int[] {proseStart, end});
        }
        return new Parsed(definitions, leftovers, null, -1, -1);
    }

    /** A whole expression such as "实际值/指标值×分值" filling [start, end), or null. */
    static Expr whole(String t, int start, int end) {
        List<int[]> annotations = new ArrayList<>();
        List<Tok> toks = tokens(t, start, end, annotations);
        ExprParser p = new ExprParser(toks);
        Expr e = p.expression();
        return e != null && p.pos == toks.size() ? e : null;
    }

    private Tok peek() {
        return pos < toks.size() ? toks.get(pos) : null;
    }

    private boolean peekOp(char... ops) {
        Tok tok = peek();
        if (tok == null || tok.type() != Type.OP) {
            return false;
        }
        for (char op : ops) {
            if (tok.text().charAt(0) == op) {
                return true;
            }
        }
        return false;
    }

    private Expr fail(String message) {
        if (error == null) {
            error = message;
            errorAt = peek() == null ? (toks.isEmpty() ? 0 : toks.get(toks.size() - 1).start()) : peek().start();
        }
        return null;
    }

    private Expr expression() {
        if (++depth > MAX_DEPTH) {
            return fail("公式嵌套过深");
        }
        Expr left = term();
        while (left != null && peekOp('+', '-')) {
            char op = toks.get(pos++).text().charAt(0);
            Expr right = term();
            if (right == null) {
                return null;
            }
            left = new Expr.Bin(op, left, right);
        }
        depth--;
        return left;
    }

    private Expr term() {
        Expr left = unary();
        while (left != null && peekOp('×', '*', '•', '/', '÷')) {
            char c = toks.get(pos++).text().charAt(0);
            char op = c == '/' || c == '÷' ? '/' : '*';
            Expr right = unary();
            if (right == null) {
                return null;
            }
            left = new Expr.Bin(op, left, right);
        }
        return left;
    }

    private Expr unary() {
        if (peekOp('-')) {
            pos++;
            if (++depth > MAX_DEPTH) {
                return fail("公式嵌套过深");
            }
            Expr operand = unary();
            depth--;
            return operand == null ? null : new Expr.Neg(operand);
        }
        return primary();
    }

    private Expr primary() {
        Tok tok = peek();
        if (tok == null) {
            return fail("公式不完整");
        }
        switch (tok.type()) {
            case NUM -> {
                pos++;
                return new Expr.Num(tok.value(), tok.percent(), tok.points());
            }
            case NAME -> {
                pos++;
                Tok next = peek();
                // "序时进度 25%": a name followed by its value is that value.
                if (next != null && next.type() == Type.NUM) {
                    pos++;
                    return new Expr.Num(next.value(), next.percent(), next.points());
                }
                return new Expr.Var(tok.text());
            }
            case LPAREN -> {
                pos++;
                Expr inner = expression();
                if (inner == null) {
                    return null;
                }
                if (peek() == null || peek().type() != Type.RPAREN) {
                    return fail("括号未闭合");
                }
                pos++;
                return inner;
            }
            case SIGMA -> {
                pos++;
                if (peek() == null || peek().type() != Type.LPAREN) {
                    return fail("Σ后应为括号");
                }
                pos++;
                Tok name = peek();
                if (name == null || name.type() != Type.NAME) {
                    return fail("Σ(…)中应为求和对象");
                }
                pos++;
                if (peek() == null || peek().type() != Type.RPAREN) {
                    return fail("括号未闭合");
                }
                pos++;
                return new Expr.Sigma(name.text());
            }
            default -> {
                return fail("无法识别“" + tok.text() + "”");
            }
        }
    }
}
