package org.jixiao.core.method.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the definitions of a scoring formula into one expression: the score is the sum of every
 * "…得分 = …" term; other names defined ("其中:全年平均执行率=Σ(每个季度的执行率)÷4") are substituted;
 * names defined nowhere are the inputs. A term "X得分 = (E)×k分" also defines X as E, which is how
 * "每个季度的执行率" finds the four quarterly rates: Σ(每个A的B) sums the defined names that contain A
 * and end with B.
 */
final class FormulaBuilder {

    record Built(Expr total, List<ExprParser.Definition> terms, String error, ExprParser.Definition errorDefinition) {
    }

    private final List<ExprParser.Definition> definitions;
    private final Map<String, Expr> known = new LinkedHashMap<>();
    private String error;
    private ExprParser.Definition errorAt;
    private ExprParser.Definition current;

    FormulaBuilder(List<ExprParser.Definition> definitions) {
        this.definitions = definitions;
    }

    Built build() {
        List<ExprParser.Definition> terms = new ArrayList<>();
        for (ExprParser.Definition d : definitions) {
            if (d.name().endsWith("得分")) {
                if (d.name().startsWith("各") || d.name().startsWith("每")) {
                    return new Built(null, terms, "“" + d.name() + "”：各项的公式未分别写明", d);
                }
                terms.add(d);
            } else {
                known.putIfAbsent(d.name(), d.expr());
            }
        }
        if (terms.isEmpty()) {
            return new Built(null, terms, "未写明得分公式", null);
        }
        for (ExprParser.Definition term : terms) {
            String rate = term.name().substring(0, term.name().length() - 2);
            if (!rate.isEmpty() && term.expr() instanceof Expr.Bin b && b.op() == '*') {
                if (b.right() instanceof Expr.Num n && n.points()) {
                    known.putIfAbsent(rate, b.left());
                } else if (b.left() instanceof Expr.Num n && n.points()) {
                    known.putIfAbsent(rate, b.right());
                }
            }
        }
        Expr total = null;
        for (ExprParser.Definition term : terms) {
            current = term;
            Expr e = resolve(term.expr(), new HashSet<>(), 0);
            if (e == null) {
                return new Built(null, terms, error, errorAt);
            }
            total = total == null ? e : new Expr.Bin('+', total, e);
        }
        Set<String> inputs = new TreeSet<>();
        variables(total, inputs);
        inputs.remove(Expr.WEIGHT);
        if (inputs.isEmpty()) {
            return new Built(null, terms, "公式中没有需要填写的数值", terms.get(0));
        }
        for (String name : inputs) {
            if (Expr.RESERVED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                return new Built(null, terms, "“" + name + "”不能作为公式的输入名称", terms.get(0));
            }
        }
        return new Built(total, terms, null, null);
    }

    private Expr fail(String message) {
        if (error == null) {
            error = message;
            errorAt = current;
        }
        return null;
    }

    private Expr resolve(Expr e, Set<String> stack, int depth) {
        if (depth > ExprParser.MAX_DEPTH) {
            return fail("公式中的定义嵌套过深");
        }
        if (e instanceof Expr.Num) {
            return e;
        }
        if (e instanceof Expr.Var v) {
            if (Ratio.isWeight(v.name())) {
                return new Expr.Var(Expr.WEIGHT);
            }
            Expr def = known.get(v.name());
            if (def != null && !stack.contains(v.name())) {
                stack.add(v.name());
                Expr out = resolve(def, stack, depth + 1);
                stack.remove(v.name());
                return out;
            }
            return e;
        }
        if (e instanceof Expr.Neg n) {
            Expr inner = resolve(n.operand(), stack, depth + 1);
            return inner == null ? null : new Expr.Neg(inner);
        }
        if (e instanceof Expr.Bin b) {
            Expr l = resolve(b.left(), stack, depth + 1);
            Expr r = l == null ? null : resolve(b.right(), stack, depth + 1);
            return r == null ? null : new Expr.Bin(b.op(), l, r);
        }
        if (e instanceof Expr.Sigma s) {
            String[] parts = collective(s.collective());
            if (parts == null) {
                return fail("Σ(" + s.collective() + ")：求和对象无法识别");
            }
            Expr sum = null;
            for (String name : known.keySet()) {
                if (name.contains(parts[0]) && name.endsWith(parts[1]) && !stack.contains(name)) {
                    stack.add(name);
                    Expr item = resolve(known.get(name), stack, depth + 1);
                    stack.remove(name);
                    if (item == null) {
                        return null;
                    }
                    sum = sum == null ? item : new Expr.Bin('+', sum, item);
                }
            }
            return sum == null ? fail("Σ(" + s.collective() + ")：未找到求和的各项") : sum;
        }
        return fail("公式无法识别");
    }

    /** "每个季度的执行率" → {季度, 执行率}. */
    private static String[] collective(String phrase) {
        for (String lead : List.of("每个", "各个", "所有", "每", "各")) {
            if (phrase.startsWith(lead)) {
                String rest = phrase.substring(lead.length());
                int de = rest.indexOf('的');
                if (de > 0 && de < rest.length() - 1) {
                    return new String[] {rest.substring(0, de), rest.substring(de + 1)};
                }
            }
        }
        return null;
    }

    static void variables(Expr e, Set<String> out) {
        if (e instanceof Expr.Var v) {
            out.add(v.name());
        } else if (e instanceof Expr.Neg n) {
            variables(n.operand(), out);
        } else if (e instanceof Expr.Bin b) {
            variables(b.left(), out);
            variables(b.right(), out);
        }
    }
}
