package org.jixiao.core.method.internal;

import java.util.Optional;
import org.jixiao.core.measure.Comparison;
import org.jixiao.core.method.CompileContext;
import org.jixiao.core.method.internal.Reader.Result;
import org.jixiao.core.method.internal.Unit.Kind;
import org.jixiao.core.rule.Proportional;
import org.jixiao.core.rule.Qualitative;
import org.jixiao.core.rule.Reverse;
import org.jixiao.core.rule.ScoringRule;

/**
 * The national template's footnote, copied into many 评分办法 cells: one algorithm per nature and
 * direction ("定性指标…100%-80%…；正向指标得分=实际值/指标值×分值；反向指标得分=指标值/实际值×分值").
 */
final class FootnoteRules {

    private final Reading r;

    FootnoteRules(Reading r) {
        this.r = r;
    }

    /**
     * The algorithm for the indicator's nature and direction, from the context; without them the
     * footnote cannot be applied. The prose around the algorithms is the template's and is not examined.
     */
    Result build(QualitativeRules.Ranges ranges) {
        Optional<Qualitative> qualitative = ranges.chain();
        Unit proportional = null;
        Unit reverse = null;
        for (Unit u : r.units) {
            if (u.kind == Kind.RATIO && u.ratio == Ratio.Kind.PROPORTIONAL && proportional == null) {
                proportional = u;
            } else if (u.kind == Kind.RATIO && u.ratio == Ratio.Kind.REVERSE && reverse == null) {
                reverse = u;
            }
        }
        for (Unit u : r.scoring()) {
            if (u.kind != Kind.RATIO) {
                throw r.failOn(u, "模板脚注中混有其他计分方式");
            }
            String before = r.t.substring(u.sentence.start(), u.markStart);
            boolean saysForward = before.contains("正向");
            boolean saysReverse = before.contains("反向");
            if (saysForward && !saysReverse && u.ratio == Ratio.Kind.REVERSE
                    || saysReverse && !saysForward && u.ratio == Ratio.Kind.PROPORTIONAL) {
                throw r.failOn(u, "模板脚注中指标方向与算法不符");
            }
        }
        CompileContext.Nature nature = r.ctx.effectiveNature();
        Optional<Comparison> direction = r.ctx.effectiveDirection();
        ScoringRule chosen = null;
        Unit chosenUnit = null;
        String missing = null;
        if (nature == CompileContext.Nature.QUALITATIVE) {
            if (qualitative.isPresent()) {
                chosen = qualitative.get();
                for (int[] place : ranges.places()) {
                    r.span("qualitative", place[0], place[1]);
                }
            } else {
                missing = "模板脚注未给出定性指标的档次";
            }
        } else if (direction.isPresent() && direction.get().favoursLower()) {
            chosenUnit = reverse;
            chosen = reverse == null ? null : Reverse.ofIndicatorTarget();
            missing = reverse == null ? "模板脚注未给出反向指标的算法" : null;
        } else if (direction.isPresent() && direction.get().favoursHigher()) {
            chosenUnit = proportional;
            chosen = proportional == null ? null : Proportional.ofIndicatorTarget();
            missing = proportional == null ? "模板脚注未给出正向指标的算法" : null;
        } else if (direction.isPresent()) {
            missing = "模板脚注未规定“等于”型指标的算法";
        } else {
            missing = "模板脚注按指标性质（定性/定量）和方向（正向/反向）给出不同算法，需提供指标性质"
                    + (nature == CompileContext.Nature.QUANTITATIVE ? "" : "和") + "方向";
            if (nature == CompileContext.Nature.QUANTITATIVE) {
                missing = "模板脚注按指标方向（正向/反向）给出不同算法，需提供指标方向（如指标值写作“≥90%”或“≤20万元”）";
            }
        }
        if (chosen == null) {
            return r.manual(missing);
        }
        if (chosenUnit != null) {
            r.span("ratio", chosenUnit.markStart, chosenUnit.markEnd);
        }
        r.note("模板脚注：按指标" + (chosen instanceof Qualitative ? "性质（定性）" : "方向（"
                + (chosen instanceof Reverse ? "反向" : "正向") + "）") + "选用对应算法");
        return r.asIs(chosen);
    }
}
