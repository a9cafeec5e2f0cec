package org.jixiao.core.method.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.core.method.internal.Reader.Result;
import org.jixiao.core.method.internal.Unit.Kind;
import org.jixiao.core.number.Score;
import org.jixiao.core.rule.ExecutionRate;
import org.jixiao.core.rule.Formula;
import org.jixiao.core.rule.Proportional;
import org.jixiao.core.rule.Reverse;
import org.jixiao.core.rule.ScoringRule;

/** Texts that define the score: "本指标得分=已完成项目数/计划完成项目总数×6分". */
final class FormulaRules {

    private final Reading r;
    private final String t;

    FormulaRules(Reading r) {
        this.r = r;
        this.t = r.t;
    }

    /**
     * The sentences that define the score are parsed into definitions and built into one expression;
     * the text around them may only be commentary, full marks, caps and floors.
     */
    Result build(List<Sentence> formulaSentences) {
        List<ExprParser.Definition> definitions = new ArrayList<>();
        for (Sentence s : formulaSentences) {
            ExprParser.Parsed parsed = ExprParser.parse(t, s.start(), s.end());
            if (parsed.error() != null) {
                r.unknown(parsed.errorStart(), Math.min(parsed.errorEnd(), s.end()));
                return r.manual("公式" + parsed.error());
            }
            definitions.addAll(parsed.definitions());
            boolean first = true;
            for (int[] piece : parsed.leftovers()) {
                boolean lead = first && !parsed.definitions().isEmpty() && piece[1] <= parsed.definitions().get(0).start();
                first = false;
                String text = t.substring(piece[0], piece[1]);
                if (lead && !Scan.hasDigit(text) || r.isNote(piece[0], piece[1]) || text.startsWith("(")) {
                    r.span("note", piece[0], piece[1]);
                } else {
                    r.unknown(piece[0], piece[1]);
                }
            }
            r.consumed.add(s);
        }
        Optional<Score> ruleWeight = r.weight;
        for (Unit u : r.scoring()) {
            if (u.kind == Kind.GAIN || u.kind == Kind.FULL || u.kind == Kind.PAREN) {
                ruleWeight = r.checkFull(r.pointsOf(u), u);
                r.span("full", u.condStart, u.markEnd);
            } else {
                throw r.failOn(u, "公式之外另有计分方式");
            }
        }
        for (Unit c : r.unitsOf(Kind.CAP)) {
            ruleWeight = r.checkFull(c.points, c);
            r.span("cap", c.markStart, c.markEnd);
        }
        for (Unit f : r.unitsOf(Kind.FLOOR)) {
            r.span("floor", f.markStart, f.markEnd);
        }
        FormulaBuilder builder = new FormulaBuilder(definitions);
        FormulaBuilder.Built built = builder.build();
        if (built.error() != null) {
            if (built.errorDefinition() != null) {
                r.unknown(built.errorDefinition().start(), built.errorDefinition().end());
            }
            return r.manual(built.error());
        }
        for (ExprParser.Definition d : definitions) {
            r.span(built.terms().contains(d) ? "term" : "definition", d.start(), d.end());
        }
        r.accountForPieces(Set.of());
        if (!r.allUnderstood()) {
            return r.manual(null);
        }
        Expr total = built.total();
        ScoringRule shaped = shape(total, ruleWeight);
        if (shaped != null) {
            return r.finish(shaped, ruleWeight);
        }
        try {
            return r.finish(new Formula(Expr.ascii(total)), ruleWeight);
        } catch (IllegalArgumentException e) {
            return r.manual("公式无法计算：" + e.getMessage());
        }
    }

    /** 实际值/指标值×分值 and its kin are the template's rules, not formulas. */
    private static ScoringRule shape(Expr e, Optional<Score> ruleWeight) {
        if (!(e instanceof Expr.Bin b) || b.op() != '*') {
            return null;
        }
        Expr ratio;
        if (isWeight(b.right(), ruleWeight)) {
            ratio = b.left();
        } else if (isWeight(b.left(), ruleWeight)) {
            ratio = b.right();
        } else {
            return null;
        }
        if (ratio instanceof Expr.Var v && Ratio.RATE.contains(v.name())) {
            return new ExecutionRate();
        }
        if (ratio instanceof Expr.Bin q && q.op() == '/' && q.left() instanceof Expr.Var a && q.right() instanceof Expr.Var d) {
            Ratio.Kind kind = Ratio.of(a.name(), d.name());
            if (kind != null) {
                return switch (kind) {
                    case PROPORTIONAL -> Proportional.ofIndicatorTarget();
                    case REVERSE -> Reverse.ofIndicatorTarget();
                    case EXECUTION -> new ExecutionRate();
                };
            }
        }
        return null;
    }

    /** 分值, or a number of points equal to the rule's full marks. */
    private static boolean isWeight(Expr e, Optional<Score> ruleWeight) {
        if (e instanceof Expr.Var v) {
            return v.name().equals(Expr.WEIGHT);
        }
        return e instanceof Expr.Num n && n.points() && ruleWeight.isPresent()
                && ruleWeight.get().equals(Score.of(n.value()));
    }
}
